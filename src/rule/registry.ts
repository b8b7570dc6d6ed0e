import type { EngineExtensions } from '../engine/compile';
import type { Plugin } from '../engine/config';
import { FACT_CATALOG, type FactKind } from '../facts/catalog';
import type { Scope } from '../facts/scope';
import {
  BUILT_IN_DECORATOR_TABLE,
  BUILT_IN_OPERATOR_TABLE,
  type CustomDecorator,
  type CustomOperator,
  createOperatorTable,
  type OperatorTable,
} from './operators';
import type { Conditions } from './types';

/** json-rules-engine's built-in operators. */
export const BUILT_IN_OPERATORS: readonly string[] = BUILT_IN_OPERATOR_TABLE.map((o) => o.name);

/** json-rules-engine's built-in operator decorators (`someFact:equal`, `not:in`, ...). */
export const BUILT_IN_DECORATORS: readonly string[] = BUILT_IN_DECORATOR_TABLE.map((d) => d.name);

/** What rules may refer to: facts, operators, decorators and shared conditions. */
export interface Registry {
  /** Custom facts registered by plugins. */
  readonly customFacts: ReadonlySet<string>;
  /** Operators and decorators, built-in and custom. */
  readonly table: OperatorTable;
  /** Shared conditions by name. */
  readonly conditions: ReadonlySet<string>;
}

/** Builds a registry from what plugins add. */
export function createRegistry(extra: {
  facts?: Iterable<string>;
  operators?: readonly CustomOperator[];
  decorators?: readonly CustomDecorator[];
  conditions?: Iterable<string>;
}): Registry {
  return {
    customFacts: new Set(extra.facts ?? []),
    table: createOperatorTable(extra.operators, extra.decorators),
    conditions: new Set(extra.conditions ?? []),
  };
}

/**
 * What the rules of one rule set may use, given the plugins: the extensions both engines run
 * with (plugin operators and decorators, plugin and set shared conditions, the set's own winning)
 * and the registry the checks look names up in. Used by `parseRuleSet` and `createAdvisor`.
 */
export function ruleSetScope(
  plugins: readonly Plugin[],
  setConditions: Readonly<Record<string, unknown>> = {},
): { extensions: EngineExtensions; registry: Registry } {
  const extensions: EngineExtensions = {
    operators: plugins.flatMap((p) => p.operators ?? []),
    decorators: plugins.flatMap((p) => p.decorators ?? []),
    conditions: Object.assign(
      {},
      ...plugins.map((p) => p.conditions ?? {}),
      setConditions,
    ) as Record<string, Conditions>,
  };
  const registry = createRegistry({
    facts: plugins.flatMap((p) => (p.facts ?? []).map((f) => f.id)),
    operators: extensions.operators,
    decorators: extensions.decorators,
    conditions: Object.keys(extensions.conditions),
  });
  return { extensions, registry };
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
