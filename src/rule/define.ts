import type * as z from 'zod/v4/mini';
import type { Scope } from '../facts/scope';
import { JobSearchHealthValidationError } from '../model/errors';
import type { IssueInput } from '../model/issues';
import type { CategoryDefinition } from '../report/categories';
import { checkRuleSet } from './check-rule-set';
import type { AnyRule, Conditions, Rule } from './types';

/** A rule as written with {@link defineRule}: like {@link Rule}, with its options schema. */
export type RuleDefinition<
  S extends Scope,
  T extends z.core.$ZodType<Record<string, unknown>>,
> = Omit<Rule<S, z.output<T>>, 'options'> & {
  /** Options schema; give every option a default (`z.number().default(7)`). */
  readonly options: T;
};

/**
 * Defines a rule in TypeScript with full inference: the options type flows from the zod schema
 * into `message`, `actions` and the rest.
 */
export function defineRule<S extends Scope, T extends z.core.$ZodType<Record<string, unknown>>>(
  definition: RuleDefinition<S, T>,
): Rule<S, z.output<T>> {
  // `T` is a zod schema whose output is exactly `z.output<T>`, which TypeScript cannot relate.
  return definition as unknown as Rule<S, z.output<T>>;
}

/** A named collection of rules, optionally with categories of its own. */
export interface RuleSet {
  /** Name of the set, e.g. `recommended` or `acme`. */
  readonly name: string;
  /** When set, every rule id must start with `namespace/`. */
  readonly namespace?: string;
  /** The rules. */
  readonly rules: readonly AnyRule[];
  /** Categories the rules use beyond the built-in ones. */
  readonly categories?: readonly CategoryDefinition[];
  /** Shared conditions, referenced from this set's rules as `{ "condition": name }`. */
  readonly conditions?: Readonly<Record<string, Conditions>>;
}

/**
 * Thrown when a rule set is malformed: `issues` lists every problem, each with its path (such
 * as `rules[2].id`). A {@link JobSearchHealthValidationError}, so `isValidationError` knows it.
 */
export class RuleSetError extends JobSearchHealthValidationError {
  /** @param name - the rule set's name. @param issues - every problem found. */
  constructor(name: string, issues: readonly IssueInput[]) {
    super(`Invalid rule set "${name}"`, issues);
    this.name = 'RuleSetError';
  }
}

/**
 * Defines a rule set, checking that rule ids are unique and inside its namespace. What its rules
 * refer to is checked by `createAdvisor`, which knows the plugins they may use.
 */
export function defineRuleSet(set: RuleSet): RuleSet {
  const { issues } = checkRuleSet(set);
  if (issues.length > 0) throw new RuleSetError(set.name, issues);
  return set;
}
