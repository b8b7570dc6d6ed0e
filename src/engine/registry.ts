import { FACT_CATALOG, type FactKind } from '../facts/catalog';
import type { Scope } from './types';

/** json-rules-engine's built-in operators. */
export const BUILT_IN_OPERATORS: readonly string[] = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
];

/** json-rules-engine's built-in operator decorators (`someFact:equal`, `not:in`, ...). */
export const BUILT_IN_DECORATORS: readonly string[] = [
  'someFact',
  'someValue',
  'everyFact',
  'everyValue',
  'swap',
  'not',
];

/** What rules may refer to: facts, operators, decorators and shared conditions. */
export interface Registry {
  /** Custom facts registered by plugins. */
  readonly customFacts: ReadonlySet<string>;
  /** Operators, built-in and custom. */
  readonly operators: ReadonlySet<string>;
  /** Operator decorators, built-in and custom. */
  readonly decorators: ReadonlySet<string>;
  /** Shared conditions by name. */
  readonly conditions: ReadonlySet<string>;
}

/** Builds a registry from the names plugins add. */
export function createRegistry(extra: {
  facts?: Iterable<string>;
  operators?: Iterable<string>;
  decorators?: Iterable<string>;
  conditions?: Iterable<string>;
}): Registry {
  return {
    customFacts: new Set(extra.facts ?? []),
    operators: new Set([...BUILT_IN_OPERATORS, ...(extra.operators ?? [])]),
    decorators: new Set([...BUILT_IN_DECORATORS, ...(extra.decorators ?? [])]),
    conditions: new Set(extra.conditions ?? []),
  };
}

/** The fact fields a rule of `scope` may read under `fact`, or undefined if it may not read it. */
export function factFields(
  fact: string,
  scope: Scope,
): Readonly<Record<string, FactKind>> | undefined {
  if (fact === 'search') return FACT_CATALOG.search;
  if (fact === scope) return FACT_CATALOG[scope];
  return undefined;
}
