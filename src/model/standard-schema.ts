import { safeParseSearch } from './parse';
import type { JobSearch, JobSearchInput } from './schemas';

/**
 * The Standard Schema interface (version 1, https://standardschema.dev), which form and server
 * libraries accept in place of their own validators. Written out here, as the specification
 * suggests, so that using it needs no extra package.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}

/** Types of the Standard Schema interface. */
export declare namespace StandardSchemaV1 {
  /** What a Standard Schema validator provides. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version of the specification: 1. */
    readonly version: 1;
    /** Who made the validator. */
    readonly vendor: string;
    /** Validates a value. */
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    /** The input and output types, for type inference only. */
    readonly types?: Types<Input, Output> | undefined;
  }
  /** The result of validating: the value, or the issues. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;
  /** A valid value. */
  export interface SuccessResult<Output> {
    /** The parsed value. */
    readonly value: Output;
    /** Absent on success. */
    readonly issues?: undefined;
  }
  /** An invalid value. */
  export interface FailureResult {
    /** Every problem found. */
    readonly issues: readonly Issue[];
  }
  /** One problem. */
  export interface Issue {
    /** What is wrong. */
    readonly message: string;
    /** Where it is: keys and indexes from the root. */
    readonly path?: readonly (PropertyKey | PathSegment)[] | undefined;
  }
  /** A path segment written as an object. */
  export interface PathSegment {
    /** The key. */
    readonly key: PropertyKey;
  }
  /** The input and output types. */
  export interface Types<Input = unknown, Output = Input> {
    /** The input type. */
    readonly input: Input;
    /** The output type. */
    readonly output: Output;
  }
}

/**
 * A Standard Schema validator of a whole search: the same checks as {@link safeParseSearch}
 * (types, dates, ranges, duplicate ids and references), so libraries that take a Standard
 * Schema (form libraries, tRPC, Hono's validator, …) can validate a search directly.
 *
 * @example
 * ```ts
 * const result = await searchStandardSchema['~standard'].validate(input);
 * if (result.issues) for (const issue of result.issues) console.log(issue.path, issue.message);
 * ```
 */
export const searchStandardSchema: StandardSchemaV1<JobSearchInput, JobSearch> = {
  '~standard': {
    version: 1,
    vendor: 'job-search-health',
    validate(value) {
      const result = safeParseSearch(value);
      if (result.success) return { value: result.data };
      return {
        issues: result.error.issues.map((issue) => ({
          message: issue.message,
          path: issue.keys ?? [],
        })),
      };
    },
  },
};
