import type { Conditions, Selector } from '../engine/types';
import { code, wrap } from './markdown';

/** Option defaults by name, to show next to conditions that compare with an option. */
export type OptionDefaults = Readonly<Record<string, unknown>>;

const OPERATOR_WORDS: Readonly<Record<string, string>> = {
  equal: 'is',
  notEqual: 'is not',
  lessThan: 'is below',
  lessThanInclusive: 'is at most',
  greaterThan: 'is above',
  greaterThanInclusive: 'is at least',
  in: 'is one of',
  notIn: 'is not one of',
  contains: 'contains',
  doesNotContain: 'does not contain',
};

interface Node {
  readonly all?: readonly Node[];
  readonly any?: readonly Node[];
  readonly not?: Node;
  readonly condition?: string;
  readonly fact?: string;
  readonly path?: string;
  readonly operator?: string;
  readonly value?: unknown;
}

/** A list item: its text, nested items below it, and whether it is a plain `all` / `any`. */
interface Item {
  readonly text: string;
  readonly children: readonly Item[];
  readonly group?: true;
}

function stripRoot(path: string): string {
  return path.replace(/^\$\.?/, '');
}

function factName(fact: string, path: string | undefined): string {
  const rest = path === undefined ? '' : stripRoot(path);
  return rest === '' ? fact : `${fact}.${rest}`;
}

/** A list of values as inline code, e.g. `a`, `b` or `c`. */
function codeList(values: readonly unknown[], last: string): string {
  const shown = values.map(code);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${last} ${shown.at(-1)}`;
}

function valueWords(value: unknown, defaults: OptionDefaults): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const ref = value as { fact?: unknown; path?: unknown };
    if (ref.fact === 'options' && typeof ref.path === 'string') {
      const name = stripRoot(ref.path);
      const fallback = defaults[name];
      return fallback === undefined
        ? `option ${code(name)}`
        : `${code(name)} (default ${code(fallback)})`;
    }
    if (typeof ref.fact === 'string')
      return code(factName(ref.fact, typeof ref.path === 'string' ? ref.path : undefined));
  }
  if (Array.isArray(value)) return codeList(value, 'or');
  return code(value);
}

function leafWords(node: Node, defaults: OptionDefaults): string {
  const fact = code(factName(String(node.fact), node.path));
  const operator = String(node.operator);
  // Null means "unknown" throughout the facts.
  if (node.value === null && (operator === 'equal' || operator === 'notEqual'))
    return `${fact} is ${operator === 'equal' ? 'unknown' : 'known'}`;
  const words = OPERATOR_WORDS[operator];
  const value = valueWords(node.value, defaults);
  return words === undefined
    ? `${fact} passes the custom operator ${code(operator)} with ${value}`
    : `${fact} ${words} ${value}`;
}

function toItem(node: Node, defaults: OptionDefaults): Item {
  if (node.all)
    return { text: 'all of these hold:', children: toItems(node.all, defaults), group: true };
  if (node.any)
    return { text: 'any of these holds:', children: toItems(node.any, defaults), group: true };
  if (node.not) {
    const inner = node.not;
    if (inner.all)
      return { text: 'not all of these hold:', children: toItems(inner.all, defaults) };
    if (inner.any) return { text: 'none of these holds:', children: toItems(inner.any, defaults) };
    return { text: `it is not the case that ${toItem(inner, defaults).text}`, children: [] };
  }
  if (node.condition !== undefined)
    return { text: `the shared condition ${code(node.condition)} holds`, children: [] };
  return { text: leafWords(node, defaults), children: [] };
}

function toItems(nodes: readonly Node[], defaults: OptionDefaults): Item[] {
  return nodes.map((node) => toItem(node, defaults));
}

function renderItems(items: readonly Item[], depth: number): string[] {
  return items.flatMap((item) => [
    wrap(item.text, `${'  '.repeat(depth)}- `),
    ...renderItems(item.children, depth + 1),
  ]);
}

/**
 * Conditions in words: a lead-in sentence ending with `lead` (e.g. "It fires when") followed by
 * a markdown list, one item per comparison, nested for `any` / `all` / `not`. Comparisons with an
 * option name the option and its default.
 */
export function describeConditions(
  conditions: Conditions,
  lead: string,
  defaults: OptionDefaults,
): string {
  let root = toItem(conditions as Node, defaults);
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
