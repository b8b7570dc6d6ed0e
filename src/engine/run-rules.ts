import type { EvaluationFacts } from '../facts/compute';
import type { Scope } from '../facts/scope';
import type { Budget } from '../rule/limits';
import type { Evidence, OutcomeStatus, Severity } from '../rule/types';
import type { CompiledCase, CompiledRule } from './compile';
import type { ConditionInput } from './evaluator';
import { Trace } from './evaluator';
import { passesPrefilter } from './prefilter';
import { describeRuleFailure } from './rule-failure';

/**
 * The evidence of one subject, built when asked for: a big search fires rules for many subjects,
 * and the advice shows the evidence of only some of them (see `buildAdvice`).
 */
export type LazyEvidence = () => readonly Evidence[];

/** One subject a rule fired for. */
export interface FiredSubject {
  readonly facts: Record<string, unknown> & { readonly id?: string };
  readonly severity: Severity;
  readonly evidence: LazyEvidence;
}

/** What one rule did in one evaluation, before advice is worded. */
export interface RuleRun {
  readonly compiled: CompiledRule;
  readonly status: OutcomeStatus;
  readonly evaluated: number;
  readonly fired: FiredSubject[];
  readonly detail?: string;
}

/** The verdict on one subject, and how many comparisons the engine evaluated to reach it. */
export interface SubjectResult {
  readonly fired: boolean;
  readonly severity?: Severity;
  readonly evidence?: LazyEvidence;
  readonly comparisons: number;
}

/** Decides one subject: the compiled evaluator or json-rules-engine. */
export type DecideSubject<R> = (compiled: CompiledRule, input: ConditionInput) => R;

/** The subjects of a scope in an evaluation. */
export function subjectsOf(scope: Scope, facts: EvaluationFacts): readonly object[] {
  switch (scope) {
    case 'search':
      return [facts.search];
    case 'application':
      return facts.applications;
    case 'referral':
      return facts.referrals;
    case 'message':
      return facts.messages;
    case 'interview':
      return facts.interviews;
    case 'offer':
      return facts.offers;
  }
}

const NONE_MISSING: readonly string[] = [];

function missingFields(
  subject: object,
  requires: readonly string[] | undefined,
): readonly string[] {
  const record = subject as Record<string, unknown>;
  const isMissing = (field: string) => record[field] === null || record[field] === undefined;
  // No array per subject when nothing is missing: rules judge every subject of a big search.
  if (requires === undefined || !requires.some(isMissing)) return NONE_MISSING;
  return requires.filter(isMissing);
}

const NO_EVIDENCE: LazyEvidence = () => [];

const NOT_FIRED: SubjectResult = { fired: false, comparisons: 0 };

/**
 * The evidence of a subject the compiled evaluator fired for, worked out again when asked for:
 * the conditions are pure, so a second run records the same values, and a big search keeps no
 * trace per fired subject while the other rules run. `severityCase` is the case that held, if any.
 */
function evidenceLater(
  compiled: CompiledRule,
  input: ConditionInput,
  severityCase: CompiledCase | undefined,
): LazyEvidence {
  return () => {
    const trace = new Trace();
    compiled.conditions.run(input, trace);
    const evidence = compiled.conditions.evidence(trace);
    if (severityCase === undefined) return evidence;
    const caseTrace = new Trace();
    severityCase.conditions.run(input, caseTrace);
    return [...evidence, ...severityCase.conditions.evidence(caseTrace)];
  };
}

/**
 * Decides one subject with the compiled evaluator: the prefilter first, then the conditions and,
 * where the rule fired, every severity case (the first that holds wins).
 */
export function decideCompiled(compiled: CompiledRule, input: ConditionInput): SubjectResult {
  if (!passesPrefilter(compiled.prefilter, input)) return NOT_FIRED;
  const trace = new Trace();
  if (!compiled.conditions.run(input, trace))
    return { fired: false, comparisons: trace.comparisons };
  let comparisons = trace.comparisons;
  let hit: CompiledCase | undefined;
  // Every case is evaluated, as json-rules-engine runs them side by side.
  for (const severityCase of compiled.cases) {
    const caseTrace = new Trace();
    const holds = severityCase.conditions.run(input, caseTrace);
    comparisons += caseTrace.comparisons;
    if (holds && !hit) hit = severityCase;
  }
  // The caller may reuse its input object for the next subject: the evidence keeps its own.
  const evidence = evidenceLater(compiled, { ...input }, hit);
  return { fired: true, severity: hit?.severity ?? compiled.severity, evidence, comparisons };
}

