import type { Fact } from 'json-rules-engine';
import type { EvaluationFacts } from '../facts/compute';
import { type CompiledRule, fixedFact, matchesSelector, runRule } from './compile';
import type { Evidence, OutcomeStatus, Scope, Severity } from './types';

/** One subject a rule fired for. */
export interface FiredSubject {
  readonly facts: Record<string, unknown> & { readonly id?: string };
  readonly severity: Severity;
  readonly evidence: readonly Evidence[];
}

/** What one rule did in one evaluation, before advice is worded. */
export interface RuleRun {
  readonly compiled: CompiledRule;
  readonly status: OutcomeStatus;
  readonly evaluated: number;
  readonly fired: FiredSubject[];
  readonly detail?: string;
}

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

function missingFields(subject: object, requires: readonly string[] | undefined): string[] {
  const record = subject as Record<string, unknown>;
  return (requires ?? []).filter((field) => record[field] === null || record[field] === undefined);
}

/**
 * The json-rules-engine facts of one evaluation, built once and shared by every rule: the search
 * facts, plugin facts, and each subject's facts (built on first use).
 */
export class RuntimeFacts {
  readonly #shared: readonly Fact[];
  readonly #subjects = new WeakMap<object, Fact>();

  /** @param search - the search facts. @param extra - plugin facts. */
  constructor(search: object, extra: readonly Fact[]) {
    this.#shared = [fixedFact('search', search), ...extra];
  }

  /** The facts a rule of `scope` sees for `subject`. */
  for(scope: Scope, subject: object): Fact[] {
    if (scope === 'search') return [...this.#shared];
    let fact = this.#subjects.get(subject);
    if (!fact) {
      fact = fixedFact(scope, subject);
      this.#subjects.set(subject, fact);
    }
    return [...this.#shared, fact];
  }
}

/**
 * Runs one rule over the selected subjects, sequentially (json-rules-engine's run status is
 * engine-wide). Errors thrown by the rule become an `error` outcome instead of escaping.
 */
export async function runOneRule(
  compiled: CompiledRule,
  facts: EvaluationFacts,
  runtime: RuntimeFacts,
): Promise<RuleRun> {
  const { rule } = compiled;
  const { state } = facts.search;
  if (rule.meta.states && !rule.meta.states.includes(state))
    return {
      compiled,
      status: 'not-applicable',
      evaluated: 0,
      fired: [],
      detail: `the search state is ${state}`,
    };
  const selected = subjectsOf(rule.scope, facts).filter((s) => matchesSelector(rule.select, s));
  if (selected.length === 0) return { compiled, status: 'not-applicable', evaluated: 0, fired: [] };
  const missing = new Set<string>();
  const ready = selected.filter((subject) => {
    const gaps = missingFields(subject, rule.requires);
    for (const gap of gaps) missing.add(gap);
    return gaps.length === 0;
  });
  if (ready.length === 0)
    return {
      compiled,
      status: 'needs-data',
      evaluated: 0,
      fired: [],
      detail: `missing ${[...missing].map((f) => `${rule.scope}.${f}`).join(', ')}`,
    };
  const fired: FiredSubject[] = [];
  try {
    for (const subject of ready) {
      const result = await runRule(
        compiled,
        { search: facts.search, subject },
        runtime.for(rule.scope, subject),
      );
      if (result.fired)
        fired.push({
          facts: subject as FiredSubject['facts'],
          severity: result.severity,
          evidence: result.evidence,
        });
    }
  } catch (error) {
    return {
      compiled,
      status: 'error',
      evaluated: ready.length,
      fired: [],
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  return {
    compiled,
    status: fired.length > 0 ? 'advice' : 'passed',
    evaluated: ready.length,
    fired,
  };
}
