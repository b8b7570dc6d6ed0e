import { createAdvisor } from '../engine/advisor';
import type { RuleSetting } from '../engine/config';
import type { EvaluateOptions } from '../engine/evaluate';
import type { HealthReport } from '../report/report';
import type { AnyRule, OutcomeStatus, Severity } from '../rule/types';

/** A search where the rule must stay quiet. */
export interface QuietCase {
  /** What the case shows. */
  readonly name: string;
  /** The search (JSON form). */
  readonly search: unknown;
  /** Rule options for this case. */
  readonly options?: Record<string, unknown>;
  /** The expected outcome; by default `passed`, `not-applicable` or `needs-data` are all fine. */
  readonly status?: Exclude<OutcomeStatus, 'advice'>;
}

/** A search where the rule must fire. */
export interface FiringCase {
  /** What the case shows. */
  readonly name: string;
  /** The search (JSON form). */
  readonly search: unknown;
  /** Rule options for this case. */
  readonly options?: Record<string, unknown>;
  /** The advice expected, in any order: subject ids (all of them) and, if given, the severity. */
  readonly advice: readonly {
    /** Ids of every subject of the advice (`search` for a search-wide rule). */
    readonly subjects?: readonly string[];
    /** The severity the advice should have. */
    readonly severity?: Severity;
  }[];
}

/** Cases for one rule: where it fires and where it stays quiet. */
export interface RuleCases {
  /** Evaluation date for every case. */
  readonly asOf: Date | string;
  /** Searches where the rule must fire. */
  readonly fires: readonly FiringCase[];
  /** Searches where it must stay quiet. */
  readonly quiet: readonly QuietCase[];
}

/** The verdict of one case. */
export interface CaseResult {
  /** The case name, prefixed by `fires:` or `quiet:`. */
  readonly name: string;
  /** Whether the rule behaved as expected. */
  readonly ok: boolean;
  /** What went wrong, when not ok. */
  readonly problem?: string;
  /** The report, for inspection. */
  readonly report?: HealthReport;
}

async function evaluateAlone(
  rule: AnyRule,
  options: Record<string, unknown> | undefined,
  search: unknown,
  evaluate: EvaluateOptions,
): Promise<HealthReport> {
  const setting: RuleSetting = options ? { options } : {};
  const advisor = createAdvisor({
    extends: [{ name: 'under-test', rules: [rule] }],
    rules: { [rule.id]: setting },
  });
  return advisor.evaluate(search, evaluate);
}

function describeAdvice(report: HealthReport): string {
  return JSON.stringify(
    report.advice.map((a) => ({ subjects: a.subjects.map((s) => s.id), severity: a.severity })),
  );
}

async function checkFiring(rule: AnyRule, c: FiringCase, asOf: Date | string): Promise<CaseResult> {
  const name = `fires: ${c.name}`;
  const report = await evaluateAlone(rule, c.options, c.search, { asOf });
  const outcome = report.outcomes.find((o) => o.ruleId === rule.id);
  if (outcome?.status !== 'advice')
    return {
      name,
      ok: false,
      report,
      problem: `expected advice, got ${outcome?.status}${outcome?.detail ? ` (${outcome.detail})` : ''}`,
    };
  const remaining = [...report.advice];
  for (const expected of c.advice) {
    const index = remaining.findIndex(
      (a) =>
        (expected.severity === undefined || a.severity === expected.severity) &&
        (expected.subjects === undefined ||
          JSON.stringify(a.subjects.map((s) => s.id).sort()) ===
            JSON.stringify([...expected.subjects].sort())),
    );
    if (index < 0)
      return {
        name,
        ok: false,
        report,
        problem: `no advice matches ${JSON.stringify(expected)}; got ${describeAdvice(report)}`,
      };
    remaining.splice(index, 1);
  }
  if (remaining.length > 0)
    return {
      name,
      ok: false,
      report,
      problem: `unexpected advice ${describeAdvice({ ...report, advice: remaining })}`,
    };
  return { name, ok: true, report };
}

async function checkQuiet(rule: AnyRule, c: QuietCase, asOf: Date | string): Promise<CaseResult> {
  const name = `quiet: ${c.name}`;
  const report = await evaluateAlone(rule, c.options, c.search, { asOf });
  const outcome = report.outcomes.find((o) => o.ruleId === rule.id);
  const status = outcome?.status;
  const ok =
    c.status === undefined ? status !== 'advice' && status !== 'error' : status === c.status;
  return ok
    ? { name, ok, report }
    : {
        name,
        ok,
        report,
        problem: `expected ${c.status ?? 'no advice'}, got ${status}${outcome?.detail ? ` (${outcome.detail})` : ''}: ${describeAdvice(report)}`,
      };
}

/**
 * Runs a rule alone on each case and reports whether it fired (with the expected subjects and
 * severity) or stayed quiet as expected. Framework-agnostic; see {@link RuleTester} for a
 * test-runner wrapper.
 */
export async function checkRuleCases(rule: AnyRule, cases: RuleCases): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases.fires) results.push(await checkFiring(rule, c, cases.asOf));
  for (const c of cases.quiet) results.push(await checkQuiet(rule, c, cases.asOf));
  return results;
}

/** A test runner's `describe` or `it`: a name and a body. */
export type TestFn = (name: string, fn: () => Promise<void> | void) => void;

/** The test-runner functions a {@link RuleTester} declares its tests with. */
export interface TestRunnerHooks {
  /** The runner's `describe`. */
  readonly describe: TestFn;
  /** The runner's `it` (or `test`). */
  readonly it: TestFn;
}

/**
 * Declares one test per case in the host's test runner, like ESLint's RuleTester. Give it your
 * runner's `describe` and `it` (vitest, jest, mocha and node:test all fit), then call `run`.
 */
export class RuleTester {
  readonly #hooks: TestRunnerHooks;

  /** @param hooks - the test runner's `describe` and `it`. */
  constructor(hooks: TestRunnerHooks) {
    this.#hooks = hooks;
  }

  /** Declares a suite for `rule` with one test per case; a failing case throws its problem. */
  run(rule: AnyRule, cases: RuleCases): void {
    const { describe, it } = this.#hooks;
    describe(rule.id, () => {
      const check = (name: string, run: () => Promise<CaseResult>) =>
        it(name, async () => {
          const result = await run();
          if (!result.ok) throw new Error(`${rule.id} › ${result.name}: ${result.problem}`);
        });
      for (const c of cases.fires)
        check(`fires: ${c.name}`, () => checkFiring(rule, c, cases.asOf));
      for (const c of cases.quiet) check(`quiet: ${c.name}`, () => checkQuiet(rule, c, cases.asOf));
    });
  }
}
