/**
 * Condition forms from json-rules-engine's documentation (docs/rules.md and docs/engine.md:
 * basic conditions, all/any/not, params, path, comparing facts, shared conditions, custom
 * operators and operator decorators), adapted to our facts and run as custom rules.
 */
import { describe, expect, it } from 'vitest';
import { type Conditions, createAdvisor, type Plugin, parseRuleSet } from '../../src/index';
import { jsonRule, jsonRuleSet } from '../helpers/rules';
import { AS_OF, applied, buildSearch } from '../helpers/search';

// Facts of the shape the documentation's examples use, provided by a host plugin.
const docsPlugin: Plugin = {
  name: 'docs-examples',
  facts: [
    { id: 'gameDuration', compute: () => 40 },
    { id: 'personalFoulCount', compute: () => 6 },
    {
      id: 'account-information',
      compute: (_input, params) => ({
        company: params.accountId === 'lincoln' ? 'microsoft' : 'apple',
        status: 'active',
      }),
    },
    {
      id: 'product-price',
      compute: (_input, params) =>
        ({ widget: { price: 120 }, gadget: { price: 80 } })[String(params.productId)],
    },
    { id: 'budget', compute: () => 100 },
    { id: 'scores', compute: () => [3, 9, 12] },
    { id: 'tags', compute: () => ['remote', 'senior'] },
  ],
  operators: [
    {
      name: 'startsWith',
      evaluate: (fact, value) => typeof fact === 'string' && fact.startsWith(String(value)),
    },
  ],
  decorators: [
    {
      name: 'caseless',
      evaluate: (fact, value, next) =>
        next(String(fact).toLowerCase(), String(value).toLowerCase()),
    },
  ],
  conditions: {
    tooManyFouls: {
      any: [{ fact: 'personalFoulCount', operator: 'greaterThanInclusive', value: 5 }],
    },
  },
};

async function fires(
  conditions: Conditions,
  search: unknown = buildSearch({ applications: [applied('a', 'acme', 3)] }),
) {
  const set = parseRuleSet(jsonRuleSet([jsonRule({ id: 'test/docs', conditions })]), {
    plugins: [docsPlugin],
  });
  const report = await createAdvisor({ extends: [set], plugins: [docsPlugin] }).evaluate(search, {
    asOf: AS_OF,
  });
  const outcome = report.outcomes[0];
  if (outcome?.status === 'error') throw new Error(outcome.detail);
  return outcome?.status === 'advice';
}

