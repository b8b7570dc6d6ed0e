import type { Engine } from 'json-rules-engine';
import { resolvePath } from './path';
import type { Scope } from './types';

/** The part of json-rules-engine's operator map a prefilter uses (not in its type definitions). */
interface OperatorLookup {
  get(name: string): { evaluate(factValue: unknown, compareTo: unknown): boolean } | null;
}

interface FactRef {
  readonly fact: string;
  readonly path?: string;
}

type Operator = { evaluate(factValue: unknown, compareTo: unknown): boolean };

/** A condition tree reduced to what can be checked without the engine; `unknown` is the rest. */
type Check =
  | {
      readonly kind: 'compare';
      readonly left: FactRef;
      readonly operator: Operator;
      readonly right: { readonly ref: FactRef } | { readonly literal: unknown };
    }
  | { readonly kind: 'all' | 'any'; readonly children: readonly Check[] }
  | { readonly kind: 'not'; readonly child: Check }
  | { readonly kind: 'unknown' };

/** The values the checks can read: the search, the subject and the rule's options. */
export interface PrefilterValues {
  readonly search: unknown;
  readonly subject: unknown;
  readonly options: unknown;
}

/**
 * A rule's conditions, reduced to the comparisons that can be decided without running the
 * engine — on `search`, the subject and `options`, with the engine's own operators and path
 * resolver, so each verdict is the engine's. Anything else (plugin facts, params, shared
 * conditions) is unknown. A subject the prefilter proves false cannot fire and is skipped; any
 * other subject is decided by the engine, which also produces the evidence.
 */
export type Prefilter = Check;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function factRef(
  node: Record<string, unknown>,
  readable: ReadonlySet<string>,
): FactRef | undefined {
  if (typeof node.fact !== 'string' || !readable.has(node.fact) || node.params !== undefined)
    return undefined;
  if (node.path !== undefined && typeof node.path !== 'string') return undefined;
  return node.path === undefined ? { fact: node.fact } : { fact: node.fact, path: node.path };
}

const UNKNOWN: Check = { kind: 'unknown' };

function compileNode(
  node: unknown,
  readable: ReadonlySet<string>,
  operators: OperatorLookup,
): Check {
  if (!isRecord(node)) return UNKNOWN;
  if (Array.isArray(node.all) || Array.isArray(node.any)) {
    const kind = Array.isArray(node.all) ? 'all' : 'any';
    const children = (node[kind] as unknown[]).map((child) =>
      compileNode(child, readable, operators),
    );
    return { kind, children };
  }
  if ('not' in node) return { kind: 'not', child: compileNode(node.not, readable, operators) };
  if (typeof node.operator !== 'string') return UNKNOWN;
  const left = factRef(node, readable);
  const operator = operators.get(node.operator);
  if (!left || !operator) return UNKNOWN;
  const value = node.value;
  if (!(isRecord(value) && 'fact' in value))
    return { kind: 'compare', left, operator, right: { literal: value } };
  const ref = factRef(value, readable);
  return ref ? { kind: 'compare', left, operator, right: { ref } } : UNKNOWN;
}

/** Builds the prefilter of a rule's conditions. */
export function compilePrefilter(conditions: unknown, engine: Engine, scope: Scope): Prefilter {
  const operators = (engine as unknown as { operators: OperatorLookup }).operators;
  return compileNode(conditions, new Set(['search', 'options', scope]), operators);
}

function read(ref: FactRef, values: PrefilterValues, scope: Scope): unknown {
  const root =
    ref.fact === 'options' ? values.options : ref.fact === scope ? values.subject : values.search;
  return ref.path === undefined ? root : resolvePath(root, ref.path);
}

/** True, false, or undefined when the engine must decide. */
function decide(check: Check, values: PrefilterValues, scope: Scope): boolean | undefined {
  switch (check.kind) {
    case 'unknown':
      return undefined;
    case 'compare': {
      const compareTo =
        'ref' in check.right ? read(check.right.ref, values, scope) : check.right.literal;
      return check.operator.evaluate(read(check.left, values, scope), compareTo);
    }
    case 'not': {
      const inner = decide(check.child, values, scope);
      return inner === undefined ? undefined : !inner;
    }
    default: {
      let unknown = false;
      for (const child of check.children) {
        const verdict = decide(child, values, scope);
        if (verdict === undefined) unknown = true;
        else if (verdict === (check.kind === 'any')) return verdict;
      }
      return unknown ? undefined : check.kind === 'all';
    }
  }
}

/** Whether a subject may fire: false only when the prefilter proves the conditions false. */
export function passesPrefilter(
  prefilter: Prefilter,
  values: PrefilterValues,
  scope: Scope,
): boolean {
  return decide(prefilter, values, scope) !== false;
}
