/**
 * The limits of one evaluation: a budget of condition evaluations, an optional deadline, and
 * plugin facts that must settle. Each ends the rule (or the evaluation) with a clear error.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdvisor, type EngineName, type Plugin, parseRuleSet } from '../../src/index';
// Registers json-rules-engine, so the advisors below may name it.
import '../../src/json-rules-engine/index';
import { jsonRule, jsonRuleSet } from '../helpers/rules';
import { AS_OF, applied, buildSearch } from '../helpers/search';

const search = buildSearch({
  applications: [applied('a', 'acme', 3), applied('b', 'globex', 4), applied('c', 'initech', 5)],
});

/** Two rules over applications, each with two comparisons per application. */
const set = parseRuleSet(
  jsonRuleSet([
    jsonRule({
      id: 'test/first',
      scope: 'application',
      conditions: {
        all: [
          { fact: 'application', path: 'daysSinceApplied', operator: 'greaterThan', value: 0 },
          { fact: 'application', path: 'submitted', operator: 'equal', value: true },
        ],
      },
      message: 'Applied {subject.daysSinceApplied} days ago.',
    }),
    jsonRule({
      id: 'test/second',
      scope: 'application',
      conditions: {
        all: [
          { fact: 'application', path: 'daysSinceApplied', operator: 'lessThan', value: 100 },
          { fact: 'application', path: 'submitted', operator: 'equal', value: true },
        ],
      },
      message: 'Applied {subject.daysSinceApplied} days ago.',
    }),
  ]),
);

const ENGINES: EngineName[] = ['compiled', 'json-rules-engine'];

afterEach(() => {
  vi.useRealTimers();
});

describe.each(ENGINES)('evaluation limits (%s engine)', (engine) => {
  it('ends the rule that runs out of condition evaluations, and every rule after it, with an error', async () => {
    const advisor = createAdvisor({ extends: [set], engine });
    const full = await advisor.evaluate(search, { asOf: AS_OF });
    expect(full.outcomes.map((o) => o.status)).toEqual(['advice', 'advice']);
    // The first rule needs 6 comparisons; the budget allows 8.
    const report = await advisor.evaluate(search, { asOf: AS_OF, maxConditionEvaluations: 8 });
    expect(report.outcomes.map((o) => [o.ruleId, o.status])).toEqual([
      ['test/first', 'advice'],
      ['test/second', 'error'],
    ]);
    expect(report.outcomes[1]?.detail).toBe(
      'stopped: the evaluation needed more than 8 condition evaluations (maxConditionEvaluations)',
    );
  });

  it('ends rules still running after timeoutMs with an error', async () => {
    vi.useFakeTimers();
    // A plugin fact that takes 50 ms of (fake) time, computed before the rules run.
    const slow: Plugin = {
      name: 'slow',
      facts: [
        {
          id: 'slow',
          compute: () => {
            vi.advanceTimersByTime(50);
            return 1;
          },
        },
      ],
    };
    const withSlow = parseRuleSet(
      jsonRuleSet([
        jsonRule({
          id: 'test/slow',
          conditions: { all: [{ fact: 'slow', operator: 'equal', value: 1 }] },
        }),
      ]),
      { plugins: [slow] },
    );
    const advisor = createAdvisor({ extends: [withSlow], plugins: [slow], engine });
    const report = await advisor.evaluate(search, { asOf: AS_OF, timeoutMs: 20 });
    expect(report.outcomes[0]).toMatchObject({
      status: 'error',
      detail: 'stopped: the evaluation took longer than 20 ms (timeoutMs)',
    });
    expect((await advisor.evaluate(search, { asOf: AS_OF })).outcomes[0]?.status).toBe('advice');
  });

  it('rejects an evaluation whose plugin fact never settles, and serves the next call', async () => {
    let calls = 0;
    const hanging: Plugin = {
      name: 'hanging',
      facts: [
        {
          id: 'remote',
          compute: () => {
            calls += 1;
            return calls === 1 ? new Promise(() => {}) : Promise.resolve(1);
          },
        },
      ],
    };
    const remote = parseRuleSet(
      jsonRuleSet([
        jsonRule({
          id: 'test/remote',
          conditions: { all: [{ fact: 'remote', operator: 'equal', value: 1 }] },
        }),
      ]),
      { plugins: [hanging] },
    );
    const advisor = createAdvisor({ extends: [remote], plugins: [hanging], engine });
    const first = advisor.evaluate(search, { asOf: AS_OF, timeoutMs: 10 });
    const second = advisor.evaluate(search, { asOf: AS_OF, timeoutMs: 1000 });
    await expect(first).rejects.toThrow('plugin fact "remote" did not settle within 10 ms');
    expect((await second).outcomes[0]?.status).toBe('advice');
  });

  it('gives a plugin fact that rejects an error outcome on the rules that read it', async () => {
    const failing: Plugin = {
      name: 'failing',
      facts: [{ id: 'remote', compute: () => Promise.reject(new Error('offline')) }],
    };
    const remote = parseRuleSet(
      jsonRuleSet([
        jsonRule({
          id: 'test/remote',
          conditions: { all: [{ fact: 'remote', operator: 'equal', value: 1 }] },
        }),
      ]),
      { plugins: [failing] },
    );
    const report = await createAdvisor({ extends: [remote], plugins: [failing], engine }).evaluate(
      search,
      { asOf: AS_OF },
    );
    expect(report.outcomes[0]).toMatchObject({
      status: 'error',
      detail: 'plugin fact "remote" failed at conditions.all[0] (remote equal 1): offline',
    });
  });
});

describe('limit options', () => {
  it('must be positive numbers', async () => {
    const advisor = createAdvisor({ extends: [set] });
    await expect(advisor.evaluate(search, { asOf: AS_OF, timeoutMs: -1 })).rejects.toThrow(
      'timeoutMs must be a positive number, got -1',
    );
    expect(() => advisor.evaluateSync(search, { maxConditionEvaluations: Number.NaN })).toThrow(
      'maxConditionEvaluations must be a positive number, got null',
    );
  });
});

describe('evaluateSync', () => {
  it('refuses plugin facts that return promises, and the json-rules-engine engine', () => {
    const asyncFact: Plugin = { name: 'async', facts: [{ id: 'later', compute: async () => 1 }] };
    const later = parseRuleSet(
      jsonRuleSet([
        jsonRule({
          id: 'test/later',
          conditions: { all: [{ fact: 'later', operator: 'equal', value: 1 }] },
        }),
      ]),
      { plugins: [asyncFact] },
    );
    expect(() =>
      createAdvisor({ extends: [later], plugins: [asyncFact] }).evaluateSync(search, {
        asOf: AS_OF,
      }),
    ).toThrow(/returned a promise/);
    expect(() =>
      createAdvisor({ engine: 'json-rules-engine' }).evaluateSync(search, { asOf: AS_OF }),
    ).toThrow(/needs the compiled engine/);
  });
});
