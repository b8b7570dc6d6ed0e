import type { EngineExtensions } from '../engine/compile';
import type { Plugin } from '../engine/config';
import type { RuleIssue } from './check-conditions';
import { checkConditions } from './check-conditions';
import { type CheckedRule, checkRule } from './check-rule';
import { type ConditionNode, findCycles } from './condition-tree';
import type { RuleSet } from './define';
import { RULE_SET_LIMITS } from './limits';
import { optionNamesOf } from './options-json';
import { type Registry, ruleSetScope } from './registry';
import type { AnyRule } from './types';

/** What the rules of a set may refer to, and where their problems are reported. */
export interface RuleSetContext {
  /** Plugins whose facts, operators, decorators and shared conditions rules may use. */
  readonly plugins: readonly Plugin[];
  /** Category ids the rules may use. */
  readonly categories: ReadonlySet<string>;
  /** Where a rule's problems are reported; `rules[index]` unless given. */
  readonly pathOf?: (rule: AnyRule, index: number) => string;
  /** Which rules to check (all unless given): an advisor skips rules turned off or overridden. */
  readonly includes?: (rule: AnyRule) => boolean;
}

/** The result of {@link checkRuleSet}. */
export interface CheckedRuleSet {
  /** Problems of the set as a whole: rule ids and shared conditions. */
  readonly issues: RuleIssue[];
  /** Each checked rule's problems and, when it has none, its parsed conditions. */
  readonly rules: ReadonlyMap<AnyRule, CheckedRule>;
  /** What both engines run the set's rules with. */
  readonly extensions: EngineExtensions;
}

/**
 * Checks every shared condition of a set, used or not, against what any of its rules could read
 * (the facts of every scope, the options of every rule), and refuses cycles among them. Each one
 * is checked again, for the scope and options of each rule that uses it, with that rule.
 */
function checkShared(
  shared: Readonly<Record<string, unknown>>,
  optionNames: ReadonlySet<string>,
  registry: Registry,
  issues: RuleIssue[],
): void {
  if (Object.keys(shared).length > RULE_SET_LIMITS.maxSharedConditions)
    issues.push({
      path: 'conditions',
      message: `has more than ${RULE_SET_LIMITS.maxSharedConditions} shared conditions`,
    });
  const trees = new Map<string, ConditionNode>();
  for (const [name, json] of Object.entries(shared)) {
    const context = { scope: undefined, optionNames, registry };
    const tree = checkConditions(json, `conditions.${name}`, context, issues);
    if (tree) trees.set(name, tree);
  }
  for (const cycle of findCycles(trees))
    issues.push({ path: `conditions.${cycle.name}`, message: cycle.message });
}

/**
 * The problems with a rule set's rule ids: duplicates, and ids outside its namespace.
 */
function checkRuleIds(set: RuleSet, pathOf: (rule: AnyRule, index: number) => string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const seen = new Set<string>();
  set.rules.forEach((rule, index) => {
    const path = `${pathOf(rule, index)}.id`;
    if (seen.has(rule.id)) issues.push({ path, message: `duplicate rule id "${rule.id}"` });
    seen.add(rule.id);
    if (set.namespace !== undefined && !rule.id.startsWith(`${set.namespace}/`))
      issues.push({ path, message: `"${rule.id}" must start with "${set.namespace}/"` });
  });
  return issues;
}

const indexPath = (_rule: AnyRule, index: number): string => `rules[${index}]`;

/**
 * The one check of a rule set, shared by `defineRuleSet`, `parseRuleSet` and `createAdvisor`.
 * Without a context (what `defineRuleSet` knows) it checks what needs no plugins: rule ids are
 * unique and inside the namespace. With one, it also checks every shared condition and every
 * rule's references — facts, fields, operators, shared conditions, templates, categories — and
 * returns each rule's parsed conditions for the engines.
 */
export function checkRuleSet(set: RuleSet): Pick<CheckedRuleSet, 'issues'>;
export function checkRuleSet(set: RuleSet, context: RuleSetContext): CheckedRuleSet;
export function checkRuleSet(
  set: RuleSet,
  context?: RuleSetContext,
): Pick<CheckedRuleSet, 'issues'> {
  const pathOf = context?.pathOf ?? indexPath;
  if (!context) return { issues: checkRuleIds(set, pathOf) };
  const issues: RuleIssue[] = [];
  const rules = new Map<AnyRule, CheckedRule>();
  const { extensions, registry } = ruleSetScope(context.plugins, set.conditions);
  const shared = set.conditions ?? {};
  const optionNames = new Map(set.rules.map((rule) => [rule, optionNamesOf(rule.options)]));
  checkShared(shared, new Set([...optionNames.values()].flatMap((n) => [...n])), registry, issues);
  issues.push(...checkRuleIds(set, pathOf));
  set.rules.forEach((rule, index) => {
    if (context.includes && !context.includes(rule)) return;
    const names = optionNames.get(rule) ?? new Set<string>();
    const path = pathOf(rule, index);
    rules.set(
      rule,
      checkRule(rule, path, names, registry, context.categories, extensions.conditions),
    );
  });
  const checked: CheckedRuleSet = { issues, rules, extensions };
  return checked;
}

/** Each problem once, in the order first found (a shared condition is checked with each user). */
export function uniqueIssues<T extends RuleIssue>(issues: readonly T[]): T[] {
  return [...new Map(issues.map((i) => [`${i.path}\u0000${i.message}`, i])).values()];
}
