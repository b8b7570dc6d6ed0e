import { formatIssues, type ValidationIssue } from './issues';

/** Marks errors of this package, whichever of its builds (ES module or CommonJS) made them. */
const BRAND = Symbol.for('job-search-health.validation-error');

/**
 * The base of this package's validation errors: `issues` lists every problem, each with its
 * `path`, `code` and `message`. Use {@link isValidationError} rather than `instanceof` when the
 * error may come from the other build (an ES module app loading a CommonJS dependency of it,
 * or the reverse): each build has its own copy of the class.
 */
export class JobSearchHealthValidationError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];
  /** Set on every instance, so {@link isValidationError} works across builds. */
  readonly [BRAND] = true;

  /**
   * @param heading - what was invalid, e.g. `Invalid job search`.
   * @param issues - every problem found; must not be empty.
   */
  constructor(heading: string, issues: readonly ValidationIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`${heading} (${count}):\n${formatIssues(issues)}`);
    this.name = 'JobSearchHealthValidationError';
    this.issues = issues;
  }
}

/**
 * Thrown when a search file is invalid. `issues` lists every problem found, each with the path
 * of the offending value; the message lists them too, so it reads well when printed alone.
 */
export class SearchValidationError extends JobSearchHealthValidationError {
  /** @param issues - every problem found; must not be empty. */
  constructor(issues: readonly ValidationIssue[]) {
    super('Invalid job search', issues);
    this.name = 'SearchValidationError';
  }
}

/**
 * Whether `error` is a validation error of this package (such as {@link SearchValidationError}),
 * from either of its builds. Check `error.name` to tell which kind.
 */
export function isValidationError(error: unknown): error is JobSearchHealthValidationError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { [BRAND]?: unknown })[BRAND] === true &&
    Array.isArray((error as { issues?: unknown }).issues)
  );
}
