import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import {
  ConfigError,
  createAdvisor,
  defineRule,
  defineRuleSet,
  type Plugin,
} from '../../src/index';
import { AS_OF, applied, buildSearch } from '../helpers/search';

const seen: Record<string, unknown>[] = [];

const checkIn = defineRule({
  id: 'coach/check-in',
  meta: {
    category: 'wellbeing',
    severity: 'low',
    title: 'Book a coaching session',
    description: 'Reminds you to meet your coach when no session is booked.',
    rationale: 'Regular sessions keep a search on course.',
    sources: [],
  },
  scope: 'search',
  options: z.strictObject({}),
  conditions: {
    all: [
      { fact: 'coachSessions', operator: 'equal', value: 0 },
      { fact: 'coachSessions', params: { weeks: 2 }, operator: 'lessThan', value: 1 },
    ],
  },
  message: 'No coaching session is booked.',
  actions: [{ kind: 'book', label: 'Book a session', due: { inDays: 2 } }],
});

const coach: Plugin = {
  name: 'coach',
  ruleSet: defineRuleSet({ name: 'coach', namespace: 'coach', rules: [checkIn] }),
  facts: [
    {
      id: 'coachSessions',
      compute: (_input, params) => {
        seen.push(params);
        return 0;
      },
    },
  ],
  categories: [{ id: 'wellbeing', title: 'Wellbeing', description: 'How you keep going.' }],
};

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('plugins', () => {
  it('add their rules, facts and categories without being listed in extends', async () => {
    const advisor = createAdvisor({ plugins: [coach] });
    expect(advisor.rules.map((r) => r.id)).toContain('coach/check-in');
    expect(advisor.categories.map((c) => c.id)).toContain('wellbeing');
    seen.length = 0;
    const report = await advisor.evaluate(
      buildSearch({ applications: [applied('a', 'acme', 3)] }),
      { asOf: AS_OF },
    );
    const advice = report.advice.find((a) => a.ruleId === 'coach/check-in');
    expect(advice).toMatchObject({
      category: 'wellbeing',
      message: 'No coaching session is booked.',
      actions: [{ kind: 'book', label: 'Book a session', due: '2026-11-27' }],
    });
    // Each distinct params value is computed once per evaluation.
    expect(seen).toEqual([{}, { weeks: 2 }]);
  });

  it('name their rule set, so a config can extend it alone and configure its rules', () => {
    const advisor = createAdvisor({
      extends: ['coach'],
      plugins: [coach],
      rules: { 'coach/check-in': 'high' },
    });
    expect(advisor.rules.map((r) => r.id)).toEqual(['coach/check-in']);
  });
});

describe('createAdvisor: configuration mistakes', () => {
  it('refuses settings for a rule that exists but is in no rule set extended', () => {
    const error = configError(() =>
      createAdvisor({ extends: ['coach'], plugins: [coach], rules: { 'single-basket': 'off' } }),
    );
    expect(error.issues).toEqual([
      {
        code: 'invalid',
        path: 'rules["single-basket"]',
        message:
          'rule "single-basket" belongs to rule set "recommended", which is not loaded: add "recommended" to extends',
      },
    ]);
  });

  it('names unknown rules and rule sets without a guess when nothing is close', () => {
    const error = configError(() =>
      createAdvisor({ extends: ['recommended', 'zzzzzzzz'], rules: { qqqqqqqqqqqq: 'off' } }),
    );
    expect(error.issues).toEqual([
      { code: 'invalid', path: 'extends[1]', message: 'unknown rule set "zzzzzzzz"' },
      { code: 'invalid', path: 'rules["qqqqqqqqqqqq"]', message: 'unknown rule "qqqqqqqqqqqq"' },
    ]);
  });

  it('checks category weights and the docs URL given in code', () => {
    const error = configError(() =>
      createAdvisor({ categoryWeights: { breadth: 500 }, docsBaseUrl: 'not a url' }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['categoryWeights.breadth', 'docsBaseUrl']);
  });
});
