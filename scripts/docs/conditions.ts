import { checkConditions, type RuleIssue } from '../../src/rule/check-conditions';
import {
  type ComparisonNode,
  type ConditionNode,
  factLabel,
  optionRead,
} from '../../src/rule/condition-tree';
import { BUILT_IN_OPERATOR_TABLE } from '../../src/rule/operators';
import { createRegistry } from '../../src/rule/registry';
import type { AnyRule, Conditions, Selector } from '../../src/rule/types';
import { code, wrap } from './markdown';

/** Option defaults by name, to show next to conditions that compare with an option. */
export type OptionDefaults = Readonly<Record<string, unknown>>;

const DESCRIPTION_WORDS: ReadonlyMap<string, string> = new Map(
  BUILT_IN_OPERATOR_TABLE.flatMap((o) => (o.words ? [[o.name, o.words.description]] : [])),
);

/** A list item: its text, nested items below it, and whether it is a plain `all` / `any`. */
interface Item {
  readonly text: string;
  readonly children: readonly Item[];
  readonly group?: true;
}

/** A list of values as inline code, e.g. `a`, `b` or `c`. */
function codeList(values: readonly unknown[], last: string): string {
  const shown = values.map(code);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${last} ${shown.at(-1)}`;
}

function valueWords(node: ComparisonNode, defaults: OptionDefaults): string {
  if ('fact' in node.right) {
    const option = optionRead(node);
    if (option !== undefined) {
      const fallback = defaults[option];
      return fallback === undefined
        ? `option ${code(option)}`
        : `${code(option)} (default ${code(fallback)})`;
    }
    return code(factLabel(node.right.fact));
  }
  const value = node.right.literal;
  if (Array.isArray(value)) return codeList(value, 'or');
  return code(value);
}

function comparisonWords(node: ComparisonNode, defaults: OptionDefaults): string {
  const fact = code(factLabel(node.left));
  const { operator } = node;
  const literal = 'literal' in node.right ? node.right.literal : undefined;
  // Null means "unknown" throughout the facts.
  if (literal === null && (operator === 'equal' || operator === 'notEqual'))
    return `${fact} is ${operator === 'equal' ? 'unknown' : 'known'}`;
  const words = DESCRIPTION_WORDS.get(operator);
  const value = valueWords(node, defaults);
  return words === undefined
    ? `${fact} passes the custom operator ${code(operator)} with ${value}`
    : `${fact} ${words} ${value}`;
}

function toItem(node: ConditionNode, defaults: OptionDefaults): Item {
  switch (node.kind) {
    case 'all':
      return {
        text: 'all of these hold:',
        children: toItems(node.children, defaults),
        group: true,
      };
    case 'any':
      return {
        text: 'any of these holds:',
        children: toItems(node.children, defaults),
        group: true,
      };
    case 'not': {
      const inner = node.child;
      if (inner.kind === 'all')
        return { text: 'not all of these hold:', children: toItems(inner.children, defaults) };
      if (inner.kind === 'any')
        return { text: 'none of these holds:', children: toItems(inner.children, defaults) };
      return { text: `it is not the case that ${toItem(inner, defaults).text}`, children: [] };
    }
    case 'reference':
      return { text: `the shared condition ${code(node.name)} holds`, children: [] };
    default:
      return { text: comparisonWords(node, defaults), children: [] };
  }
}

function toItems(nodes: readonly ConditionNode[], defaults: OptionDefaults): Item[] {
  return nodes.map((node) => toItem(node, defaults));
}

function renderItems(items: readonly Item[], depth: number): string[] {
  return items.flatMap((item) => [
    wrap(item.text, `${'  '.repeat(depth)}- `),
    ...renderItems(item.children, depth + 1),
  ]);
}

/** Parses a rule's conditions for its docs; names were checked when the rule was loaded. */
function conditionTree(rule: AnyRule, conditions: Conditions): ConditionNode {
  const issues: RuleIssue[] = [];
  const context = {
    scope: rule.scope,
    optionNames: new Set<string>(),
    registry: createRegistry({}),
    anyName: true,
  };
  const tree = checkConditions(conditions, rule.id, context, issues);
  if (!tree) throw new Error(`rule "${rule.id}" has invalid conditions: ${JSON.stringify(issues)}`);
  return tree;
}

/**
 * Conditions in words: a lead-in sentence ending with `lead` (e.g. "It fires when") followed by
 * a markdown list, one item per comparison, nested for `any` / `all` / `not`. Comparisons with an
 * option name the option and its default.
 */
export function describeConditions(
  rule: AnyRule,
  conditions: Conditions,
  lead: string,
  defaults: OptionDefaults,
): string {
  let root = toItem(conditionTree(rule, conditions), defaults);
  // A group of one reads better as that one item.
  while (root.group && root.children.length === 1) root = root.children[0] as Item;
  if (root.children.length === 0) return wrap(`${lead} ${root.text}.`);
  return `${wrap(`${lead} ${root.text}`)}\n\n${renderItems(root.children, 0).join('\n')}`;
}

/** A rule's selector in words, e.g. "`message.kind` is one of `outreach` or `follow-up`". */
export function describeSelector(scope: string, select: Selector): string[] {
  return Object.entries(select).map(([field, allowed]) =>
    Array.isArray(allowed)
      ? `${code(`${scope}.${field}`)} is one of ${codeList(allowed, 'or')}`
      : `${code(`${scope}.${field}`)} is ${code(allowed)}`,
  );
}
