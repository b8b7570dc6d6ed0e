import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createAdvisor,
  parseRuleSet,
  RuleSetError,
  recommended,
  ruleSetJsonSchema,
  ruleSetToJson,
} from '../../src/index';
import { jsonRule, jsonRuleSet } from '../helpers/rules';
import { AS_OF, applied, buildSearch } from '../helpers/search';

const story = JSON.parse(
  readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8'),
);

function ruleSetError(input: unknown): RuleSetError {
  try {
    parseRuleSet(input);
  } catch (error) {
    if (error instanceof RuleSetError) return error;
    throw error;
  }
  throw new Error('expected a RuleSetError');
}

describe('JSON rule sets', () => {
  it('round-trips the recommended rule set through JSON with identical reports', async () => {
    const json = JSON.parse(JSON.stringify(ruleSetToJson(recommended)));
    const loaded = parseRuleSet(json);
    expect(loaded.rules.map((r) => r.id)).toEqual(recommended.rules.map((r) => r.id));
    expect(ruleSetToJson(loaded)).toEqual(json);
    const searches = [
      story,
      buildSearch({}),
      buildSearch({
        applications: [
          applied('a', 'acme', 12),
          applied('b', 'globex', 40, { stage: 'interviewing' }),
        ],
      }),
    ];
    for (const search of searches) {
      const original = await createAdvisor().evaluate(search, { asOf: AS_OF });
      // A copy of the built-in set replaces it only when the configuration says so.
      const reloaded = await createAdvisor({
        extends: [loaded],
        allow: { replaceBuiltIns: ['recommended'] },
      }).evaluate(search, { asOf: AS_OF });
      expect(reloaded).toEqual(original);
    }
  });

  it('loads and runs a custom rule set with options, templates and config overrides', async () => {
    const set = parseRuleSet(
      jsonRuleSet([
        jsonRule({
          id: 'test/many-saved',
          options: {
            type: 'object',
            properties: { atLeast: { type: 'integer', default: 2, minimum: 1 } },
          },
          conditions: {
            all: [
              {
                fact: 'search',
                path: 'savedApplications',
                operator: 'greaterThanInclusive',
                value: { fact: 'options', path: 'atLeast' },
              },
            ],
          },
          message:
            '{search.savedApplications|count:saved posting} are waiting (limit {options.atLeast}).',
        }),
      ]),
    );
    const search = buildSearch({
      applications: [
        applied('a', 'acme', 1, { stage: 'saved' }),
        applied('b', 'b', 1, { stage: 'saved' }),
      ],
    });
    const report = await createAdvisor({ extends: [set] }).evaluate(search, { asOf: AS_OF });
    expect(report.advice).toHaveLength(1);
    expect(report.advice[0]?.message).toBe('2 saved postings are waiting (limit 2).');
    expect(report.advice[0]?.actions[0]?.due).toBe('2026-11-26');
    const relaxed = await createAdvisor({
      extends: [set],
      rules: { 'test/many-saved': { options: { atLeast: 3 } } },
    }).evaluate(search, {
      asOf: AS_OF,
    });
    expect(relaxed.advice).toHaveLength(0);
  });

  it('reports every problem with its path', () => {
    const error = ruleSetError(
      jsonRuleSet([
        jsonRule({ id: 'other/outside-namespace' }),
        jsonRule({
          id: 'test/a',
          scope: 'message',
          select: { directionn: 'inbound' },
          urgency: 'kind',
        }),
        jsonRule({
          id: 'test/a',
          meta: {
            category: 'nowhere',
            severity: 'medium',
            title: 't',
            description: 'd',
            rationale: 'r',
            sources: [],
          },
        }),
        jsonRule({
          id: 'test/b',
          message: 'Hello {subject.nope} {options.missing} {search.activeApplicationz}',
        }),
        jsonRule({
          id: 'test/c',
          options: {
            type: 'object',
            properties: { n: { type: 'number', default: 5, maximum: 3 } },
          },
        }),
        jsonRule({
          id: 'test/d',
          actions: [{ kind: 'x', label: 'y', due: { inDaysOption: 'missing' } }],
        }),
      ]),
    );
    const byPath = (path: string) =>
      error.issues.filter((i) => i.path === path).map((i) => i.message);
    expect(byPath('rules[0].id')).toEqual(['"other/outside-namespace" must start with "test/"']);
    expect(byPath('rules[1].select.directionn')[0]).toMatch(
      /no field "directionn" \(did you mean "direction"\?\)/,
    );
    expect(byPath('rules[1].urgency')[0]).toMatch(/"kind" is a string, not a number/);
    expect(byPath('rules[2].id')).toEqual(['duplicate rule id "test/a"']);
    expect(byPath('rules[2].meta.category')[0]).toMatch(/unknown category "nowhere"/);
    expect(byPath('rules[3].message')).toHaveLength(3);
    expect(byPath('rules[4].options.properties.n.default')[0]).toMatch(/not a valid number/);
    expect(byPath('rules[5].actions[0].due.inDaysOption')[0]).toMatch(/not an option/);
    expect(error.message).toMatch(/^Invalid rule set "test" \(\d+ problems\):/);
  });

  it("words a bad namespace and a bad option name itself, without zod's messages", () => {
    const error = ruleSetError(
      jsonRuleSet(
        [
          jsonRule({
            id: 'Acme/a',
            options: { type: 'object', properties: { '1st': { type: 'number', default: 1 } } },
          }),
        ],
        { namespace: 'Acme' },
      ),
    );
    const byPath = (path: string) =>
      error.issues.filter((i) => i.path === path).map((i) => i.message);
    expect(byPath('namespace')).toEqual([
      '"Acme" must be lower-case letters, digits and dashes (such as acme)',
    ]);
    expect(byPath('rules[0].options.properties["1st"]')).toEqual([
      'key "1st" must be letters and digits, starting with a letter (such as minDays)',
    ]);
  });

  it('publishes a JSON Schema that matches the loader', () => {
    const schema = ruleSetJsonSchema() as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['name', 'namespace', 'rules', 'conditions', 'categories']),
    );
    expect(schema.additionalProperties).toBe(false);
  });

  it('refuses to write rules worded with functions as JSON', () => {
    const rule = {
      ...recommended.rules[0],
      id: 'fn',
      message: () => 'hi',
    } as (typeof recommended.rules)[number];
    expect(() => ruleSetToJson({ name: 'x', rules: [rule] })).toThrow(
      /words its advice with functions/,
    );
  });
});

describe('templates written as lists of sentences', () => {
  it('are joined with spaces, checked like one template, and written back as lists', async () => {
    const message = [
      'You have {search.activeApplications|count:application}.',
      'That is {search.activeApplications|plural:one:several}.',
    ];
    const json = jsonRuleSet([
      jsonRule({
        id: 'test/sentences',
        message,
        actions: [{ kind: 'apply', label: ['Keep going.', 'Apply again'], due: { inDays: 1 } }],
      }),
    ]);
    const set = parseRuleSet(json);
    expect(ruleSetToJson(set).rules[0]?.message).toEqual(message);
    const report = await createAdvisor({ extends: [set] }).evaluate(
      buildSearch({ applications: [applied('a', 'acme', 3)] }),
      { asOf: AS_OF },
    );
    expect(report.advice[0]?.message).toBe('You have 1 application. That is one.');
    expect(report.advice[0]?.actions[0]?.label).toBe('Keep going. Apply again');
    expect(() =>
      parseRuleSet(jsonRuleSet([jsonRule({ message: ['Fine.', '{search.nope}'] })])),
    ).toThrow('rules[0].message: search has no field "nope"');
  });
});
