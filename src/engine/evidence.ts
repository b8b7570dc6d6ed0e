import { type FactRef, factLabel } from './condition-tree';
import { BUILT_IN_OPERATOR_TABLE } from './operators';
import type { Evidence } from './types';

const EVIDENCE_WORDS: ReadonlyMap<string, string> = new Map(
  BUILT_IN_OPERATOR_TABLE.map((o) => [o.name, o.words?.evidence ?? o.name]),
);

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

/** One evaluated comparison, as both engines report it. */
export interface EvaluatedComparison {
  /** The fact compared. */
  readonly left: FactRef;
  /** The operator as written. */
  readonly operator: string;
  /** The condition's `value` as written (a literal or a fact reference). */
  readonly value: unknown;
  /** The fact's value. */
  readonly factValue: unknown;
  /** The value compared with, once a fact reference is read. */
  readonly compareTo: unknown;
}

function optionName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const ref = value as { fact?: unknown; path?: unknown };
  if (ref.fact !== 'options' || typeof ref.path !== 'string') return undefined;
  return ref.path.replace(/^\$\.?/, '');
}

/** The evidence of one comparison that decided a rule's outcome. */
export function comparisonEvidence(comparison: EvaluatedComparison): Evidence {
  const { operator } = comparison;
  const threshold = comparison.compareTo !== undefined ? comparison.compareTo : comparison.value;
  const option = optionName(comparison.value);
  const fact = factLabel(comparison.left);
  const words = EVIDENCE_WORDS.get(operator) ?? operator;
  return {
    fact,
    value: displayValue(comparison.factValue),
    operator,
    threshold: displayValue(threshold),
    text: `${fact} is ${show(comparison.factValue)}: ${words} ${show(threshold)}${
      option ? ` (option ${option})` : ''
    }`,
  };
}