type Selection = { readonly done: RuleRun } | { readonly ready: readonly object[] };

/** The subjects a rule judges: selected, with every required field known. */
function select(compiled: CompiledRule, facts: EvaluationFacts): Selection {
  const { rule } = compiled;
  const { state } = facts.search;
  if (rule.meta.states && !rule.meta.states.includes(state))
    return {
      done: {
        compiled,
        status: 'not-applicable',
        evaluated: 0,
        fired: [],
        detail: `the search state is ${state}`,
      },
    };
  const selected = subjectsOf(rule.scope, facts).filter(compiled.selects);
  if (selected.length === 0)
    return { done: { compiled, status: 'not-applicable', evaluated: 0, fired: [] } };
  const missing = new Set<string>();
  const ready = selected.filter((subject) => {
    const gaps = missingFields(subject, rule.requires);
    for (const gap of gaps) missing.add(gap);
    return gaps.length === 0;
  });
  if (ready.length === 0)
    return {
      done: {
        compiled,
        status: 'needs-data',
        evaluated: 0,
        fired: [],
        detail: `missing ${[...missing].map((f) => `${rule.scope}.${f}`).join(', ')}`,
      },
    };
  return { ready };
}

function failed(compiled: CompiledRule, evaluated: number, error: unknown): RuleRun {
  return {
    compiled,
    status: 'error',
    evaluated,
    fired: [],
    detail: describeRuleFailure(compiled.rule, error),
  };
}

function collect(fired: FiredSubject[], subject: object, result: SubjectResult): void {
  if (result.fired)
    fired.push({
      facts: subject as FiredSubject['facts'],
      severity: result.severity as Severity,
      evidence: result.evidence ?? NO_EVIDENCE,
    });
}

function finished(compiled: CompiledRule, evaluated: number, fired: FiredSubject[]): RuleRun {
  return { compiled, status: fired.length > 0 ? 'advice' : 'passed', evaluated, fired };
}

/**
 * Runs one rule over its subjects with the compiled evaluator. Errors thrown by the rule, and an
 * exhausted budget or deadline, become an `error` outcome instead of escaping.
 */
export function runRuleSync(
  compiled: CompiledRule,
  facts: EvaluationFacts,
  input: Omit<ConditionInput, 'subject'>,
  budget: Budget,
): RuleRun {
  const selection = select(compiled, facts);
  if ('done' in selection) return selection.done;
  const fired: FiredSubject[] = [];
  // One input object per rule, its subject changed in turn: no copy per subject.
  const values: { -readonly [K in keyof ConditionInput]: ConditionInput[K] } = {
    ...input,
    subject: undefined,
  };
  try {
    budget.check();
    for (const subject of selection.ready) {
      values.subject = subject;
      const result = decideCompiled(compiled, values);
      budget.spend(result.comparisons);
      collect(fired, subject, result);
    }
  } catch (error) {
    return failed(compiled, selection.ready.length, error);
  }
  return finished(compiled, selection.ready.length, fired);
}

/** Runs one rule over its subjects with an asynchronous engine (json-rules-engine), in turn. */
export async function runRuleAsync(
  compiled: CompiledRule,
  facts: EvaluationFacts,
  input: Omit<ConditionInput, 'subject'>,
  budget: Budget,
  decide: DecideSubject<Promise<SubjectResult>>,
): Promise<RuleRun> {
  const selection = select(compiled, facts);
  if ('done' in selection) return selection.done;
  const fired: FiredSubject[] = [];
  try {
    budget.check();
    for (const subject of selection.ready) {
      const values = { ...input, subject };
      const result = passesPrefilter(compiled.prefilter, values)
        ? await decide(compiled, values)
        : NOT_FIRED;
      budget.spend(result.comparisons);
      collect(fired, subject, result);
    }
  } catch (error) {
    return failed(compiled, selection.ready.length, error);
  }
  return finished(compiled, selection.ready.length, fired);
}
