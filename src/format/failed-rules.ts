import type { HealthReport } from '../report/report';
import { count } from './labels';

/** A rule that could not run in an evaluation, and why. */
export interface FailedRule {
  /** The rule id. */
  readonly ruleId: string;
  /** What went wrong, naming the condition where known. */
  readonly detail: string;
}

/** The rules of a report that could not run (`error` outcomes), in evaluation order. */
export function failedRules(report: HealthReport): FailedRule[] {
  return report.outcomes
    .filter((o) => o.status === 'error')
    .map((o) => ({ ruleId: o.ruleId, detail: o.detail ?? 'no detail given' }));
}

/** The heading over failed rules, such as `1 rule could not run`. */
export function failedRulesHeading(failed: readonly FailedRule[]): string {
  return `${count(failed.length, 'rule')} could not run`;
}
