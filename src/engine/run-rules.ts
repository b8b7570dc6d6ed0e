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
 * Decides one subject with the compiled evaluator: the prefilter first, then the conditions and,
 * where the rule fired, every severity case (the first that holds wins). Returns `false` when the
 * rule did not fire, else the case that held or `true`: nothing is allocated per subject. The
 * comparisons made are added to `trace.comparisons`; its other slots are never read here, so a
 * rule passes one trace from subject to subject (evidence is traced afresh, see
 * {@link CompiledFiring}).
 */
function decideCompiled(
  compiled: CompiledRule,
  input: ConditionInput,
  trace: Trace,
): CompiledCase | boolean {
  if (!passesPrefilter(compiled.prefilter, input)) return false;
  if (!compiled.conditions.run(input, trace)) return false;
  let hit: CompiledCase | undefined;
  // Every case is evaluated, as json-rules-engine runs them side by side.
  for (const severityCase of compiled.cases)
    if (severityCase.conditions.run(input, trace) && !hit) hit = severityCase;
  return hit ?? true;
}

/** A rule as it ran over its subjects: what a firing needs to work its evidence out again. */
interface CompiledRuleRun {
  readonly compiled: CompiledRule;
  /** The rule's input, whose subject changes in turn: a firing supplies its own. */
  readonly input: ConditionInput;
}

/**
 * A subject the compiled evaluator fired for. Its evidence is worked out again when asked for:
 * the conditions are pure, so a second run records the same values, and a big search keeps no
 * trace, input or closure per fired subject while the other rules run (about 100,000 subjects
 * fire at 100,000 applications). Call `evidence` on the firing, not detached from it.
 */
class CompiledFiring implements FiredSubject {
  readonly severity: Severity;

  constructor(
    readonly facts: FiredSubject['facts'],
    private readonly run: CompiledRuleRun,
    private readonly severityCase: CompiledCase | undefined,
  ) {
    this.severity = severityCase?.severity ?? run.compiled.severity;
  }

  evidence(): readonly Evidence[] {
    const { compiled, input } = this.run;
    const at: ConditionInput = { ...input, subject: this.facts };
    const trace = new Trace();
    compiled.conditions.run(at, trace);
    const evidence = compiled.conditions.evidence(trace);
    if (this.severityCase === undefined) return evidence;
    const caseTrace = new Trace();
    this.severityCase.conditions.run(at, caseTrace);
    return [...evidence, ...this.severityCase.conditions.evidence(caseTrace)];
  }
}

/**
 * A rule's pass over the subjects of its scope, counting those it selects and those it can judge
 * (selected, with every required field known) as it goes. No list of subjects is built per rule:
 * at 100,000 applications each such list is a large object of its own, dozens per evaluation,
 * all kept until the heap's next full collection.
 */
class SubjectWalk {
  readonly subjects: readonly object[];
  #selected = 0;
  #judged = 0;
  readonly #missing = new Set<string>();

  constructor(
    readonly compiled: CompiledRule,
    facts: EvaluationFacts,
  ) {
    this.subjects = subjectsOf(compiled.rule.scope, facts);
  }

  /** Whether the rule judges `subject`, which is counted. */
  judges(subject: object): boolean {
    if (!this.compiled.selects(subject)) return false;
    this.#selected += 1;
    const gaps = missingFields(subject, this.compiled.rule.requires);
    for (const gap of gaps) this.#missing.add(gap);
    if (gaps.length > 0) return false;
    this.#judged += 1;
    return true;
  }

  /**
   * Checks the budget before the first subject judged: a rule with nothing to judge ends as
   * not applicable or needing data even once the evaluation is out of budget.
   */
  checkBudgetOnce(budget: Budget): void {
    // Called right after `judges` says yes, so the first subject judged is the one just counted.
    if (this.#judged === 1) budget.check();
  }

  /** The run when judging the subject at `index` failed: it counts how many the rule had to judge. */
  failed(index: number, error: unknown): RuleRun {
    for (let i = index + 1; i < this.subjects.length; i++) this.judges(this.subjects[i] as object);
    return {
      compiled: this.compiled,
      status: 'error',
      evaluated: this.#judged,
      fired: [],
      detail: describeRuleFailure(this.compiled.rule, error),
    };
  }

  /** The run once every subject was walked. */
  finished(fired: FiredSubject[]): RuleRun {
    const { compiled } = this;
    if (this.#selected === 0)
      return { compiled, status: 'not-applicable', evaluated: 0, fired: [] };
    if (this.#judged === 0) {
      const scope = compiled.rule.scope;
      const missing = [...this.#missing].map((field) => `${scope}.${field}`).join(', ');
      return {
        compiled,
        status: 'needs-data',
        evaluated: 0,
        fired: [],
        detail: `missing ${missing}`,
      };
    }
    return {
      compiled,
      status: fired.length > 0 ? 'advice' : 'passed',
      evaluated: this.#judged,
      fired,
    };
  }
}

/** The run of a rule that does not apply in the search's state, or undefined when it does. */
function outOfState(compiled: CompiledRule, facts: EvaluationFacts): RuleRun | undefined {
  const { states } = compiled.rule.meta;
  const { state } = facts.search;
  if (!states || states.includes(state)) return undefined;
  return {
    compiled,
    status: 'not-applicable',
    evaluated: 0,
    fired: [],
    detail: `the search state is ${state}`,
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
  const skipped = outOfState(compiled, facts);
  if (skipped) return skipped;
  const walk = new SubjectWalk(compiled, facts);
  const { subjects } = walk;
  const fired: FiredSubject[] = [];
  // One input object per rule, its subject changed in turn: no copy per subject.
  const values: { -readonly [K in keyof ConditionInput]: ConditionInput[K] } = {
    ...input,
    subject: undefined,
  };
  const trace = new Trace();
  const run: CompiledRuleRun = { compiled, input: values };
  for (let index = 0; index < subjects.length; index++) {
    const subject = subjects[index] as object;
    if (!walk.judges(subject)) continue;
    try {
      walk.checkBudgetOnce(budget);
      values.subject = subject;
      trace.comparisons = 0;
      const decision = decideCompiled(compiled, values, trace);
      budget.spend(trace.comparisons);
      if (decision !== false)
        fired.push(
          new CompiledFiring(
            subject as FiredSubject['facts'],
            run,
            decision === true ? undefined : decision,
          ),
        );
    } catch (error) {
      return walk.failed(index, error);
    }
  }
  return walk.finished(fired);
}

/** Runs one rule over its subjects with an asynchronous engine (json-rules-engine), in turn. */
export async function runRuleAsync(
  compiled: CompiledRule,
  facts: EvaluationFacts,
  input: Omit<ConditionInput, 'subject'>,
  budget: Budget,
  decide: DecideSubject<Promise<SubjectResult>>,
): Promise<RuleRun> {
  const skipped = outOfState(compiled, facts);
  if (skipped) return skipped;
  const walk = new SubjectWalk(compiled, facts);
  const { subjects } = walk;
  const fired: FiredSubject[] = [];
  for (let index = 0; index < subjects.length; index++) {
    const subject = subjects[index] as object;
    if (!walk.judges(subject)) continue;
    try {
      walk.checkBudgetOnce(budget);
      const values = { ...input, subject };
      const result = passesPrefilter(compiled.prefilter, values)
        ? await decide(compiled, values)
        : NOT_FIRED;
      budget.spend(result.comparisons);
      collect(fired, subject, result);
    } catch (error) {
      return walk.failed(index, error);
    }
  }
  return walk.finished(fired);
}
