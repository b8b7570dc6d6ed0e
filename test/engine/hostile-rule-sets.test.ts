/**
 * Rule sets downloaded from anywhere are hostile until proven otherwise. Each entry of this corpus
 * must be refused with a clear error naming the path, or evaluated harmlessly; nothing outside
 * the rule set may change.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdvisor, parseRuleSet, RULE_SET_LIMITS, RuleSetError } from '../../src/index';
import { jsonRule, jsonRuleSet } from '../helpers/rules';
import { AS_OF } from '../helpers/search';

const story = JSON.parse(
  readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8'),
);

function nested(depth: number): unknown {
  let node: unknown = { fact: 'search', path: 'activeApplications', operator: 'equal', value: 1 };
  for (let i = 0; i < depth; i++) node = { all: [node] };
  return node;
}

const comparison = (extra: Record<string, unknown>) => ({
  fact: 'search',
  path: 'activeApplications',
  operator: 'equal',
  value: 1,
  ...extra,
});

const leaf = (extra: Record<string, unknown>) => ({ all: [comparison(extra)] });

/**
 * Shared conditions that each refer to the one below a hundred times: a few kilobytes of JSON,
 * within every per-condition limit, that would expand to 100^depth comparisons.
 */
function referenceBomb(depth: number): Record<string, unknown> {
  const conditions: Record<string, unknown> = { c0: leaf({}) };
  for (let level = 1; level <= depth; level++)
    conditions[`c${level}`] = {
      any: Array.from({ length: 100 }, () => ({ condition: `c${level - 1}` })),
    };
  return jsonRuleSet([jsonRule({ conditions: { all: [{ condition: `c${depth}` }] } })], {
    conditions,
  });
}

