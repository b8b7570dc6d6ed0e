import type { Scope } from '../facts/scope';
import type { ConditionNode, FactRef } from '../rule/condition-tree';
import { type OperatorTable, resolveOperator } from '../rule/operators';
import { pathReader } from '../rule/path';

/** The values the prefilter can read: the search, the subject and the rule's options. */
export interface PrefilterValues {
  readonly search: unknown;
  readonly subject: unknown;
  readonly options: unknown;
}

/** True or false when the comparisons it can read decide it; undefined when the engine must. */
type Decide = (values: PrefilterValues) => boolean | undefined;

/**
 * A rule's conditions, reduced to the comparisons that can be decided without running an
 * engine — on `search`, the subject and `options`, with the same operators and path resolver, so
 * each verdict is the engine's. Anything else (plugin facts, params, shared conditions) is
 * unknown. A subject the prefilter proves false cannot fire and is skipped.
 */
export type Prefilter = Decide;

const UNKNOWN: Decide = () => undefined;

/**
 * The reader of a fact the package itself provides to a rule of `scope`: `options`, the rule's
 * scope (its subject) or `search`; undefined for any other fact, which a plugin provides.
 */
export function builtInFactReader(
  fact: string,
  scope: Scope,
): ((values: PrefilterValues) => unknown) | undefined {
  if (fact === 'options') return (values) => values.options;
  if (fact === scope) return (values) => values.subject;
  if (fact === 'search') return (values) => values.search;
  return undefined;
}

function reader(ref: FactRef, scope: Scope): ((values: PrefilterValues) => unknown) | undefined {
  const { fact, path } = ref;
  if (ref.params !== undefined) return undefined;
  const root = builtInFactReader(fact, scope);
  if (!root || path === undefined) return root;
  const read = pathReader(path);
  return (values) => read(root(values));
}

function compileNode(node: ConditionNode, table: OperatorTable, scope: Scope): Decide {
  switch (node.kind) {
    case 'reference':
      return UNKNOWN;
    case 'not': {
      const child = compileNode(node.child, table, scope);
      return (values) => {
        const inner = child(values);
        return inner === undefined ? undefined : !inner;
      };
    }
    case 'comparison': {
      const left = reader(node.left, scope);
      const compare = resolveOperator(node.operator, table);
      const right = node.right;
      const compareTo = 'literal' in right ? () => right.literal : reader(right.fact, scope);
      if (!left || !compare || !compareTo) return UNKNOWN;
      return (values) => compare(left(values), compareTo(values));
    }
    default: {
      const children = node.children.map((child) => compileNode(child, table, scope));
      const deciding = node.kind === 'any';
      return (values) => {
        let unknown = false;
        for (const child of children) {
          const verdict = child(values);
          if (verdict === undefined) unknown = true;
          else if (verdict === deciding) return verdict;
        }
        return unknown ? undefined : !deciding;
      };
    }
  }
}

/** Builds the prefilter of a rule's conditions. */
export function compilePrefilter(
  tree: ConditionNode,
  table: OperatorTable,
  scope: Scope,
): Prefilter {
  return compileNode(tree, table, scope);
}

/** Whether a subject may fire: false only when the prefilter proves the conditions false. */
export function passesPrefilter(prefilter: Prefilter, values: PrefilterValues): boolean {
  return prefilter(values) !== false;
}
