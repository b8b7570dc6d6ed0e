import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  createAdvisor,
  defineRuleSet,
  evaluateSearch,
  parseConfigFile,
  recommended,
} from '../../src/index';
import { belowWeeklyTarget } from '../../src/rules/below-weekly-target/rule';
import { AS_OF, applied, buildSearch } from '../helpers/search';

const story = JSON.parse(
  readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8'),
);

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('createAdvisor', () => {
  it('gives the same report as evaluateSearch by default', async () => {
    const [a, b] = await Promise.all([
      createAdvisor().evaluate(story, { asOf: AS_OF }),
      evaluateSearch(story, { asOf: AS_OF }),
    ]);
    expect(a).toEqual(b);
  });

  it('turns rules off, overrides severity and merges options over defaults', async () => {
    const search = buildSearch({ applications: [applied('a', 'acme', 8)] });
    const base = await createAdvisor({ rules: { 'single-basket': 'off' } }).evaluate(search, {
      asOf: AS_OF,
    });
    expect(base.advice.map((a) => a.ruleId)).toContain('no-recent-applications');

    const off = await createAdvisor({ rules: { 'no-recent-applications': 'off' } }).evaluate(
      search,
      { asOf: AS_OF },
    );
    expect(off.outcomes.map((o) => o.ruleId)).not.toContain('no-recent-applications');

    const severe = await createAdvisor({
      rules: { 'no-recent-applications': 'critical', 'single-basket': 'off' },
    }).evaluate(search, { asOf: AS_OF });
    expect(severe.advice.find((a) => a.ruleId === 'no-recent-applications')?.severity).toBe(
      'critical',
    );

    const tuned = createAdvisor({
      rules: {
        'no-recent-applications': { severity: 'low', options: { afterDays: 9 } },
        // Neither folds its own severity into it.
        'single-basket': 'off',
        'low-offer-outlook': 'off',
      },
    });
    const quiet = await tuned.evaluate(search, { asOf: AS_OF });
    expect(quiet.outcomes.find((o) => o.ruleId === 'no-recent-applications')?.status).toBe(
      'passed',
    );
    const later = await tuned.evaluate(buildSearch({ applications: [applied('a', 'acme', 20)] }), {
      asOf: AS_OF,
    });
    // A fixed severity replaces the rule's own severity cases (high after 14 days).
    expect(later.advice.find((a) => a.ruleId === 'no-recent-applications')?.severity).toBe('low');
  });

  it('lets later rule sets override earlier ones', async () => {
    const stricter = defineRuleSet({
      name: 'stricter',
      // A rule that folds no other, so replacing it needs no other permission.
      rules: [{ ...belowWeeklyTarget, meta: { ...belowWeeklyTarget.meta, title: 'Overridden' } }],
    });
    expect(configError(() => createAdvisor({ extends: ['recommended', stricter] })).issues).toEqual(
      [
        {
          code: 'invalid',
          path: 'extends[1].rules[0].id',
          message:
            '"below-weekly-target" is the id of a built-in rule: give the rule an id of its own (a namespace such as "acme/below-weekly-target"), or list "stricter" in allow.replaceBuiltIns to replace the built-in rule on purpose',
        },
      ],
    );
    const advisor = createAdvisor({
      extends: ['recommended', stricter],
      allow: { replaceBuiltIns: ['stricter'] },
    });
    expect(advisor.rules.find((r) => r.id === 'below-weekly-target')?.meta.title).toBe(
      'Overridden',
    );
    expect(advisor.rules).toHaveLength(recommended.rules.length);
  });

  it('reports every configuration mistake with its path and the closest rule id', () => {
    const unknownSet = configError(() => createAdvisor({ extends: ['recomended'] }));
    expect(unknownSet.issues).toEqual([
      {
        code: 'invalid',
        path: 'extends[0]',
        message: 'unknown rule set "recomended" (did you mean "recommended"?)',
      },
    ]);
    const error = configError(() =>
      createAdvisor({
        rules: {
          'single-baskett': 'off',
          'no-recent-applications': { options: { afterDays: -3, typo: 1 } },
          'paused-while-interviewing': 'urgent' as never,
        },
      }),
    );
    const byPath = Object.fromEntries(error.issues.map((i) => [i.path, i.message]));
    expect(byPath['rules["single-baskett"]']).toBe(
      'unknown rule "single-baskett" (did you mean "single-basket"?)',
    );
    expect(byPath['rules["no-recent-applications"].options.afterDays']).toBe(
      '-3 must be at least 1',
    );
    expect(byPath['rules["no-recent-applications"].options']).toMatch(/unknown key "typo"/);
    expect(
      Object.keys(byPath).some((p) => p.startsWith('rules["paused-while-interviewing"]')),
    ).toBe(true);
    expect(error.message).toContain('Invalid configuration');
  });

  it('applies category weights and the outlook target', async () => {
    const plain = await createAdvisor().evaluate(story, { asOf: AS_OF });
    const weighted = await createAdvisor({
      categoryWeights: { outreach: 0, breadth: 0, 'follow-up': 0, momentum: 0 },
    }).evaluate(story, {
      asOf: AS_OF,
    });
    expect(weighted.score).toBeGreaterThan(plain.score);
    const target = await createAdvisor({ outlook: { target: 0.3 } }).evaluate(story, {
      asOf: AS_OF,
    });
    expect(target.metrics.offerOutlook.target).toBe(0.3);
    expect(target.metrics.offerOutlook.toReachTarget.cold).toBeLessThan(
      plain.metrics.offerOutlook.toReachTarget.cold ?? 0,
    );
  });
});

describe('parseConfigFile', () => {
  it('accepts a valid config file', () => {
    const config = parseConfigFile({
      $schema: './node_modules/job-search-health/dist/config.schema.json',
      extends: ['recommended'],
      rules: {
        'single-basket': { severity: 'critical', options: { minCompanies: 6 } },
        'no-recent-applications': 'off',
      },
      categoryWeights: { breadth: 2 },
      outlook: { target: 0.9 },
    });
    expect(createAdvisor(config).rules.some((r) => r.id === 'no-recent-applications')).toBe(false);
  });

  it('rejects unknown keys and bad values with paths', () => {
    const error = configError(() =>
      parseConfigFile({ rulez: {}, rules: { x: 'loud' }, outlook: { target: 2 } }),
    );
    const paths = error.issues.map((i) => i.path);
    expect(error.issues).toContainEqual({
      code: 'invalid',
      path: 'rulez',
      message: 'unknown key (did you mean "rules"?)',
    });
    expect(paths).toContain('rules["x"]');
    expect(paths).toContain('outlook.target');
  });
});
