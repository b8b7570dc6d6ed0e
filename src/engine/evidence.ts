import type { Evidence } from './types';

const OPERATOR_WORDS: Readonly<Record<string, string>> = {
  equal: 'equal to',
  notEqual: 'not equal to',
  lessThan: 'below',
  lessThanInclusive: 'at most',
  greaterThan: 'above',
  greaterThanInclusive: 'at least',
  in: 'one of',
  notIn: 'not one of',
  contains: 'containing',
  doesNotContain: 'not containing',
};

interface ResultNode {
  all?: ResultNode[];
  any?: ResultNode[];
  not?: ResultNode;
  fact?: string;
  path?: string;
  operator?: string;
  value?: unknown;
  result?: boolean;
  factResult?: unknown;
  valueResult?: unknown;
}

/** Rounds numbers for display; leaves other values alone. */
export function displayValue(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isInteger(value)) return Math.round(value * 100) / 100;
  if (Array.isArray(value)) return value.map(displayValue);
  return value;
}

function show(value: unknown): string {
  const shown = displayValue(value);
  return typeof shown === 'string' ? shown : JSON.stringify(shown);
}

function factLabel(node: ResultNode): string {
  const path = node.path?.replace(/^\$\.?/, '');
  return path ? `${node.fact}.${path}` : String(node.fact);
}

function optionName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const ref = value as { fact?: unknown; path?: unknown };
  if (ref.fact !== 'options' || typeof ref.path !== 'string') return undefined;
  return ref.path.replace(/^\$\.?/, '');
}

function leafEvidence(node: ResultNode): Evidence {
  const operator = String(node.operator);
  const threshold = node.valueResult !== undefined ? node.valueResult : node.value;
  const option = optionName(node.value);
  const words = OPERATOR_WORDS[operator] ?? `${operator}`;
  const text = `${factLabel(node)} is ${show(node.factResult)}: ${words} ${show(threshold)}${
    option ? ` (option ${option})` : ''
  }`;
  return {
    fact: factLabel(node),
    value: displayValue(node.factResult),
    operator,
    threshold: displayValue(threshold),
    text,
  };
}

/**
 * Collects the conditions that decided a rule's outcome from json-rules-engine's result tree:
 * each evaluated comparison whose result agreed with the rule firing (inverted under `not`).
 */
export function collectEvidence(tree: unknown, wanted = true): Evidence[] {
  const node = tree as ResultNode;
  if (node === null || typeof node !== 'object') return [];
  // Only children whose outcome matched decided it: a failed branch of a passing `any` did not.
  const deciding = (child: ResultNode) => child.result === undefined || child.result === wanted;
  if (node.all) return node.all.filter(deciding).flatMap((child) => collectEvidence(child, wanted));
  if (node.any) return node.any.filter(deciding).flatMap((child) => collectEvidence(child, wanted));
  if (node.not) return collectEvidence(node.not, !wanted);
  if (node.fact !== undefined && node.result === wanted) return [leafEvidence(node)];
  return [];
}
