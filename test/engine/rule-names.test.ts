/** Names and option values that must be refused with a message saying what is wrong. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import { type ConfigError, createAdvisor, defineRule, defineRuleSet } from '../../src/index';

describe('names and option values in a configuration', () => {
  it('says what type an option must be and what it got, non-finite numbers included', () => {
    const problems = (options: Record<string, unknown>) => {
      try {
        createAdvisor({ rules: { 'single-basket': { options } } });
      } catch (error) {
        return (error as ConfigError).issues.map((i) => `${i.path}: ${i.message}`);
      }
      return [];
    };
    expect(problems({ minCompanies: '3' })).toEqual([
      `rules["single-basket"].options.minCompanies: must be a number, got "3"`,
    ]);
    expect(problems({ minCompanies: Number.POSITIVE_INFINITY })).toEqual([
      'rules["single-basket"].options.minCompanies: must be a number, got Infinity',
    ]);
    expect(problems({ toString: 1 })).toEqual([
      'rules["single-basket"].options: has unknown key "toString"',
    ]);
  });

  it('refuses invisible plugin fact ids and rule ids, and options named after Object.prototype', () => {
    const rule = defineRule({
      id: '\u200b',
      meta: {
        category: 'momentum',
        severity: 'low',
        title: 'Invisible',
        description: 'A rule with an invisible id.',
        rationale: 'None.',
        sources: [],
      },
      scope: 'search',
      options: z.strictObject({ toString: z.number().default(1) }),
      conditions: {
        all: [{ fact: 'search', path: 'activeApplications', operator: 'equal', value: 1 }],
      },
      message: 'Never.',
      actions: [],
    });
    let error: unknown;
    try {
      createAdvisor({
        extends: [defineRuleSet({ name: 'hidden', rules: [rule] })],
        plugins: [{ name: 'p', facts: [{ id: '\u0007', compute: () => 1 }] }],
      });
    } catch (e) {
      error = e;
    }
    expect(new Set((error as ConfigError).issues.map((i) => i.path))).toEqual(
      new Set([
        'plugins[0].facts[0].id',
        'rules["\\u200b"].id',
        'rules["\\u200b"].options.toString',
      ]),
    );
  });
});
