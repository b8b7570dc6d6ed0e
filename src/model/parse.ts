import { SearchValidationError } from './errors';
import { fromZodIssues } from './issues';
import { checkReferences } from './references';
import { type JobSearch, JobSearchSchema, strictSchemas } from './schemas';

/** Options for {@link parseSearch} and {@link safeParseSearch}. */
export interface ParseOptions {
  /** Reject keys the model does not know (by default they are ignored). */
  readonly strict?: boolean;
}

/** The result of {@link safeParseSearch}. */
export type SafeParseSearchResult =
  | {
      /** The input is valid. */
      readonly success: true;
      /** The parsed search. */
      readonly data: JobSearch;
    }
  | {
      /** The input is invalid. */
      readonly success: false;
      /** Every problem found, in `error.issues`. */
      readonly error: SearchValidationError;
    };

/**
 * Validates a job search and returns it parsed, without throwing. Every problem is reported:
 * wrong types, missing fields, invalid dates, out-of-range numbers, duplicate ids and references
 * to ids that do not exist. The input is never modified.
 */
export function safeParseSearch(input: unknown, options: ParseOptions = {}): SafeParseSearchResult {
  const schema = options.strict === true ? strictSchemas.search : JobSearchSchema;
  const parsed = schema.safeParse(input, { reportInput: true });
  const issues = [
    ...(parsed.success ? [] : fromZodIssues(parsed.error.issues)),
    ...checkReferences(input),
  ];
  if (issues.length > 0 || !parsed.success)
    return { success: false, error: new SearchValidationError(issues) };
  return { success: true, data: parsed.data };
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
