import { joinText } from '../facts/context';
import { type FactRef, factLabel, optionOf } from '../rule/condition-tree';
import { BUILT_IN_OPERATOR_TABLE } from '../rule/operators';
import type { Evidence } from '../rule/types';

const EVIDENCE_WORDS: ReadonlyMap<string, string> = new Map(
  BUILT_IN_OPERATOR_TABLE.map((o) => [o.name, o.words?.evidence ?? o.name]),
);

/** Most items of a list that evidence text spells out; the rest are counted. */
export const EVIDENCE_LIST_LIMIT = 10;

function rounds(value: unknown): boolean {
  return typeof value === 'number' && !Number.isInteger(value);
}

/**
 * Rounds numbers for display; leaves other values alone. A list with nothing to round is
 * returned as it is, not copied: a list compared with every subject (the companies holding
 * offers, say) is then one array shared by every evidence entry rather than a copy in each.
 */
export function displayValue(value: unknown): unknown {
  if (rounds(value)) return Math.round((value as number) * 100) / 100;
  if (Array.isArray(value) && value.some((item) => rounds(item) || Array.isArray(item)))
    return value.map(displayValue);
  return value;
}

/**
 * A display value (see `displayValue`) in evidence text. A long list shows its first items and counts the others, so the
 * text of each entry stays short however long the list compared with every subject grows.
 */
function show(shown: unknown): string {
  if (typeof shown === 'string') return shown;
  if (!Array.isArray(shown) || shown.length <= EVIDENCE_LIST_LIMIT) return JSON.stringify(shown);
  const listed = JSON.stringify(shown.slice(0, EVIDENCE_LIST_LIMIT)).slice(0, -1);
  return `${listed}, … ${shown.length - EVIDENCE_LIST_LIMIT} more]`;
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

/** How evidence names a condition: its fact and, if it compares with an option, that option. */
interface ConditionNames {
  readonly fact: string;
  readonly option: string | undefined;
}

/**
 * The names of a condition, from its fact reference and its value as written. A compiled
 * condition works them out once, as it is compiled, not once per evidence entry.
 */
export function conditionNames(left: FactRef, value: unknown): ConditionNames {
  return { fact: factLabel(left), option: optionOf(value) };
}

/** The evidence of one comparison that decided a rule's outcome. */
export function comparisonEvidence(
  comparison: EvaluatedComparison,
  { fact, option }: ConditionNames = conditionNames(comparison.left, comparison.value),
): Evidence {
  const { operator } = comparison;
  const threshold = comparison.compareTo !== undefined ? comparison.compareTo : comparison.value;
  const words = EVIDENCE_WORDS.get(operator) ?? operator;
  const value = displayValue(comparison.factValue);
  const shownThreshold = displayValue(threshold);
  return {
    fact,
    value,
    operator,
    threshold: shownThreshold,
    // One flat string: evidence is kept in the report, and a joined template is a tree of pieces.
    text: joinText(
      fact,
      ' is ',
      show(value),
      ': ',
      words,
      ' ',
      show(shownThreshold),
      option ? joinText(' (option ', option, ')') : '',
    ),
  };
}
