/**
 * The library's rules ported to plain json-rules-engine conditions, for the baselines: options
 * become their default values, `select` and `requires` become conditions, and paths are plain
 * dotted paths into the values of bench/plain-facts.ts. Rules of other scopes (referral,
 * interview, offer) and rules that read a value the baselines do not compute are left out and
 * listed.
 */

import type { TopLevelCondition } from 'json-rules-engine';
import * as z from 'zod/v4/mini';
import type { AnyRule } from '../src/index';
import { PLAIN_FACT_NAMES, type PlainFacts, type SearchPlainFacts } from './plain-facts';

/** Scopes the baselines cover. */
export type PortedScope = keyof SearchPlainFacts;

/** A comparison, in json-rules-engine's JSON. */
export interface Leaf {
  readonly fact: string;
  readonly path?: string;
  readonly operator: string;
  readonly value: unknown;
}
/** A condition tree, in json-rules-engine's JSON. */
export type Node = TopLevelCondition | Leaf;

/** One ported rule. */
export interface PortedRule {
  readonly id: string;
  readonly scope: PortedScope;
  /** Its conditions, selectors included. */
  readonly conditions: Node;
  /** Its severity when no case below holds. */
  readonly severity: string;
  /** Severity cases, in order: the first that holds gives the severity. */
  readonly cases: readonly { readonly severity: string; readonly conditions: Node }[];
}

/** A rule left out of the baselines, and why. */
export interface Skipped {
  readonly ruleId: string;
  readonly reason: string;
}

class Unported extends Error {}

function isScope(scope: string): scope is PortedScope {
  return Object.hasOwn(PLAIN_FACT_NAMES, scope);
}

function porter(scope: PortedScope, options: Record<string, unknown>) {
  const reference = (fact: string, path: string) => {
    if ((fact === scope || fact === 'search') && PLAIN_FACT_NAMES[fact].has(path))
      return { fact, path };
    throw new Unported(`reads ${fact}.${path}, which the baselines do not compute`);
  };
  const value = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null || !('fact' in v)) return v;
    const { fact, path = '' } = v as { fact: string; path?: string };
    if (fact === 'options') return options[path];
    return reference(fact, path);
  };
  const port = (node: Record<string, unknown>): Node => {
    if (Array.isArray(node.all)) return { all: node.all.map(port) } as TopLevelCondition;
    if (Array.isArray(node.any)) return { any: node.any.map(port) } as TopLevelCondition;
    if (node.not) return { not: port(node.not as Record<string, unknown>) } as TopLevelCondition;
    if (typeof node.fact !== 'string') throw new Unported('uses a shared condition');
    return {
      ...reference(node.fact, String(node.path ?? '')),
      operator: String(node.operator),
      value: value(node.value),
    };
  };
  const selectors = (rule: AnyRule): Node[] => [
    ...Object.entries(rule.select ?? {}).map(([field, allowed]) => ({
      ...reference(scope, field),
      operator: 'in',
      value: Array.isArray(allowed) ? allowed : [allowed],
    })),
    ...(rule.requires ?? []).map((field: string) => ({
      ...reference(scope, field),
      operator: 'notEqual',
      value: null,
    })),
  ];
  // A rule runs only in the search states it names, as the library decides before its conditions.
  const states = (rule: AnyRule): Node[] =>
    rule.meta.states
      ? [{ ...reference('search', 'state'), operator: 'in', value: rule.meta.states }]
      : [];
  return { port, selectors, states };
}

/** Ports every rule it can. */
export function portRules(rules: readonly AnyRule[]): {
  ported: PortedRule[];
  skipped: Skipped[];
} {
  const ported: PortedRule[] = [];
  const skipped: Skipped[] = [];
  for (const rule of rules) {
    const scope = rule.scope;
    if (!isScope(scope)) {
      skipped.push({ ruleId: rule.id, reason: `${scope} scope is not in the baselines` });
      continue;
    }
    try {
      const { port, selectors, states } = porter(scope, z.parse(rule.options, {}));
      ported.push({
        id: rule.id,
        scope,
        conditions: {
          all: [
            ...states(rule),
            ...selectors(rule),
            port(rule.conditions as Record<string, unknown>),
          ],
        } as TopLevelCondition,
        severity: rule.meta.severity,
        cases: (rule.severityWhen ?? []).map((c) => ({
          severity: c.severity,
          conditions: port(c.conditions as Record<string, unknown>),
        })),
      });
    } catch (error) {
      if (!(error instanceof Unported)) throw error;
      skipped.push({ ruleId: rule.id, reason: error.message });
    }
  }
  return { ported, skipped };
}

/** Follows `keys` from `value`; undefined once a step is not an object. */
function follow(value: unknown, keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Reads a plain dotted path, as json-rules-engine's `pathResolver` is given one per read. */
export function readPath(value: unknown, path: string | undefined): unknown {
  return path ? follow(value, path.split('.')) : value;
}

/** A reader of one plain dotted path, split once: what code written for these rules would do. */
export function pathReader(path: string | undefined): (value: unknown) => unknown {
  if (!path) return (value) => value;
  const keys = path.split('.');
  return (value) => follow(value, keys);
}

/** What the baselines found for one search: each firing with its subject and severity. */
export interface Firings {
  readonly fired: {
    readonly ruleId: string;
    readonly subject: string;
    readonly severity: string;
  }[];
}

/** A baseline: ported rules checked against a raw search. */
export interface Baseline {
  /** Rules ported, by id. */
  readonly ported: readonly string[];
  /** Rules left out. */
  readonly skipped: readonly Skipped[];
  /** Runs the checks on a raw search. */
  check(search: unknown, asOf: string): Promise<Firings> | Firings;
}

/** The facts one subject is checked against: its own values and the search's. */
export type SubjectFacts = Readonly<Record<string, PlainFacts>>;
