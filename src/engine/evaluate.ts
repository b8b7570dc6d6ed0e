import { restrictToAsOf } from '../facts/as-of';
import { computeFacts, type EvaluationFacts } from '../facts/compute';
import type { OutlookOptions } from '../facts/outlook';
import type { SearchFacts } from '../facts/search';
import { parseSearch } from '../model/parse';
import type { JobSearch } from '../model/schemas';
import { buildAdvice, type DraftAdvice, finishAdvice } from '../report/advice';
import type { CategoryDefinition } from '../report/categories';
import { type HealthReport, PACKAGE_VERSION } from '../report/report';
import { companyOfFacts } from '../report/schedule';
import { categoryScores, rate, scoreOutcomes } from '../report/score';
import { moreSevere } from '../report/severity';
import { foldSuperseded } from '../report/supersede';
import { Budget, EVALUATION_LIMITS } from '../rule/limits';
import type { RuleOutcome, Subject } from '../rule/types';
import { parseAsOf } from './as-of';
import type { CompiledRule } from './compile';
import { PluginFacts } from './plugin-facts';
import {
  type DecideSubject,
  type RuleRun,
  runRuleAsync,
  runRuleSync,
  type SubjectResult,
} from './run-rules';

/** Options of one evaluation. */
export interface EvaluateOptions {
  /**
   * The evaluation date: a `Date`, `YYYY-MM-DD` or an ISO 8601 date-time with a time zone (see
   * `parseAsOf`). Defaults to now.
   */
  readonly asOf?: Date | string;
  /** Reject unknown keys in the search. */
  readonly strict?: boolean;
  /**
   * Comparisons the rules may evaluate in this evaluation, all together; a rule that would need
   * more ends with an `error` outcome, as does every rule after it. Default:
   * `EVALUATION_LIMITS.maxConditionEvaluations`.
   */
  readonly maxConditionEvaluations?: number;
  /**
   * Time allowed for this evaluation, in milliseconds. Rules still running after it end with an
   * `error` outcome; plugin facts that have not settled by then reject the evaluation. Without
   * it, rules are not timed and plugin facts get `EVALUATION_LIMITS.pluginFactTimeoutMs`.
   */
  readonly timeoutMs?: number;
  /**
   * Evaluate the search as it stood on `asOf`, ignoring what was recorded later (see
   * `restrictToAsOf`), as a history of past weeks needs. Off by default, so that records dated
   * after `asOf` are reported as data gaps.
   */
  readonly ignoreLaterRecords?: boolean;
}

/** A fact added by a plugin: computed once per evaluation from the parsed search and date. */
export interface CustomFact {
  /** Fact id used in conditions; must not clash with built-in facts. */
  readonly id: string;
  /** One line on what it holds. */
  readonly description?: string;
  /** Computes the value; `params` are the condition's `params`, if any. */
  readonly compute: (input: CustomFactInput, params: Readonly<Record<string, unknown>>) => unknown;
}

/** What a custom fact is computed from. */
export interface CustomFactInput {
  /** The parsed search. */
  readonly search: JobSearch;
  /** The evaluation date. */
  readonly asOf: Date;
}

/** Everything an evaluation needs besides the search, fixed when the advisor is created. */
export interface EvaluationSetup {
  readonly rules: readonly CompiledRule[];
  readonly categories: readonly CategoryDefinition[];
  readonly categoryWeights: Readonly<Record<string, number>>;
  readonly outlook: OutlookOptions;
  readonly facts: readonly CustomFact[];
  readonly docsBaseUrl: string;
  /** Most dated actions one advice gives. */
  readonly maxDatedActions: number;
  /** The fingerprint of the configuration (see `configFingerprint`), worked out once. */
  readonly configFingerprint: () => string;
  /** What the report reads of the rules in force, worked out once per advisor. */
  readonly ruleIndex: RuleIndex;
}

/** What the report reads of the rules in force, by rule id. */
export interface RuleIndex {
  /** Each rule's category. */
  readonly categoryOf: ReadonlyMap<string, string>;
  /**
   * Rules that guard the hunt itself (their `states` leave out `accepted`). Once an offer is
   * accepted they have done their job: they count as passed, so closing a few loops does not
   * read as a failing search.
   */
  readonly huntRules: ReadonlySet<string>;
}

