/**
 * The one operator table. Both engines use these functions: the compiled evaluator calls them
 * directly, and json-rules-engine gets them through its public `addOperator` and
 * `addOperatorDecorator`, so a comparison means the same thing whichever engine runs it.
 */
import { naming } from '../engine/rule-failure';

/** Compares a fact value with a condition's value. */
export type Compare = (factValue: unknown, compareTo: unknown) => boolean;

/** How an operator reads in evidence ("is 9: above 7") and in rule docs ("`x` is above 7"). */
export interface OperatorWords {
  /** Words before the compared value in evidence, e.g. `above`. */
  readonly evidence: string;
  /** Words between fact and value in a rule's documentation, e.g. `is above`. */
  readonly description: string;
}

/** A custom operator registered by host code. */
export interface CustomOperator {
  /** Operator name used in conditions. */
  readonly name: string;
  /** Compares a fact value with a condition's value. */
  readonly evaluate: Compare;
}

/** A custom operator decorator registered by host code (`name:operator` in conditions). */
export interface CustomDecorator {
  /** The prefix used in conditions, e.g. `caseless` for `caseless:equal`. */
  readonly name: string;
  /** Calls `next` with the (possibly transformed) values, or decides on its own. */
  readonly evaluate: (factValue: unknown, compareTo: unknown, next: Compare) => boolean;
}

/** An operator in the table: how it compares, what its value must be, and how it reads. */
export interface OperatorEntry extends CustomOperator {
  /** Its words; custom operators have none. */
  readonly words?: OperatorWords;
  /** True when the condition's value must be a list (`in`, `notIn`). */
  readonly listValue?: boolean;
}

/** A decorator in the table, and whether it needs the condition's value to be a list. */
export interface DecoratorEntry extends CustomDecorator {
  /** True when the condition's value must be a list (`someValue`, `everyValue`). */
  readonly listValue?: boolean;
}

const isNumberLike = (value: unknown) => !Number.isNaN(Number.parseFloat(value as string));
const indexOf = (list: unknown, item: unknown) => (list as unknown[]).indexOf(item);

function words(evidence: string, description: string): OperatorWords {
  return { evidence, description };
}

/**
 * json-rules-engine's built-in operators, written once with the same semantics (the same fact
 * value checks: arrays for `contains`, numbers for the comparisons).
 */
export const BUILT_IN_OPERATOR_TABLE: readonly OperatorEntry[] = [
  { name: 'equal', evaluate: (a, b) => a === b, words: words('equal to', 'is') },
  { name: 'notEqual', evaluate: (a, b) => a !== b, words: words('not equal to', 'is not') },
  {
    name: 'in',
    evaluate: (a, b) => indexOf(b, a) > -1,
    words: words('one of', 'is one of'),
    listValue: true,
  },
  {
    name: 'notIn',
    evaluate: (a, b) => indexOf(b, a) === -1,
    words: words('not one of', 'is not one of'),
    listValue: true,
  },
  {
    name: 'contains',
    evaluate: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
    words: words('containing', 'contains'),
  },
  {
    name: 'doesNotContain',
    evaluate: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
    words: words('not containing', 'does not contain'),
  },
  {
    name: 'lessThan',
    evaluate: (a, b) => isNumberLike(a) && (a as number) < (b as number),
    words: words('below', 'is below'),
  },
  {
    name: 'lessThanInclusive',
    evaluate: (a, b) => isNumberLike(a) && (a as number) <= (b as number),
    words: words('at most', 'is at most'),
  },
  {
    name: 'greaterThan',
    evaluate: (a, b) => isNumberLike(a) && (a as number) > (b as number),
    words: words('above', 'is above'),
  },
  {
    name: 'greaterThanInclusive',
    evaluate: (a, b) => isNumberLike(a) && (a as number) >= (b as number),
    words: words('at least', 'is at least'),
  },
];

/** json-rules-engine's built-in decorators, with the same semantics. */
export const BUILT_IN_DECORATOR_TABLE: readonly DecoratorEntry[] = [
  { name: 'someFact', evaluate: (f, v, next) => Array.isArray(f) && f.some((x) => next(x, v)) },
  {
    name: 'someValue',
    evaluate: (f, v, next) => (v as unknown[]).some((x) => next(f, x)),
    listValue: true,
  },
  { name: 'everyFact', evaluate: (f, v, next) => Array.isArray(f) && f.every((x) => next(x, v)) },
  {
    name: 'everyValue',
    evaluate: (f, v, next) => (v as unknown[]).every((x) => next(f, x)),
    listValue: true,
  },
  { name: 'swap', evaluate: (f, v, next) => next(v, f) },
  { name: 'not', evaluate: (f, v, next) => !next(f, v) },
];

/** The operators and decorators rules may use: built-ins plus those plugins register. */
export interface OperatorTable {
  /** Operators by name. */
  readonly operators: ReadonlyMap<string, OperatorEntry>;
  /** Decorators by name. */
  readonly decorators: ReadonlyMap<string, DecoratorEntry>;
}

/** A host-supplied operator or decorator whose errors name it (see `describeRuleFailure`). */
function namedOnFailure<
  T extends { readonly name: string; readonly evaluate: (...args: never[]) => unknown },
>(entry: T): T {
  return { ...entry, evaluate: naming({ kind: 'operator', name: entry.name }, entry.evaluate) };
}

/** Builds the table; a plugin operator or decorator replaces a built-in of the same name. */
export function createOperatorTable(
  operators: readonly CustomOperator[] = [],
  decorators: readonly CustomDecorator[] = [],
): OperatorTable {
  return {
    operators: new Map(
      [...BUILT_IN_OPERATOR_TABLE, ...operators.map(namedOnFailure)].map((entry) => [
        entry.name,
        entry,
      ]),
    ),
    decorators: new Map(
      [...BUILT_IN_DECORATOR_TABLE, ...decorators.map(namedOnFailure)].map((entry) => [
        entry.name,
        entry,
      ]),
    ),
  };
}

/**
 * The comparison an operator name such as `someFact:not:equal` stands for: the operator, wrapped
 * by each decorator, outermost first (json-rules-engine's order). Undefined when a part is unknown.
 */
export function resolveOperator(name: string, table: OperatorTable): Compare | undefined {
  const parts = name.split(':');
  const base = table.operators.get(parts.pop() ?? '');
  if (!base) return undefined;
  let compare: Compare = base.evaluate;
  for (const decoratorName of parts.reverse()) {
    const decorator = table.decorators.get(decoratorName);
    if (!decorator) return undefined;
    const next = compare;
    compare = (factValue, compareTo) => decorator.evaluate(factValue, compareTo, next);
  }
  return compare;
}
