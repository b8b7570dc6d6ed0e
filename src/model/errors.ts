import { formatIssues, type ValidationIssue } from './issues';

/**
 * Thrown when a search file is invalid. `issues` lists every problem found, each with the path
 * of the offending value; the message lists them too, so it reads well when printed alone.
 */
export class SearchValidationError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  /** @param issues - every problem found; must not be empty. */
  constructor(issues: readonly ValidationIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid job search (${count}):\n${formatIssues(issues)}`);
    this.name = 'SearchValidationError';
    this.issues = issues;
  }
}