const corpus: { name: string; input: unknown; path: RegExp | string; message: RegExp }[] = [
  {
    name: 'shared conditions that expand to 100^4 nodes (the reference bomb)',
    input: referenceBomb(4),
    path: 'rules[0].conditions',
    message: /expand to 201010102 nodes once shared conditions are inlined; at most 200/,
  },
  {
    name: 'a broken shared condition that no rule uses',
    input: jsonRuleSet([jsonRule()], {
      conditions: { unused: { all: [comparison({ path: 'nope' })] } },
    }),
    path: 'conditions.unused.all[0].path',
    message: /"search" has no field "nope"/,
  },
  {
    name: '"in" with a string, which would match substrings',
    input: jsonRuleSet([
      jsonRule({ conditions: leaf({ path: 'topCompany', operator: 'in', value: 'Acme Corp' }) }),
    ]),
    path: 'rules[0].conditions.all[0].value',
    message: /"in" compares with a list of values, got a string; write \["Acme Corp"\]/,
  },
  {
    name: '"someValue:" with a single value',
    input: jsonRuleSet([jsonRule({ conditions: leaf({ operator: 'someValue:equal', value: 1 }) })]),
    path: 'rules[0].conditions.all[0].value',
    message: /"someValue" goes through a list of values, got a number/,
  },
  {
    name: 'a number compared with "1", which would be coerced',
    input: jsonRuleSet([jsonRule({ conditions: leaf({ operator: 'greaterThan', value: '1' }) })]),
    path: 'rules[0].conditions.all[0].value',
    message: /"greaterThan" compares numbers, got a string/,
  },
  {
    name: 'a number field compared for equality with a string',
    input: jsonRuleSet([jsonRule({ conditions: leaf({ operator: 'equal', value: '1' }) })]),
    path: 'rules[0].conditions.all[0].value',
    message: /search.activeApplications is a number, got a string "1"/,
  },
  {
    name: '"contains" on a field that is not a list',
    input: jsonRuleSet([jsonRule({ conditions: leaf({ operator: 'contains', value: 1 }) })]),
    path: 'rules[0].conditions.all[0].operator',
    message: /"contains" needs a list, but search.activeApplications is a number/,
  },
  {
    name: 'toString as a field in a condition',
    input: jsonRuleSet([jsonRule({ conditions: leaf({ path: 'toString' }) })]),
    path: 'rules[0].conditions.all[0].path',
    message: /"search" has no field "toString"/,
  },
  {
    name: 'valueOf as a required field',
    input: jsonRuleSet([jsonRule({ requires: ['valueOf'] })]),
    path: 'rules[0].requires[0]',
    message: /search facts have no field "valueOf"/,
  },
  {
    name: 'hasOwnProperty as a select key',
    input: jsonRuleSet([jsonRule({ select: { hasOwnProperty: 'x' } })]),
    path: 'rules[0].select.hasOwnProperty',
    message: /search facts have no field "hasOwnProperty"/,
  },
  {
    name: 'toString as an option',
    input: jsonRuleSet([
      jsonRule({
        options: {
          type: 'object',
          properties: { toString: { type: 'number' as const, default: 1 } },
        },
      }),
    ]),
    path: 'rules[0].options.properties.toString',
    message: /inherited from Object.prototype/,
  },
  {
    name: 'toString as a template field',
    input: jsonRuleSet([jsonRule({ message: '{search.toString}' })]),
    path: 'rules[0].message',
    message: /search has no field "toString"/,
  },
  {
    name: 'a rule set name made of zero-width characters',
    input: { ...jsonRuleSet([jsonRule()]), name: '\u200b\u200d' },
    path: 'name',
    message: /must contain a visible character/,
  },
  {
    name: 'a shared condition name made of control characters',
    input: jsonRuleSet([jsonRule()], { conditions: { '\u0007\u001b': leaf({}) } }),
    path: 'conditions["\\u0007\\u001b"]',
    message: /key .* must contain a visible character/,
  },
  {
    name: 'a malformed due date',
    input: jsonRuleSet([
      jsonRule({ actions: [{ kind: 'apply', label: 'Go', due: { days: 3 } as never }] }),
    ]),
    path: 'rules[0].actions[0].due',
    message: /must be one of \{ "inDays": 0-366 \}, \{ "inDaysOption": "<option>" \} or \{ "fact"/,
  },
  {
    name: 'JSONPath filter script in a path',
    input: jsonRuleSet([
      jsonRule({
        conditions: leaf({ path: '$..[?(@.constructor.constructor("return process")())]' }),
      }),
    ]),
    path: 'rules[0].conditions.all[0].path',
    message: /not a plain dotted path/,
  },
  {
    name: 'JSONPath wildcard',
    input: jsonRuleSet([jsonRule({ conditions: leaf({ path: '$.*' }) })]),
    path: 'rules[0].conditions.all[0].path',
    message: /not a plain dotted path/,
  },
  {
    name: '__proto__ in a path',
    input: jsonRuleSet([jsonRule({ conditions: leaf({ path: '__proto__.polluted' }) })]),
    path: 'rules[0].conditions.all[0].path',
    message: /"__proto__", which is not allowed/,
  },
  {
    name: 'constructor.prototype in a compared fact',
    input: jsonRuleSet([
      jsonRule({ conditions: leaf({ value: { fact: 'search', path: 'constructor.prototype' } }) }),
    ]),
    path: 'rules[0].conditions.all[0].value.path',
    message: /"constructor", which is not allowed/,
  },
  {
    name: 'a fact that is not registered',
    input: jsonRuleSet([
      jsonRule({
        conditions: { all: [{ fact: 'process', path: 'env', operator: 'equal', value: 1 }] },
      }),
    ]),
    path: 'rules[0].conditions.all[0].fact',
    message: /unknown fact "process"/,
  },
  {
    name: 'another scope’s fact',
    input: jsonRuleSet([
      jsonRule({
        conditions: { all: [{ fact: 'application', path: 'role', operator: 'equal', value: 'x' }] },
      }),
    ]),
    path: 'rules[0].conditions.all[0].fact',
    message: /unknown fact "application"/,
  },
  {
    name: 'unknown operator',
    input: jsonRuleSet([jsonRule({ conditions: leaf({ operator: 'eval' }) })]),
    path: 'rules[0].conditions.all[0].operator',
    message: /unknown operator "eval"/,
  },
  {
    name: 'unknown decorator',
    input: jsonRuleSet([jsonRule({ conditions: leaf({ operator: 'exec:equal' }) })]),
    path: 'rules[0].conditions.all[0].operator',
    message: /unknown operator decorator "exec"/,
  },
  {
    name: 'empty all',
    input: jsonRuleSet([jsonRule({ conditions: { all: [] } })]),
    path: 'rules[0].conditions.all',
    message: /must not be empty/,
  },
  {
    name: 'empty any, nested',
    input: jsonRuleSet([jsonRule({ conditions: { all: [{ any: [] }] } })]),
    path: 'rules[0].conditions.all[0].any',
    message: /must not be empty/,
  },
  {
    name: 'unknown key in a condition',
    input: jsonRuleSet([jsonRule({ conditions: leaf({ script: 'x' }) })]),
    path: 'rules[0].conditions.all[0].script',
    message: /not allowed/,
  },
  {
    name: 'unknown key in a rule',
    input: jsonRuleSet([{ ...jsonRule(), onSuccess: 'alert(1)' }]),
    path: 'rules[0]',
    message: /unknown key "onSuccess"/,
  },
  {
    name: 'deep nesting of conditions',
    input: jsonRuleSet([
      jsonRule({ conditions: nested(RULE_SET_LIMITS.maxConditionDepth + 1) as never }),
    ]),
    path: /^rules\[0\]\.conditions/,
    message: /nested more than 10 levels/,
  },
  {
    name: 'deep nesting of any JSON',
    input: jsonRuleSet([jsonRule({ conditions: nested(400) as never })]),
    path: /^rules\[0\]\.conditions/,
    message: /nested more than 32 levels deep/,
  },
  {
    name: 'huge array of values',
    input: jsonRuleSet([
      jsonRule({
        conditions: leaf({ operator: 'in', value: Array.from({ length: 10_000 }, (_, i) => i) }),
      }),
    ]),
    path: 'rules[0].conditions.all[0].value',
    message: /at most 100 are allowed/,
  },
  {
    name: 'too many conditions',
    input: jsonRuleSet([
      jsonRule({
        conditions: {
          any: Array.from({ length: 100 }, () => ({ all: [comparison({}), comparison({})] })),
        },
      }),
    ]),
    path: /^rules\[0\]\.conditions/,
    message: /more than 200 nodes/,
  },
  {
    name: 'too many rules',
    input: jsonRuleSet(
      Array.from({ length: RULE_SET_LIMITS.maxRules + 1 }, (_, i) =>
        jsonRule({ id: `test/r${i}` }),
      ),
    ),
    path: 'rules',
    message: /at most 200/,
  },
  {
    name: 'self-referencing shared condition',
    input: jsonRuleSet([jsonRule({ conditions: { all: [{ condition: 'loop' }] } })], {
      conditions: { loop: { all: [{ condition: 'loop' }] } },
    }),
    path: 'conditions.loop',
    message: /cycle: loop → loop/,
  },
  {
    name: 'mutually referencing shared conditions',
    input: jsonRuleSet([jsonRule({ conditions: { all: [{ condition: 'a' }] } })], {
      conditions: { a: { all: [{ condition: 'b' }] }, b: { any: [{ condition: 'a' }] } },
    }),
    path: 'conditions.a',
    message: /cycle: a → b → a/,
  },
  {
    name: 'reference to a missing shared condition',
    input: jsonRuleSet([jsonRule({ conditions: { all: [{ condition: 'nowhere' }] } })]),
    path: 'rules[0].conditions.all[0].condition',
    message: /unknown shared condition "nowhere"/,
  },
  {
    name: 'oversize string',
    input: jsonRuleSet([jsonRule({ message: 'x'.repeat(100_000) })]),
    path: 'rules[0].message',
    message: /at most 2000/,
  },
  {
    name: 'template reaching for the prototype',
    input: jsonRuleSet([jsonRule({ message: '{search.constructor.name}' })]),
    path: 'rules[0].message',
    message: /not allowed/,
  },
  {
    name: 'template with an unknown placeholder',
    input: jsonRuleSet([jsonRule({ message: '{process.env.HOME}' })]),
    path: 'rules[0].message',
    message: /unknown placeholder/,
  },
  {
    name: 'template with an unknown filter',
    input: jsonRuleSet([jsonRule({ message: '{search.activeApplications|eval}' })]),
    path: 'rules[0].message',
    message: /unknown filter "eval"/,
  },
  {
    name: 'a rule set that is not JSON data',
    input: { name: 'x', rules: [], toJSON: () => ({}) },
    path: 'toJSON',
    message: /plain JSON data/,
  },
  { name: 'a rule set that is an array', input: [], path: '', message: /must be an object/ },
];

describe('the reference bomb', () => {
  it('is a few kilobytes of JSON', () => {
    const size = JSON.stringify(referenceBomb(4)).length;
    expect(size).toBeGreaterThan(6_000);
    expect(size).toBeLessThan(8_500);
  });
});

describe('hostile rule sets', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  for (const entry of corpus)
    it(`refuses ${entry.name}`, () => {
      const before = JSON.stringify(entry.input);
      let error: unknown;
      try {
        parseRuleSet(entry.input);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RuleSetError);
      const issues = (error as RuleSetError).issues;
      const match = issues.find(
        (i) =>
          (typeof entry.path === 'string' ? i.path === entry.path : entry.path.test(i.path)) &&
          entry.message.test(i.message),
      );
      expect(match, JSON.stringify(issues.slice(0, 5))).toBeDefined();
      expect(JSON.stringify(entry.input)).toBe(before);
    });

  it('evaluates a rule set that only compares odd values harmlessly', async () => {
    const set = parseRuleSet(
      jsonRuleSet([
        jsonRule({
          id: 'test/odd',
          conditions: {
            any: [
              comparison({ value: null }),
              comparison({
                path: 'topCompany',
                operator: 'in',
                value: ['__proto__', 'constructor'],
              }),
              {
                fact: 'search',
                path: 'offerOutlook.toReachTarget.cold',
                operator: 'greaterThan',
                value: -1,
              },
            ],
          },
          message: '{search.topCompany} {count} {severity} {asOf} {level.medium}',
        }),
      ]),
    );
    const before = JSON.stringify(story);
    const report = await createAdvisor({ extends: ['recommended', set] }).evaluate(story, {
      asOf: AS_OF,
    });
    expect(report.outcomes.find((o) => o.ruleId === 'test/odd')?.status).toBe('advice');
    expect(JSON.stringify(story)).toBe(before);
  });
});
