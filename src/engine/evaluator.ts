/**
 * The compiled evaluator: each condition tree becomes plain synchronous closures (never `eval`
 * or `new Function`, so it runs under a strict Content Security Policy). It follows
 * json-rules-engine's semantics exactly — siblings are grouped by priority, a whole group of
 * equal priority is evaluated before the outcome is decided, shared conditions are inlined —
 * and records the same per-node results, from which the same evidence is read.
 */

import type { Scope } from '../facts/scope';
import { comparisonEvidence, conditionNames } from '../report/evidence';
import type { ConditionNode, FactRef, SharedTrees } from '../rule/condition-tree';
import { type Compare, type OperatorTable, resolveOperator } from '../rule/operators';
import { pathReader } from '../rule/path';
import type { Evidence } from '../rule/types';
import { builtInFactReader } from './prefilter';
import { ConditionFailure } from './rule-failure';

/** What conditions read: the search, the subject, the rule's options and plugin facts. */
export interface ConditionInput {
  /** The search facts. */
  readonly search: unknown;
  /** The subject's facts (the search facts for a search rule). */
  readonly subject: unknown;
  /** The rule's options in force. */
  readonly options: unknown;
  /** A plugin fact's value for some params; throws when computing it failed. */
  readonly pluginFact: (id: string, params: Readonly<Record<string, unknown>>) => unknown;
}

/** The results of one evaluation, node by node (by slot), and how many comparisons ran. */
export class Trace {
  /** Each node's result; undefined where it was not evaluated. */
  readonly results: unknown[] = [];
  /** Each comparison's fact value. */
  readonly factValues: unknown[] = [];
  /** Each comparison's compared value. */
  readonly compareTos: unknown[] = [];
  /** Comparisons evaluated. */
  comparisons = 0;
}

interface CompiledNode {
  readonly slot: number;
  readonly priority: number;
  readonly run: (input: ConditionInput, trace: Trace) => unknown;
  readonly collect: (trace: Trace, wanted: boolean, out: Evidence[]) => void;
}

/** A compiled condition tree. */
export interface CompiledConditions {
  /** Evaluates the conditions; a truthy result means they hold (as in json-rules-engine). */
  readonly run: (input: ConditionInput, trace: Trace) => unknown;
  /** The evidence of an evaluation that held: the comparisons that decided it. */
  readonly evidence: (trace: Trace) => Evidence[];
}

const NO_PARAMS: Readonly<Record<string, unknown>> = Object.freeze({});

/** A reader of one fact reference, following json-rules-engine's almanac. */
function factReader(ref: FactRef, scope: Scope): (input: ConditionInput) => unknown {
  const { fact, path } = ref;
  const params = ref.params ?? NO_PARAMS;
  const root: (input: ConditionInput) => unknown =
    builtInFactReader(fact, scope) ?? ((input) => input.pluginFact(fact, params));
  if (!path) return root;
  const read = pathReader(path);
  return (input) => {
    const value = root(input);
    // The almanac only follows a path into objects; other values are compared as they are.
    return value !== null && typeof value === 'object' ? read(value) : value;
  };
}

/** Splits siblings into sets of equal priority, highest first, keeping their order within. */
function prioritySets(children: readonly CompiledNode[]): CompiledNode[][] {
  const byPriority = new Map<number, CompiledNode[]>();
  for (const child of children) {
    const set = byPriority.get(child.priority);
    if (set) set.push(child);
    else byPriority.set(child.priority, [child]);
  }
  return [...byPriority.entries()].sort(([a], [b]) => b - a).map(([, set]) => set);
}

class Compiler {
  #slots = 0;

  constructor(
    private readonly shared: SharedTrees,
    private readonly table: OperatorTable,
    private readonly scope: Scope,
  ) {}

  node(node: ConditionNode): CompiledNode {
    switch (node.kind) {
      case 'comparison':
        return this.comparison(node);
      case 'not':
        return this.not(node.child, node.priority);
      case 'reference': {
        const target = this.shared.get(node.name);
        if (!target) throw new Error(`${node.at}: unknown shared condition "${node.name}"`);
        // Inlined: the reference takes the shared condition's place, with its own priority.
        return { ...this.node(target), priority: node.priority };
      }
      default:
        return this.group(
          node.kind,
          node.children.map((child) => this.node(child)),
          node.priority,
        );
    }
  }

