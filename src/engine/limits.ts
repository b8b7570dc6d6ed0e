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