/** The {@link RuleIndex} of some compiled rules. */
export function ruleIndexOf(rules: readonly CompiledRule[]): RuleIndex {
  return {
    categoryOf: new Map(rules.map((c) => [c.rule.id, c.rule.meta.category])),
    huntRules: new Set(
      rules.filter((c) => c.rule.meta.states?.includes('accepted') === false).map((c) => c.rule.id),
    ),
  };
}

/** Everything evaluated before the rules run: the date, the search, its facts and the limits. */
interface Prepared {
  readonly asOf: Date;
  readonly facts: EvaluationFacts;
  readonly plugins: PluginFacts;
  readonly budget: Budget;
}

/** A limit given in the options: a positive number, if given. */
function limit(value: number | undefined, name: string): number | undefined {
  if (value !== undefined && !(typeof value === 'number' && value > 0))
    throw new RangeError(`${name} must be a positive number, got ${JSON.stringify(value)}`);
  return value;
}

function prepare(input: unknown, setup: EvaluationSetup, options: EvaluateOptions): Prepared {
  const asOf = parseAsOf(options.asOf);
  const parsed = parseSearch(input, { strict: options.strict ?? false });
  const search = options.ignoreLaterRecords === true ? restrictToAsOf(parsed, asOf) : parsed;
  const budget = new Budget(
    limit(options.maxConditionEvaluations, 'maxConditionEvaluations') ??
      EVALUATION_LIMITS.maxConditionEvaluations,
    limit(options.timeoutMs, 'timeoutMs'),
  );
  const facts = computeFacts(search, asOf, setup.outlook);
  const plugins = new PluginFacts(setup.facts, { search, asOf }, setup.rules);
  return { asOf, facts, plugins, budget };
}

function conditionInput(prepared: Prepared, compiled: CompiledRule) {
  return {
    search: prepared.facts.search,
    options: compiled.options,
    pluginFact: prepared.plugins.read,
  };
}

/**
 * Evaluates a search with a fixed setup, synchronously, with the compiled evaluator. Used by
 * advisors; see `createAdvisor`.
 *
 * @throws TypeError when a plugin fact returns a promise (only `evaluate` can wait for it).
 */
export function evaluateSyncWithSetup(
  input: unknown,
  setup: EvaluationSetup,
  options: EvaluateOptions,
): HealthReport {
  return buildReport(runRulesSync(input, setup, options), setup);
}

function runRulesSync(input: unknown, setup: EvaluationSetup, options: EvaluateOptions): Ran {
  const prepared = prepare(input, setup, options);
  if (prepared.plugins.pending)
    throw new TypeError(
      'a plugin fact returned a promise; evaluate synchronously only with synchronous facts, or use evaluate()',
    );
  const runs = setup.rules.map((compiled) =>
    runRuleSync(compiled, prepared.facts, conditionInput(prepared, compiled), prepared.budget),
  );
  return ran(runs, prepared);
}

/**
 * Evaluates a search with a fixed setup. With `decide`, each subject is decided by that engine
 * (json-rules-engine); otherwise by the compiled evaluator. Used by advisors; see `createAdvisor`.
 */
export async function evaluateWithSetup(
  input: unknown,
  setup: EvaluationSetup,
  options: EvaluateOptions,
  decide?: DecideSubject<Promise<SubjectResult>>,
): Promise<HealthReport> {
  return buildReport(await runRulesAsync(input, setup, options, decide), setup);
}

async function runRulesAsync(
  input: unknown,
  setup: EvaluationSetup,
  options: EvaluateOptions,
  decide?: DecideSubject<Promise<SubjectResult>>,
): Promise<Ran> {
  const prepared = prepare(input, setup, options);
  await prepared.plugins.settle(options.timeoutMs ?? EVALUATION_LIMITS.pluginFactTimeoutMs);
  const runs: RuleRun[] = [];
  for (const compiled of setup.rules) {
    const values = conditionInput(prepared, compiled);
    runs.push(
      decide
        ? await runRuleAsync(compiled, prepared.facts, values, prepared.budget, decide)
        : runRuleSync(compiled, prepared.facts, values, prepared.budget),
    );
  }
  return ran(runs, prepared);
}