  private comparison(node: Extract<ConditionNode, { kind: 'comparison' }>): CompiledNode {
    const slot = this.#slots++;
    const compare: Compare | undefined = resolveOperator(node.operator, this.table);
    if (!compare) throw new Error(`${node.at}: unknown operator "${node.operator}"`);
    const readLeft = factReader(node.left, this.scope);
    const right = node.right;
    const readRight = 'literal' in right ? () => right.literal : factReader(right.fact, this.scope);
    const written = 'literal' in right ? right.literal : right.written;
    const names = conditionNames(node.left, written);
    return {
      slot,
      priority: node.priority,
      run: (input, trace) => {
        try {
          // json-rules-engine reads the compared value before the fact.
          const compareTo = readRight(input);
          const factValue = readLeft(input);
          trace.comparisons += 1;
          const result = compare(factValue, compareTo);
          trace.factValues[slot] = factValue;
          trace.compareTos[slot] = compareTo;
          trace.results[slot] = result;
          return result;
        } catch (error) {
          // The outcome's detail names this condition (see describeRuleFailure).
          throw new ConditionFailure(node, error);
        }
      },
      collect: (trace, wanted, out) => {
        if (trace.results[slot] !== wanted) return;
        out.push(
          comparisonEvidence(
            {
              left: node.left,
              operator: node.operator,
              value: written,
              factValue: trace.factValues[slot],
              compareTo: trace.compareTos[slot],
            },
            names,
          ),
        );
      },
    };
  }

  private not(childNode: ConditionNode, priority: number): CompiledNode {
    const slot = this.#slots++;
    const child = this.node(childNode);
    return {
      slot,
      priority,
      run: (input, trace) => {
        const result = !child.run(input, trace);
        trace.results[slot] = result;
        return result;
      },
      collect: (trace, wanted, out) => child.collect(trace, !wanted, out),
    };
  }

  private group(kind: 'all' | 'any', children: CompiledNode[], priority: number): CompiledNode {
    const slot = this.#slots++;
    const sets = prioritySets(children);
    const only = children.length === 1 ? children[0] : undefined;
    const decide = only
      ? (input: ConditionInput, trace: Trace) => only.run(input, trace)
      : (input: ConditionInput, trace: Trace) => {
          let holds = kind === 'all';
          for (const set of sets) {
            if (kind === 'any' ? holds : !holds) break;
            // Every sibling of one priority is evaluated, as json-rules-engine does.
            let some = false;
            let every = true;
            for (const child of set) {
              if (child.run(input, trace) === true) some = true;
              else every = false;
            }
            holds = kind === 'any' ? some : every;
          }
          return holds;
        };
    return {
      slot,
      priority,
      run: (input, trace) => {
        const result = decide(input, trace) === true;
        trace.results[slot] = result;
        return result;
      },
      collect: (trace, wanted, out) => {
        for (const child of children) {
          const result = trace.results[child.slot];
          // Only children whose outcome matched decided it: a failed branch of a passing `any` did not.
          if (result === undefined || result === wanted) child.collect(trace, wanted, out);
        }
      },
    };
  }

  root(node: ConditionNode): CompiledConditions {
    // At the root, a group of one passes its child's own result on, as json-rules-engine does.
    const compiled =
      (node.kind === 'all' || node.kind === 'any') && node.children.length === 1
        ? this.node(node.children[0] as ConditionNode)
        : this.node(node);
    return {
      run: compiled.run,
      evidence: (trace) => {
        const out: Evidence[] = [];
        compiled.collect(trace, true, out);
        return out;
      },
    };
  }
}

/** Compiles a condition tree, with the shared conditions it may refer to, into closures. */
export function compileConditions(
  tree: ConditionNode,
  shared: SharedTrees,
  table: OperatorTable,
  scope: Scope,
): CompiledConditions {
  return new Compiler(shared, table, scope).root(tree);
}
