import { SearchValidationError } from './errors';
import { fromZodIssues, type ValidationIssue } from './issues';
import { checkReferences } from './references';
import { type JobSearch, JobSearchSchema } from './schemas';
import { findUnknownKeys } from './unknown-keys';

/** Options for {@link parseSearch} and {@link safeParseSearch}. */
export interface ParseOptions {
  /**
   * Reject keys the model does not know. By default they are ignored, and listed in the
   * result's `warnings` with the key they were probably meant as.
   */
  readonly strict?: boolean;
}

/** The result of {@link safeParseSearch}. */
export type SafeParseSearchResult =
  | {
      /** The input is valid. */
      readonly success: true;
      /** The parsed search. */
      readonly data: JobSearch;
      /** Keys the model does not know, which were ignored: each is likely a typo. */
      readonly warnings: readonly ValidationIssue[];
    }
  | {
      /** The input is invalid. */
      readonly success: false;
      /** Every problem found, in `error.issues`. */
      readonly error: SearchValidationError;
      /** Keys the model does not know (without `strict`; with it they are errors). */
      readonly warnings: readonly ValidationIssue[];
    };

/**
 * Validates a job search and returns it parsed, without throwing. Every problem is reported:
 * wrong types, missing fields, invalid dates, out-of-range numbers, duplicate ids and references
 * to ids that do not exist; unknown keys are `warnings` (errors when `strict`). The input is
 * never modified.
 */
export function safeParseSearch(input: unknown, options: ParseOptions = {}): SafeParseSearchResult {
  const parsed = JobSearchSchema.safeParse(input, { reportInput: true });
  const unknown = unknownSearchKeys(input);
  const strict = options.strict === true;
  const issues = [
    ...(parsed.success ? [] : fromZodIssues(parsed.error.issues)),
    ...checkReferences(input),
    ...(strict ? unknown : []),
  ];
  const warnings = strict ? [] : unknown;
  if (issues.length > 0 || !parsed.success)
    return { success: false, error: new SearchValidationError(issues), warnings };
  return { success: true, data: parsed.data, warnings };
}

/**
 * Validates a job search and returns it parsed (dates as `Date`, lists present).
 *
 * @throws {@link SearchValidationError} listing every problem, each with its path.
 */
export function parseSearch(input: unknown, options: ParseOptions = {}): JobSearch {
  const result = safeParseSearch(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Keys of a search the model does not know, each with the key it was probably meant as
 * (`repliedat` → `repliedAt`). Parsing ignores them (or rejects them when strict); this lists
 * them without parsing, for a warning.
 */
export function unknownSearchKeys(input: unknown): ValidationIssue[] {
  return findUnknownKeys(JobSearchSchema, input);
}
