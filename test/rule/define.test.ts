import { describe, expect, it } from 'vitest';
import { defineRuleSet, RuleSetError } from '../../src/index';
import { recommended } from '../../src/rules/recommended';

const [rule] = recommended.rules;

describe('defineRuleSet', () => {
  it('returns a valid rule set as it is', () => {
    const set = { name: 'mine', rules: recommended.rules };
    expect(defineRuleSet(set)).toBe(set);
  });

  it('names duplicate ids and ids outside the namespace, with their paths', () => {
    if (!rule) throw new Error('the recommended set has rules');
    const mine = { ...rule, id: 'mine/one' };
    let error: unknown;
    try {
      defineRuleSet({ name: 'mine', namespace: 'mine', rules: [mine, rule, mine] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).issues).toEqual([
      { code: 'invalid', path: 'rules[1].id', message: `"${rule.id}" must start with "mine/"` },
      { code: 'invalid', path: 'rules[2].id', message: 'duplicate rule id "mine/one"' },
    ]);
    expect((error as RuleSetError).message).toMatch(/^Invalid rule set "mine" \(2 problems\):\n/);
  });
});
