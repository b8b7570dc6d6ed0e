import type { HealthReport } from '../report/report';
import { SEVERITY_RANK } from '../report/severity';
import type { Severity } from '../rule/types';

/** Whether `severity` is `threshold` or more serious. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/**
 * The report with only the advice at `minSeverity` or above. Everything else (score, rating,
 * categories, metrics, outcomes) is left as evaluated, so the score still reflects all advice.
 * The report given is not modified.
 */
export function filterAdvice(report: HealthReport, minSeverity: Severity): HealthReport {
  return { ...report, advice: report.advice.filter((a) => isAtLeast(a.severity, minSeverity)) };
}