/**
 * The rule runs and what the report needs besides them. It holds no reference to the facts of
 * subjects no rule fired for, so a big search frees them before the report is built.
 */
interface Ran {
  readonly runs: readonly RuleRun[];
  readonly asOf: Date;
  readonly search: SearchFacts;
  readonly companyOf: (subject: Subject) => string | undefined;
}

/**
 * Finds the company a subject concerns among the subjects rules fired for. Advice looks up its
 * own subjects itself (see `buildAdvice`), so this index is built only for an action about a
 * subject outside its advice; it holds no facts of subjects no rule fired for.
 */
function firedCompanyLookup(runs: readonly RuleRun[]): (subject: Subject) => string | undefined {
  let byKey: Map<string, string> | undefined;
  const index = () => {
    const companies = new Map<string, string>();
    for (const run of runs)
      for (const fired of run.fired) {
        const company = companyOfFacts(fired.facts);
        if (company !== undefined)
          companies.set(`${run.compiled.rule.scope} ${String(fired.facts.id)}`, company);
      }
    return companies;
  };
  return (subject) => {
    if (subject.kind === 'company') return subject.id;
    byKey ??= index();
    return byKey.get(`${subject.kind} ${subject.id}`);
  };
}

function ran(runs: readonly RuleRun[], { asOf, facts }: Prepared): Ran {
  return { runs, asOf, search: facts.search, companyOf: firedCompanyLookup(runs) };
}

/** Folds, words, ranks and scores the rule runs into the report. */
function buildReport({ runs, asOf, search, companyOf }: Ran, setup: EvaluationSetup): HealthReport {
  const context = {
    search,
    asOf,
    docsBaseUrl: setup.docsBaseUrl,
    maxDatedActions: setup.maxDatedActions,
    companyOf,
  };
  const adviceByRule = new Map<string, DraftAdvice[]>();
  const outcomes: RuleOutcome[] = [];
  const folded = foldSuperseded(runs);
  for (const run of folded) {
    const { rule, severity } = run.compiled;
    let status = run.status;
    let detail = run.detail;
    let advice: DraftAdvice[] = [];
    try {
      advice = buildAdvice(run, context);
    } catch (error) {
      status = 'error';
      detail = `wording the advice failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    adviceByRule.set(rule.id, advice);
    const [first, ...rest] = run.firedBeforeFolding;
    outcomes.push({
      ruleId: rule.id,
      status,
      severity: first ? rest.reduce((s, f) => moreSevere(s, f.severity), first.severity) : severity,
      evaluated: run.evaluated,
      ...(detail !== undefined ? { detail } : {}),
      ...(run.mergedInto !== undefined ? { mergedInto: run.mergedInto } : {}),
    });
  }
  const outcomesWithIds = outcomes.map((outcome): RuleOutcome => {
    if (outcome.status !== 'advice') return outcome;
    const owner = outcome.mergedInto ?? outcome.ruleId;
    return { ...outcome, adviceIds: (adviceByRule.get(owner) ?? []).map((a) => a.advice.id) };
  });
  const advice = finishAdvice([...adviceByRule.values()].flat(), context);
  const huntOver = search.state === 'accepted';
  const { score, byCategory } = scoreOutcomes(
    outcomesWithIds,
    (id) => setup.ruleIndex.categoryOf.get(id) ?? 'other',
    setup.categoryWeights,
    (outcome) =>
      huntOver &&
      outcome.status === 'not-applicable' &&
      setup.ruleIndex.huntRules.has(outcome.ruleId),
  );
  return {
    asOf: asOf.toISOString(),
    packageVersion: PACKAGE_VERSION,
    configFingerprint: setup.configFingerprint(),
    score,
    // Outcomes keep the severity of folded advice, which the advice it went into may not show.
    rating: rate(score, [...advice, ...outcomesWithIds.filter((o) => o.status === 'advice')]),
    categories: categoryScores(setup.categories, byCategory, advice),
    metrics: search,
    advice,
    outcomes: outcomesWithIds,
  };
}