describe('json-rules-engine condition features in custom rules', () => {
  it('basic conditions and nested all/any', async () => {
    expect(
      await fires({
        all: [
          { fact: 'gameDuration', operator: 'equal', value: 40 },
          {
            any: [
              { fact: 'personalFoulCount', operator: 'greaterThanInclusive', value: 5 },
              { fact: 'gameDuration', operator: 'equal', value: 48 },
            ],
          },
        ],
      }),
    ).toBe(true);
    expect(
      await fires({
        all: [
          { fact: 'gameDuration', operator: 'equal', value: 48 },
          { fact: 'personalFoulCount', operator: 'greaterThanInclusive', value: 5 },
        ],
      }),
    ).toBe(false);
  });

  it('not', async () => {
    expect(await fires({ not: { fact: 'gameDuration', operator: 'equal', value: 48 } })).toBe(true);
    expect(
      await fires({
        any: [{ not: { all: [{ fact: 'gameDuration', operator: 'equal', value: 40 }] } }],
      }),
    ).toBe(false);
  });

  it('params and path', async () => {
    expect(
      await fires({
        all: [
          {
            fact: 'account-information',
            params: { accountId: 'lincoln' },
            path: '$.company',
            operator: 'equal',
            value: 'microsoft',
          },
        ],
      }),
    ).toBe(true);
    expect(
      await fires({
        all: [
          {
            fact: 'account-information',
            params: { accountId: 'other' },
            path: 'company',
            operator: 'equal',
            value: 'microsoft',
          },
        ],
      }),
    ).toBe(false);
    expect(
      await fires({
        all: [
          {
            fact: 'product-price',
            params: { productId: 'widget' },
            path: '$.price',
            operator: 'greaterThan',
            value: 100,
          },
        ],
      }),
    ).toBe(true);
  });

  it('comparing a fact with another fact', async () => {
    expect(
      await fires({
        all: [
          {
            fact: 'product-price',
            params: { productId: 'widget' },
            path: 'price',
            operator: 'greaterThan',
            value: { fact: 'budget' },
          },
        ],
      }),
    ).toBe(true);
    expect(
      await fires({
        all: [
          {
            fact: 'product-price',
            params: { productId: 'gadget' },
            path: 'price',
            operator: 'greaterThan',
            value: { fact: 'budget' },
          },
        ],
      }),
    ).toBe(false);
    expect(
      await fires({
        all: [
          {
            fact: 'search',
            path: 'activeApplications',
            operator: 'lessThan',
            value: { fact: 'personalFoulCount' },
          },
        ],
      }),
    ).toBe(true);
  });

  it('shared conditions referenced by name, from a plugin or from the rule set', async () => {
    expect(
      await fires({
        all: [
          { condition: 'tooManyFouls' },
          { fact: 'gameDuration', operator: 'equal', value: 40 },
        ],
      }),
    ).toBe(true);
    const set = parseRuleSet(
      jsonRuleSet(
        [jsonRule({ id: 'test/shared', conditions: { all: [{ condition: 'active' }] } })],
        {
          conditions: {
            active: {
              all: [
                { fact: 'search', path: 'activeApplications', operator: 'greaterThan', value: 0 },
              ],
            },
          },
        },
      ),
    );
    const report = await createAdvisor({ extends: [set] }).evaluate(
      buildSearch({ applications: [applied('a', 'acme', 3)] }),
      { asOf: AS_OF },
    );
    expect(report.outcomes[0]?.status).toBe('advice');
  });

  it('array operators and the built-in decorators', async () => {
    expect(
      await fires({
        all: [
          { fact: 'tags', operator: 'contains', value: 'remote' },
          { fact: 'gameDuration', operator: 'in', value: [40, 48] },
        ],
      }),
    ).toBe(true);
    expect(
      await fires({ all: [{ fact: 'scores', operator: 'someFact:greaterThan', value: 10 }] }),
    ).toBe(true);
    expect(
      await fires({ all: [{ fact: 'scores', operator: 'everyFact:greaterThan', value: 2 }] }),
    ).toBe(true);
    expect(
      await fires({ all: [{ fact: 'scores', operator: 'everyFact:greaterThan', value: 5 }] }),
    ).toBe(false);
    expect(
      await fires({
        all: [{ fact: 'gameDuration', operator: 'someValue:equal', value: [12, 40] }],
      }),
    ).toBe(true);
    expect(
      await fires({
        all: [{ fact: 'gameDuration', operator: 'everyValue:lessThan', value: [50, 60] }],
      }),
    ).toBe(true);
    expect(await fires({ all: [{ fact: 'gameDuration', operator: 'not:equal', value: 41 }] })).toBe(
      true,
    );
    expect(await fires({ all: [{ fact: 'tags', operator: 'swap:in', value: 'senior' }] })).toBe(
      true,
    );
    expect(
      await fires({ all: [{ fact: 'scores', operator: 'not:someFact:greaterThan', value: 20 }] }),
    ).toBe(true);
  });

  it('custom operators and decorators registered by a plugin', async () => {
    expect(
      await fires({
        all: [
          {
            fact: 'account-information',
            params: { accountId: 'lincoln' },
            path: 'company',
            operator: 'startsWith',
            value: 'micro',
          },
        ],
      }),
    ).toBe(true);
    expect(
      await fires({
        all: [
          {
            fact: 'account-information',
            params: { accountId: 'lincoln' },
            path: 'company',
            operator: 'caseless:equal',
            value: 'MicroSoft',
          },
        ],
      }),
    ).toBe(true);
  });
});
