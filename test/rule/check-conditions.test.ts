import { describe, expect, it } from 'vitest';
import { parseRuleSet, RULE_SET_LIMITS, RuleSetError, type RuleSetJson } from '../../src/index';
import { jsonRule, jsonRuleSet } from '../helpers/rules';

type Conditions = RuleSetJson['rules'][number]['conditions'];

const FACT = { fact: 'search', path: 'activeApplications' };
const leaf = (extra: Record<string, unknown> = {}) => ({
  ...FACT,
  operator: 'greaterThan',
  value: 1,
  ...extra,
});
const OPTIONS = {
  type: 'object',
  properties: { atLeast: { type: 'integer', default: 2, minimum: 0, maximum: 10 } },
} as const;

/** The problems parseRuleSet finds in a rule with these conditions, as "path: message". */
function problems(conditions: unknown, extra: Record<string, unknown> = {}): string[] {
  try {
    parseRuleSet(
      jsonRuleSet([jsonRule({ options: OPTIONS, conditions: conditions as Conditions })], extra),
    );
  } catch (error) {
    if (error instanceof RuleSetError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  return [];
}

const AT = 'rules[0].conditions';

describe('conditions of a JSON rule: accepted', () => {
  it('accepts facts, options, decorators, params, priorities and shared conditions', () => {
    expect(
      problems(
        {
          any: [
            leaf({ value: { fact: 'options', path: 'atLeast' }, priority: 100 }),
            { not: { condition: 'busy', priority: 1 } },
            { fact: 'search', path: 'offerOutlook.toReachTarget', operator: 'equal', value: null },
            leaf({ operator: 'someValue:greaterThan', value: [1, 'a', true, null] }),
          ],
          priority: 5,
        },
        { conditions: { busy: { all: [leaf()] } } },
      ),
    ).toEqual([]);
  });
});

describe('conditions of a JSON rule: refused, naming the path', () => {
  const cases: [string, unknown, string[]][] = [
    [
      'a root that is not a boolean node or a reference',
      leaf(),
      [`${AT}: must be an object with "all", "any", "not" or "condition" at its root`],
    ],
    ['a child that is not an object', { all: [5] }, [`${AT}.all[0]: must be a condition object`]],
    [
      'a child that is neither a condition nor a group',
      { all: [{ operator: 'equal', value: 1 }] },
      [`${AT}.all[0]: must have "all", "any", "not", "condition" or "fact"`],
    ],
    [
      'two kinds of group in one node, and a stray key',
      { all: [leaf()], any: [leaf()], when: 'now' },
      [`${AT}: has "all" and "any"; use one per node`, `${AT}.when: is not allowed here`],
    ],
    [
      'a group that is not a list',
      { any: { fact: 'search' } },
      [`${AT}.any: must be an array of conditions`],
    ],
    [
      'a group with too many conditions',
      { any: Array.from({ length: RULE_SET_LIMITS.maxArrayItems + 1 }, () => leaf()) },
      [`${AT}.any: has 101 conditions; at most 100 are allowed`],
    ],
    [
      'a fact name that is not a name',
      { all: [leaf({ fact: 42 }), leaf({ fact: '' })] },
      [`${AT}.all[0].fact: must be a fact name`, `${AT}.all[1].fact: must be a fact name`],
    ],
    [
      'a path that is not a string',
      { all: [leaf({ path: ['activeApplications'] })] },
      [`${AT}.all[0].path: must be a plain dotted path`],
    ],
    [
      'a field the fact does not have, with the closest one',
      { all: [leaf({ path: 'activeApplication' })] },
      [
        `${AT}.all[0].path: "search" has no field "activeApplication" (did you mean "activeApplications"?)`,
      ],
    ],
    [
      'a field below a number',
      { all: [leaf({ path: 'activeApplications.total' })] },
      [`${AT}.all[0].path: "search.activeApplications" is a number and has no fields`],
    ],
    [
      'an option the rule does not have, or a field below an option',
      {
        all: [
          leaf({ value: { fact: 'options', path: 'atleast' } }),
          leaf({ value: { fact: 'options', path: 'atLeast.max' } }),
        ],
      },
      [
        `${AT}.all[0].value.path: "atleast" is not an option of this rule (did you mean "atLeast"?)`,
        `${AT}.all[1].value.path: "atLeast.max" is not an option of this rule (did you mean "atLeast"?)`,
      ],
    ],
    [
      'a key a fact reference does not take',
      { all: [leaf({ value: { ...FACT, operator: 'equal' } })] },
      [`${AT}.all[0].value.operator: is not allowed in a fact reference`],
    ],
    [
      'a condition without a value',
      { all: [{ ...FACT, operator: 'equal' }] },
      [`${AT}.all[0].value: is required`],
    ],
    [
      'params that are not an object',
      { all: [leaf({ params: ['x'] })] },
      [`${AT}.all[0].params: must be an object of plain values`],
    ],
    [
      'too many params, and params that are not plain values',
      {
        all: [
          leaf({
            params: {
              ...Object.fromEntries(
                Array.from({ length: RULE_SET_LIMITS.maxOptions }, (_, i) => [`p${i}`, i]),
              ),
              nested: { a: 1 },
            },
          }),
        ],
      },
      [
        `${AT}.all[0].params: has more than 30 entries`,
        `${AT}.all[0].params.nested: must be a string, number, boolean, null, an array of these, or a fact reference`,
      ],
    ],
    [
      'a value that is not finite, or a list holding an object',
      { all: [leaf({ value: Number.POSITIVE_INFINITY }), leaf({ value: [1, [{}]] })] },
      [
        `${AT}.all[0].value: must be a finite number`,
        `${AT}.all[1].value[1][0]: must be a string, number, boolean, null, an array of these, or a fact reference`,
      ],
    ],
    [
      'a text value that is too long',
      { all: [leaf({ operator: 'equal', value: 'x'.repeat(RULE_SET_LIMITS.maxTextLength + 1) })] },
      [`${AT}.all[0].value: is 2001 characters long; at most 2000 are allowed`],
    ],
    [
      'an operator that is not a name',
      { all: [leaf({ operator: 7 }), leaf({ operator: 'o'.repeat(201) })] },
      [
        `${AT}.all[0].operator: must be an operator name`,
        `${AT}.all[1].operator: must be an operator name`,
      ],
    ],
    [
      'an unknown operator and decorator, with the closest ones',
      { all: [leaf({ operator: 'everyFakt:greaterThen' })] },
      [
        `${AT}.all[0].operator: unknown operator "greaterThen" (did you mean "greaterThan"?)`,
        `${AT}.all[0].operator: unknown operator decorator "everyFakt" (did you mean "everyFact"?)`,
      ],
    ],
    [
      'priorities outside 1 to 100 or not whole',
      {
        any: [
          leaf({ priority: 0 }),
          leaf({ priority: 101 }),
          leaf({ priority: 1.5 }),
          leaf({ priority: '1' }),
        ],
      },
      [0, 1, 2, 3].map((i) => `${AT}.any[${i}].priority: must be a whole number from 1 to 100`),
    ],
    [
      'a reference with other keys, or to a shared condition that does not exist',
      { any: [{ condition: 'bussy', fact: 'search' }, { condition: 3 }] },
      [
        `${AT}.any[0].fact: is not allowed in a condition reference`,
        `${AT}.any[0].condition: unknown shared condition "bussy" (did you mean "busy"?)`,
        `${AT}.any[1].condition: unknown shared condition 3`,
      ],
    ],
  ];
  for (const [name, conditions, expected] of cases)
    it(name, () => {
      expect(problems(conditions, { conditions: { busy: { all: [leaf()] } } })).toEqual(expected);
    });
});
