import { FACT_CATALOG } from '../facts/catalog';
import type { Scope } from '../facts/scope';
import { checkConditions, type RuleIssue } from './check-conditions';
import { checkTemplate, placeholderProblem } from './check-templates';
import {
  type ConditionNode,
  expandedSize,
  findCycles,
  referencesOf,
  type SharedTrees,
} from './condition-tree';
import { RULE_SET_LIMITS } from './limits';
import { isVisibleName, nameProblem } from './names';
import type { Registry } from './registry';
import { didYouMean } from './suggest';
import { templateSource } from './template';
import type { ActionTemplate, AnyRule } from './types';

/** A rule's conditions, parsed: what both engines, the prefilter and the docs walk. */
export interface RuleTrees {
  /** The rule's own conditions. */
  readonly conditions: ConditionNode;
  /** Its severity cases, in order. */
  readonly severityWhen: readonly ConditionNode[];
  /** The shared conditions it uses, directly or through other shared conditions. */
  readonly shared: SharedTrees;
}

/** The problems found in a rule and, when there are none, its parsed conditions. */
export interface CheckedRule {
  /** Every problem found. */
  readonly issues: RuleIssue[];
  /** The parsed conditions, when there is no problem. */
  readonly trees?: RuleTrees;
}

function fieldCheck(
  field: string,
  scope: Scope,
  path: string,
  issues: RuleIssue[],
  numeric = false,
): void {
  const fields = FACT_CATALOG[scope];
  // Own fields only: `toString` and the rest of Object.prototype are never fields.
  const kind = Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (!kind) {
    issues.push({
      path,
      message: `${scope} facts have no field "${field}"${didYouMean(field, Object.keys(fields))}`,
    });
  } else if (numeric && kind !== 'number')
    issues.push({ path, message: `"${field}" is a ${kind}, not a number` });
}

/**
 * Parses the shared conditions a rule uses (directly or through each other) for the rule's scope
 * and options, refusing cycles.
 */
function sharedTrees(
  roots: readonly ConditionNode[],
  shared: Readonly<Record<string, unknown>>,
  context: Parameters<typeof checkConditions>[2],
  issues: RuleIssue[],
): Map<string, ConditionNode> | undefined {
  const trees = new Map<string, ConditionNode>();
  const before = issues.length;
  const queue = roots.flatMap((root) => [...referencesOf(root)]);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name) || !Object.hasOwn(shared, name)) continue;
    seen.add(name);
    const tree = checkConditions(shared[name], `conditions.${name}`, context, issues);
    if (!tree) continue;
    trees.set(name, tree);
    queue.push(...referencesOf(tree));
  }
  for (const cycle of findCycles(trees))
    issues.push({ path: `conditions.${cycle.name}`, message: cycle.message });
  return issues.length === before ? trees : undefined;
}

/**
 * Checks everything a rule refers to: selector and required fields, conditions (facts, paths,
 * operators, shared conditions, limits — the size once shared conditions are inlined included),
 * templates and due dates, urgency, and its category. Returns the parsed conditions when the rule
 * has no problem.
 */
export function checkRule(
  rule: AnyRule,
  path: string,
  optionNames: ReadonlySet<string>,
  registry: Registry,
  categories: ReadonlySet<string>,
  shared: Readonly<Record<string, unknown>> = {},
): CheckedRule {
  const issues: RuleIssue[] = [];
  const { scope } = rule;
  if (!isVisibleName(rule.id))
    issues.push({ path: `${path}.id`, message: nameProblem(rule.id) as string });
  for (const option of optionNames) {
    const problem = nameProblem(option);
    if (problem) issues.push({ path: `${path}.options.${option}`, message: problem });
  }
  if (!categories.has(rule.meta.category))
    issues.push({
      path: `${path}.meta.category`,
      message: `unknown category "${rule.meta.category}"; declare it in the rule set's categories or use one of ${[...categories].join(', ')}`,
    });
  for (const field of Object.keys(rule.select ?? {}))
    fieldCheck(field, scope, `${path}.select.${field}`, issues);
  (rule.requires ?? []).forEach((field, i) => {
    fieldCheck(field, scope, `${path}.requires[${i}]`, issues);
  });
  if (rule.urgency !== undefined) fieldCheck(rule.urgency, scope, `${path}.urgency`, issues, true);

  const context = { scope, optionNames, registry };
  const conditions = checkConditions(rule.conditions, `${path}.conditions`, context, issues);
  const severityWhen = (rule.severityWhen ?? []).map((c, i) =>
    checkConditions(c.conditions, `${path}.severityWhen[${i}].conditions`, context, issues),
  );
  const roots = [conditions, ...severityWhen].filter((tree) => tree !== undefined);
  const trees = sharedTrees(roots, shared, context, issues);
  if (trees) {
    const memo = new Map<string, number>();
    const size = roots.reduce((sum, root) => sum + expandedSize(root, trees, memo), 0);
    if (size > RULE_SET_LIMITS.maxConditionNodes)
      issues.push({
        path: `${path}.conditions`,
        message: `the conditions expand to ${size} nodes once shared conditions are inlined; at most ${RULE_SET_LIMITS.maxConditionNodes} are allowed`,
      });
  }

  if (typeof rule.message !== 'function')
    checkTemplate(templateSource(rule.message), `${path}.message`, scope, optionNames, issues);
  if (Array.isArray(rule.actions))
    rule.actions.forEach((action: ActionTemplate, i: number) => {
      const at = `${path}.actions[${i}]`;
      checkTemplate(templateSource(action.label), `${at}.label`, scope, optionNames, issues);
      const due = action.due;
      if (due && 'inDaysOption' in due && !optionNames.has(due.inDaysOption))
        issues.push({
          path: `${at}.due.inDaysOption`,
          message: `"${due.inDaysOption}" is not an option of this rule`,
        });
      if (due && 'fact' in due) {
        const problem = placeholderProblem(due.fact, scope, optionNames);
        if (problem) issues.push({ path: `${at}.due.fact`, message: problem });
      }
    });
  if (issues.length > 0 || !conditions || !trees) return { issues };
  return {
    issues,
    trees: { conditions, severityWhen: severityWhen as ConditionNode[], shared: trees },
  };
}
