import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/v4';
import {
  createAdvisor,
  defineRule,
  defineRuleSet,
  type Plugin,
  SearchValidationError,
} from '../../src/index';
// Importing the entry makes the engine's name work.
import '../../src/json-rules-engine/index';
import { AS_OF, applied, buildSearch } from '../helpers/search';

const story = JSON.parse(
  readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8'),
);

const throwingPlugin: Plugin = {
  name: 'broken',
  facts: [
    {
      id: 'broken',
      compute: () => {
        throw new Error('database is down');
      },
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

const usesBrokenFact = defineRule({
  id: 'test/broken-fact',
  meta: {
    category: 'momentum',
    severity: 'high',
    title: 't',
    description: 'd',
    rationale: 'r',
    sources: [],
  },
  scope: 'search',
  options: z.strictObject({}),
  conditions: { all: [{ fact: 'broken', operator: 'equal', value: 1 }] },
  message: 'never',
  actions: [],
});

const usesBrokenOperator = defineRule({
  ...usesBrokenFact,
  id: 'test/broken-operator',
  conditions: {
    all: [{ fact: 'search', path: 'activeApplications', operator: 'explodes', value: 1 }],
  },
});

const throwsWhileWording = defineRule({
  ...usesBrokenFact,
  id: 'test/broken-wording',
  conditions: {
    all: [
      { fact: 'search', path: 'activeApplications', operator: 'greaterThanInclusive', value: 0 },
    ],
  },
  message: () => {
    throw new Error('template bug');
  },
});

describe('rule outcomes', () => {
  it('turns a throwing fact, operator or message into an error outcome and keeps the rest of the report', async () => {
    const advisor = createAdvisor({
      extends: [
        'recommended',
        defineRuleSet({
          name: 'test',
          rules: [usesBrokenFact, usesBrokenOperator, throwsWhileWording],
        }),
      ],
      plugins: [throwingPlugin],
    });
    const report = await advisor.evaluate(story, { asOf: AS_OF });
    const outcome = (id: string) => report.outcomes.find((o) => o.ruleId === id);
    expect(outcome('test/broken-fact')).toMatchObject({
      status: 'error',
      detail: 'plugin fact "broken" failed at conditions.all[0] (broken equal 1): database is down',
    });
    expect(outcome('test/broken-operator')).toMatchObject({
      status: 'error',
      detail:
        'operator "explodes" failed at conditions.all[0] (search.activeApplications explodes 1): operator blew up',
    });
    expect(outcome('test/broken-wording')).toMatchObject({
      status: 'error',
      detail: expect.stringContaining('template bug'),
    });
    const plain = await createAdvisor().evaluate(story, { asOf: AS_OF });
    expect(report.advice).toEqual(plain.advice);
    expect(report.score).toBe(plain.score);
  });

  it.each(['compiled', 'json-rules-engine'] as const)(
    'counts every subject a failing rule had to judge (%s engine)',
    async (engine) => {
      // The operator fails on the second of three applications with a date; the one without is not judged.
      const failsOnSecond = defineRule({
        id: 'test/fails-on-second',
        meta: usesBrokenFact.meta,
        options: z.strictObject({}),
        message: 'never',
        actions: [],
        scope: 'application',
        requires: ['daysSinceApplied'],
        conditions: {
          all: [
            { fact: 'application', path: 'daysSinceApplied', operator: 'explodesAt', value: 4 },
          ],
        },
      });
      const plugin: Plugin = {
        name: 'fussy',
        operators: [
          {
            name: 'explodesAt',
            evaluate: (days, at) => {
              if (days === at) throw new Error('not this one');
              return false;
            },
          },
        ],
      };
      const search = buildSearch({
        applications: [
          applied('a', 'acme', 3),
          applied('b', 'acme', 4),
          applied('c', 'globex', 5),
          applied('d', 'initech', 6, { appliedAt: undefined }),
        ],
      });
      const report = await createAdvisor({
        engine,
        extends: [defineRuleSet({ name: 'test', rules: [failsOnSecond] })],
        plugins: [plugin],
      }).evaluate(search, { asOf: AS_OF });
      expect(report.outcomes.find((o) => o.ruleId === 'test/fails-on-second')).toMatchObject({
        status: 'error',
        evaluated: 3,
        detail: expect.stringContaining('not this one'),
      });
    },
  );

  it('reports not-applicable, needs-data and passed', async () => {
    const report = await createAdvisor().evaluate(
      buildSearch({ applications: [applied('a', 'acme', 3, { appliedAt: undefined })] }),
      { asOf: AS_OF },
    );
    const status = (id: string) => report.outcomes.find((o) => o.ruleId === id)?.status;
    expect(status('unanswered-outreach')).toBe('not-applicable');
    expect(status('application-follow-up-due')).toBe('needs-data');
    expect(report.outcomes.find((o) => o.ruleId === 'application-follow-up-due')?.detail).toBe(
      'missing application.daysSinceApplied',
    );
    expect(
      report.outcomes.every((o) =>
        ['advice', 'passed', 'not-applicable', 'needs-data'].includes(o.status),
      ),
    ).toBe(true);
  });

  it('keeps concurrent evaluations on one advisor apart', async () => {
    const advisor = createAdvisor();
    const searches = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0
        ? story
        : buildSearch({
            applications: Array.from({ length: (i % 7) + 1 }, (_, j) =>
              applied(`a${j}`, `c${j}`, j * 4 + 1),
            ),
          }),
    );
    const expected = [];
    for (const search of searches) expected.push(await advisor.evaluate(search, { asOf: AS_OF }));
    const overlapping = await Promise.all(
      searches.map((search) => advisor.evaluate(search, { asOf: AS_OF })),
    );
    expect(overlapping).toEqual(expected);
  });

  it('rejects invalid input with a SearchValidationError and an invalid date with a RangeError', async () => {
    await expect(
      createAdvisor().evaluate({ applications: 'none' }, { asOf: AS_OF }),
    ).rejects.toBeInstanceOf(SearchValidationError);
    await expect(createAdvisor().evaluate(story, { asOf: 'someday' })).rejects.toThrow(
      /asOf must be a date written YYYY-MM-DD/,
    );
  });

  it('infers option types in defineRule', () => {
    const rule = defineRule({
      id: 'test/typed',
      meta: {
        category: 'momentum',
        severity: 'low',
        title: 't',
        description: 'd',
        rationale: 'r',
        sources: [],
      },
      scope: 'application',
      options: z.strictObject({ days: z.number().default(3), loud: z.boolean().default(false) }),
      conditions: {
        all: [
          {
            fact: 'application',
            path: 'daysSinceApplied',
            operator: 'greaterThan',
            value: { fact: 'options', path: 'days' },
          },
        ],
      },
      message: (ctx) => {
        expectTypeOf(ctx.options.days).toEqualTypeOf<number>();
        expectTypeOf(ctx.options.loud).toEqualTypeOf<boolean>();
        expectTypeOf(ctx.subject.company).toEqualTypeOf<string>();
        return `${ctx.subject.company}: ${ctx.options.days}`;
      },
      actions: [],
    });
    expectTypeOf(rule.scope).toEqualTypeOf<'application'>();
  });
});
