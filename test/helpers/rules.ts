import type { RuleSetJson } from '../../src/index';

type RuleJson = RuleSetJson['rules'][number];

/** A minimal valid JSON rule, to be varied by tests. */
export function jsonRule(overrides: Partial<RuleJson> & Record<string, unknown> = {}): RuleJson {
  return {
    id: 'test/rule',
    meta: {
      category: 'momentum',
      severity: 'medium',
      title: 'Test rule',
      description: 'A rule used in tests.',
      rationale: 'Tests need a rule.',
      sources: [],
    },
    scope: 'search',
    conditions: {
      all: [
        { fact: 'search', path: 'activeApplications', operator: 'greaterThanInclusive', value: 1 },
      ],
    },
    message: 'You have {search.activeApplications|count:application}.',
    actions: [{ kind: 'apply', label: 'Keep going', due: { inDays: 1 } }],
    ...overrides,
  } as RuleJson;
}

/** A JSON rule set holding the given rules. */
export function jsonRuleSet(
  rules: unknown[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { name: 'test', namespace: 'test', rules, ...extra };
}
