import { Fact } from 'json-rules-engine';
import { computeFacts } from '../facts/compute';
import type { OutlookOptions } from '../facts/outlook';
import { parseSearch } from '../model/parse';
import type { JobSearch } from '../model/schemas';
import { buildAdvice, type DraftAdvice, finishAdvice } from './advice';
import type { CategoryDefinition } from './categories';
import type { CompiledRule } from './compile';
import type { HealthReport } from './report';
import { type RuleRun, RuntimeFacts, runOneRule } from './run-rules';
import { companyLookup } from './schedule';
import { categoryScores, rate, scoreOutcomes } from './score';
import { moreSevere } from './severity';
import { foldSuperseded } from './supersede';
import type { RuleOutcome } from './types';

/** Options of one evaluation. */
export interface EvaluateOptions {
  /** The evaluation date: a `Date` or an ISO 8601 string. Defaults to now. */
  readonly asOf?: Date | string;
  /** Reject unknown keys in the search. */
  readonly strict?: boolean;
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
}

/** Resolves the `asOf` option to a valid date. */
export function resolveAsOf(asOf: Date | string | undefined): Date {
  const date = asOf === undefined ? new Date() : new Date(asOf);
  if (Number.isNaN(date.getTime()))
    throw new RangeError(
      `asOf must be a valid date or ISO 8601 string, got ${JSON.stringify(String(asOf))}`,
    );
  return date;
}

/**
 * Wraps the plugin facts as json-rules-engine facts. Each is computed lazily, at most once per
 * evaluation and set of `params`; one that throws fails only the rules that read it.
 */
function customFacts(facts: readonly CustomFact[], input: CustomFactInput): Fact[] {
  return facts.map((fact) => {
    const cache = new Map<string, unknown>();
    // Cached here per evaluation, so json-rules-engine's own per-run cache is off.
    const compute = (params: Record<string, unknown>) => {
      const key = JSON.stringify(params ?? {});
      if (!cache.has(key)) {
        try {
          cache.set(key, fact.compute(input, params ?? {}));
        } catch (error) {
          throw new Error(
            `custom fact "${fact.id}" failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      return cache.get(key);
    };
    return new Fact(fact.id, compute, { cache: false });
  });
}

/** Evaluates a search with a fixed setup. Used by advisors; see `createAdvisor`. */
export async function evaluateWithSetup(
  input: unknown,
  setup: EvaluationSetup,
  options: EvaluateOptions,
): Promise<HealthReport> {
  const asOf = resolveAsOf(options.asOf);
  const search = parseSearch(input, { strict: options.strict ?? false });
  const facts = computeFacts(search, asOf, setup.outlook);
  const runtime = new RuntimeFacts(facts.search, customFacts(setup.facts, { search, asOf }));
  const runs: RuleRun[] = [];
  for (const compiled of setup.rules) {
    runs.push(await runOneRule(compiled, facts, runtime));
  }

  const context = {
    search: facts.search,
    asOf,
    docsBaseUrl: setup.docsBaseUrl,
    maxDatedActions: setup.maxDatedActions,
    companyOf: companyLookup(facts),
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
  const categoryOf = new Map(setup.rules.map((c) => [c.rule.id, c.rule.meta.category]));
  const { score, byCategory } = scoreOutcomes(
    outcomesWithIds,
    (id) => categoryOf.get(id) ?? 'other',
    setup.categoryWeights,
  );
  return {
    asOf: asOf.toISOString(),
    score,
    rating: rate(score, advice),
    categories: categoryScores(setup.categories, byCategory, advice),
    metrics: facts.search,
    advice,
    outcomes: outcomesWithIds,
  };
}
