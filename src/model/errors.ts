import { terminalSafe } from '../format/terminal';
import { formatIssues, type IssueInput, type ValidationIssue } from './issues';

/** Marks errors of this package, whichever of its builds (ES module or CommonJS) made them. */
const BRAND = Symbol.for('job-search-health.validation-error');

/** Errors quote ids, keys and values: every character of them should be seen. */
const SHOW_ALL = { showInvisible: true } as const;

/**
 * The base of this package's validation errors — {@link SearchValidationError}, `ConfigError`
 * and `RuleSetError` — so one `catch` handles them all: `issues` lists every problem, each with
 * its `path`, `code` and `message`. Use {@link isValidationError} rather than `instanceof` when
 * the error may come from the other build (an ES module app loading a CommonJS dependency of it,
 * or the reverse): each build has its own copy of the class.
 *
 * Paths and messages echo input (ids, keys, values, names), so every control, escape and bidi
 * character in them, and every zero-width one, is shown as an escape such as `\u001b` (see
 * `terminalSafe`): printing the error cannot clear a screen, move the cursor, reorder a line or
 * hide a character. `keys` keep the raw keys.
 */
export class JobSearchHealthValidationError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];
  /** Set on every instance, so {@link isValidationError} works across builds. */
  readonly [BRAND] = true;

  /**
   * @param heading - what was invalid, e.g. `Invalid job search`.
   * @param issues - every problem found; must not be empty. Those without a `code` get
   * `invalid`.
   */
  constructor(heading: string, issues: readonly IssueInput[]) {
    const visible = issues.map(
      (issue): ValidationIssue => ({
        ...issue,
        path: terminalSafe(issue.path, SHOW_ALL),
        code: issue.code ?? 'invalid',
        message: terminalSafe(issue.message, SHOW_ALL),
      }),
    );
    const count = visible.length === 1 ? '1 problem' : `${visible.length} problems`;
    super(`${terminalSafe(heading, SHOW_ALL)} (${count}):\n${formatIssues(visible)}`);
    this.name = 'JobSearchHealthValidationError';
    this.issues = visible;
  }
}

/**
 * Thrown when a search file is invalid. `issues` lists every problem found, each with the path
 * of the offending value; the message lists them too, so it reads well when printed alone.
 */
export class SearchValidationError extends JobSearchHealthValidationError {
  /** @param issues - every problem found; must not be empty. */
  constructor(issues: readonly IssueInput[]) {
    super('Invalid job search', issues);
    this.name = 'SearchValidationError';
  }
}

/**
 * Whether `error` is a validation error of this package ({@link SearchValidationError},
 * `ConfigError` or `RuleSetError`), from either of its builds: it checks a mark registered with
 * `Symbol.for`, which both builds share, where `instanceof` would compare two copies of the
 * class. Check `error.name` to tell which kind.
 */
export function isValidationError(error: unknown): error is JobSearchHealthValidationError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { [BRAND]?: unknown })[BRAND] === true &&
    Array.isArray((error as { issues?: unknown }).issues)
  );
}
