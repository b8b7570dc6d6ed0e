/**
 * Limits on rule sets loaded from JSON. They keep a hostile or broken rule set from exhausting
 * memory or the stack; every one is documented in docs/custom-rules.md.
 */
export const RULE_SET_LIMITS = {
  /** Rules in one rule set. */
  maxRules: 200,
  /** Shared (named) conditions in one rule set. */
  maxSharedConditions: 50,
  /** Nesting depth of a condition tree (`all` / `any` / `not` levels). */
  maxConditionDepth: 10,
  /** Condition nodes in one rule, severity cases and shared conditions it uses included. */
  maxConditionNodes: 200,
  /** Items in any array (children of `all` / `any`, values compared with `in`, ...). */
  maxArrayItems: 100,
  /** Characters in a message template, rationale or description. */
  maxTextLength: 2000,
  /** Characters in an id, name, fact, operator or path. */
  maxNameLength: 200,
  /** Nesting depth of any JSON value in the rule set, checked before anything else. */
  maxJsonDepth: 32,
  /** Options per rule. */
  maxOptions: 30,
} as const;

/** Default limits of one evaluation; both can be changed per evaluation (`EvaluateOptions`). */
export const EVALUATION_LIMITS = {
  /**
   * Comparisons the rules may evaluate in one evaluation, all rules and subjects together. The
   * recommended rules need about 4 per application, so this allows searches far larger than any
   * person's while stopping a rule set that would run for minutes.
   */
  maxConditionEvaluations: 20_000_000,
  /** How long plugin facts may take to settle when no `timeoutMs` is given, in milliseconds. */
  pluginFactTimeoutMs: 10_000,
} as const;

/**
 * What one evaluation may still spend: comparisons, and time when a deadline is set. Rules call
 * `spend` after each subject; past either limit it throws, and the rule ends with an `error`
 * outcome (as does every rule after it).
 */
export class Budget {
  #used = 0;

  /**
   * @param maxComparisons - comparisons allowed in the whole evaluation.
   * @param timeoutMs - time allowed from now, if limited.
   */
  constructor(
    private readonly maxComparisons: number,
    private readonly timeoutMs?: number,
    private readonly deadline = timeoutMs === undefined ? undefined : performance.now() + timeoutMs,
  ) {}

  /** Counts comparisons, then checks the limits. */
  spend(comparisons: number): void {
    this.#used += comparisons;
    this.check();
  }

  /** Throws when the evaluation is over budget or past its deadline. */
  check(): void {
    if (this.#used > this.maxComparisons)
      throw new Error(
        `stopped: the evaluation needed more than ${this.maxComparisons} condition evaluations (maxConditionEvaluations)`,
      );
    if (this.deadline !== undefined && performance.now() > this.deadline)
      throw new Error(`stopped: the evaluation took longer than ${this.timeoutMs} ms (timeoutMs)`);
  }
}
