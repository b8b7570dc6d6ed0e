/**
 * A rule that fails while its conditions run gets an `error` outcome whose detail names the
 * condition (its path in the rule, its fact and operator) and why, with either engine, and the
 * text and Markdown reports list it.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import '../../src/json-rules-engine/index';
import {
  createAdvisor,
  defineRule,
  defineRuleSet,
  formatMarkdown,
  formatText,
  type Plugin,
} from '../../src/index';
import { AS_OF, applied, buildSearch } from '../helpers/search';

const failing: Plugin = {
  name: 'failing',
  facts: [
    {
      id: 'broken',
      compute: () => {
        throw new Error('database is down');
      },
    },
    {
      id: 'record',
      // A value whose field cannot be read: the failure is in no plugin function.
      compute: () => ({
        get stage(): string {
          throw new TypeError('stage is not available');
        },
      }),
    },
  ],
  operators: [
    {
      name: 'explodes',
      evaluate: () => {
        throw new Error('operator blew up');
      },
    },
  ],
};

const base = {
  meta: {
    category: 'momentum',
    severity: 'medium',
    title: 'A rule that fails',
    description: 'Fails while its conditions run.',
    rationale: 'A test of error outcomes.',
    sources: [],
  },
  scope: 'application',
  options: z.strictObject({}),
  message: 'never shown',
  actions: [],
} as const;

const nestedOperator = defineRule({
  ...base,
  id: 'failing/nested-operator',
  conditions: {
    all: [
      { fact: 'application', path: 'daysSinceApplied', operator: 'greaterThan', value: 0 },
      {
        any: [
          { fact: 'application', path: 'stage', operator: 'equal', value: 'offer' },
          { fact: 'application', path: 'followUpsSent', operator: 'explodes', value: 3 },
        ],
      },
    ],
  },
});

const factUnderNot = defineRule({
  ...base,
  id: 'failing/fact-under-not',
  conditions: {
    all: [
      { fact: 'application', path: 'active', operator: 'equal', value: true },
      { not: { fact: 'broken', params: { table: 'crm' }, operator: 'equal', value: 1 } },
    ],
  },
});

const severityCase = defineRule({
  ...base,
  id: 'failing/severity-case',
  conditions: {
    all: [{ fact: 'application', path: 'active', operator: 'equal', value: true }],
  },
  severityWhen: [
    {
      severity: 'high',
      conditions: {
        any: [{ fact: 'search', path: 'activeApplications', operator: 'explodes', value: 'x' }],
      },
    },
  ],
});

const advisorOptions = {
  extends: [
    defineRuleSet({ name: 'failing', rules: [nestedOperator, factUnderNot, severityCase] }),
  ],
  plugins: [failing],
};

const search = buildSearch({ applications: [applied('a1', 'acme', 10)] });

for (const engine of ['compiled', 'json-rules-engine'] as const) {
  describe(`a rule that fails (${engine} engine)`, () => {
    const evaluate = () =>
      createAdvisor({
        ...advisorOptions,
        ...(engine === 'json-rules-engine' ? { engine } : {}),
      }).evaluate(search, { asOf: AS_OF });

    it('names the condition path, fact and operator, and why', async () => {
      const report = await evaluate();
      const details = Object.fromEntries(
        report.outcomes.filter((o) => o.status === 'error').map((o) => [o.ruleId, o.detail]),
      );
      expect(details).toEqual({
        'failing/nested-operator':
          'operator "explodes" failed at conditions.all[1].any[1] (application.followUpsSent explodes 3): operator blew up',
        'failing/fact-under-not':
          'plugin fact "broken" failed at conditions.all[1].not (broken equal 1): database is down',
        'failing/severity-case':
          'operator "explodes" failed at severityWhen[0].conditions.any[0] (search.activeApplications explodes "x"): operator blew up',
      });
    });

    it('lists it in the text and Markdown reports', async () => {
      const report = await evaluate();
      const text = formatText(report, { width: 400 });
      expect(text).toContain('3 rules could not run:');
      expect(text).toContain(
        '  - failing/nested-operator — operator "explodes" failed at conditions.all[1].any[1] (application.followUpsSent explodes 3): operator blew up\n',
      );
      expect(formatMarkdown(report)).toContain(
        '- failing/fact-under-not — plugin fact "broken" failed at conditions.all\\[1\\].not (broken equal 1): database is down\n',
      );
    });
  });
}

describe('a condition that fails outside plugin functions', () => {
  it('is named by the compiled engine too, inside a shared condition by its path there', async () => {
    const readsRecord = defineRule({
      ...base,
      id: 'failing/reads-record',
      conditions: {
        all: [
          { fact: 'application', path: 'active', operator: 'equal', value: true },
          { fact: 'record', path: 'stage', operator: 'equal', value: 'applied' },
        ],
      },
    });
    const viaShared = defineRule({
      ...base,
      id: 'failing/via-shared',
      conditions: { all: [{ condition: 'recordApplied' }] },
    });
    const report = await createAdvisor({
      extends: [
        defineRuleSet({
          name: 'failing',
          rules: [readsRecord, viaShared],
          conditions: {
            recordApplied: {
              any: [{ fact: 'record', path: 'stage', operator: 'equal', value: 'applied' }],
            },
          },
        }),
      ],
      plugins: [failing],
    }).evaluate(search, { asOf: AS_OF });
    expect(report.outcomes.find((o) => o.ruleId === 'failing/reads-record')).toMatchObject({
      status: 'error',
      detail:
        'a condition failed at conditions.all[1] (record.stage equal "applied"): stage is not available',
    });
    expect(report.outcomes.find((o) => o.ruleId === 'failing/via-shared')?.detail).toBe(
      'a condition failed at conditions.recordApplied.any[0] (record.stage equal "applied"): stage is not available',
    );
  });
});
