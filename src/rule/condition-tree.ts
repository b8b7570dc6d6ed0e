/**
 * The condition tree: json-rules-engine condition JSON, parsed once (by `checkConditions`) into
 * typed nodes. Validation, cost counting, the prefilter, both evaluators, evidence and the rule
 * docs all walk this tree instead of reading the JSON their own way.
 */

/** A reference to a fact: its name, an optional plain dotted path, and optional params. */
export interface FactRef {
  /** The fact's name (`search`, `options`, the scope name, or a plugin fact). */
  readonly fact: string;
  /** The path inside the fact's value, as written (`$.` prefix allowed). */
  readonly path?: string;
  /** Params passed to a plugin fact. */
  readonly params?: Readonly<Record<string, unknown>>;
}

interface NodeBase {
  /** Where the node was written, e.g. `rules[0].conditions.all[1]`. */
  readonly at: string;
  /**
   * Evaluation priority among siblings, higher first (json-rules-engine's `priority`; 1 when
   * absent). Siblings of equal priority are all evaluated; lower ones only if still undecided.
   */
  readonly priority: number;
}

/** `all` or `any` of several conditions. */
export interface GroupNode extends NodeBase {
  readonly kind: 'all' | 'any';
  readonly children: readonly ConditionNode[];
}

/** The negation of one condition. */
export interface NotNode extends NodeBase {
  readonly kind: 'not';
  readonly child: ConditionNode;
}

/** A reference to a shared condition, by name. */
export interface ReferenceNode extends NodeBase {
  readonly kind: 'reference';
  readonly name: string;
}

/** A comparison: a fact, an operator (with decorators) and a literal or a fact value. */
export interface ComparisonNode extends NodeBase {
  readonly kind: 'comparison';
  readonly left: FactRef;
  /** The operator as written, decorators included (`someFact:greaterThan`). */
  readonly operator: string;
  /** What the fact is compared with: a literal, or another fact's value (and its JSON as written). */
  readonly right:
    | { readonly literal: unknown }
    | { readonly fact: FactRef; readonly written: Readonly<Record<string, unknown>> };
}

/** One node of a condition tree. */
export type ConditionNode = GroupNode | NotNode | ReferenceNode | ComparisonNode;

/** Shared conditions by name, parsed. */
export type SharedTrees = ReadonlyMap<string, ConditionNode>;

/** Names of the shared conditions a tree refers to directly. */
export function referencesOf(node: ConditionNode, found = new Set<string>()): Set<string> {
  switch (node.kind) {
    case 'reference':
      found.add(node.name);
      break;
    case 'not':
      referencesOf(node.child, found);
      break;
    case 'all':
    case 'any':
      for (const child of node.children) referencesOf(child, found);
      break;
    default:
      break;
  }
  return found;
}

/** Every comparison of a tree, shared conditions not followed. */
export function comparisonsOf(node: ConditionNode, found: ComparisonNode[] = []): ComparisonNode[] {
  if (node.kind === 'comparison') found.push(node);
  else if (node.kind === 'not') comparisonsOf(node.child, found);
  else if (node.kind !== 'reference')
    for (const child of node.children) comparisonsOf(child, found);
  return found;
}

/**
 * The number of nodes a tree has once every shared-condition reference is replaced by the
 * condition it names — what evaluating it can cost. Sizes of shared conditions are memoised, so
 * counting is linear in the written size even when references multiply (`a` uses `b` ten times,
 * `b` uses `c` ten times, ...). Unknown references count as one node; callers refuse cycles first.
 */
export function expandedSize(
  node: ConditionNode,
  shared: SharedTrees,
  memo: Map<string, number> = new Map(),
): number {
  switch (node.kind) {
    case 'comparison':
      return 1;
    case 'not':
      return 1 + expandedSize(node.child, shared, memo);
    case 'reference': {
      const known = memo.get(node.name);
      if (known !== undefined) return known;
      const target = shared.get(node.name);
      // Mark first, so an unnoticed cycle cannot recurse forever.
      memo.set(node.name, 1);
      const size = target ? expandedSize(target, shared, memo) : 1;
      memo.set(node.name, size);
      return size;
    }
    default: {
      let size = 1;
      for (const child of node.children) size += expandedSize(child, shared, memo);
      return size;
    }
  }
}

/**
 * Finds cycles among shared conditions that refer to each other; returns one message per cycle,
 * with the name it starts at.
 */
export function findCycles(shared: SharedTrees): { name: string; message: string }[] {
  const found: { name: string; message: string }[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(name)), name];
      found.push({
        name: cycle[0] as string,
        message: `shared conditions refer to each other in a cycle: ${cycle.join(' → ')}`,
      });
      return;
    }
    state.set(name, 'visiting');
    const node = shared.get(name);
    if (node)
      for (const next of referencesOf(node)) if (shared.has(next)) visit(next, [...trail, name]);
    state.set(name, 'done');
  };
  for (const name of shared.keys()) visit(name, []);
  return found;
}

/** A path as people read it: without json-rules-engine's leading `$.`. */
function plainPath(path: string): string {
  return path.replace(/^\$\.?/, '');
}

/** The fact and path a reference reads, for people: `search.offerOutlook.cold`. */
export function factLabel(ref: FactRef): string {
  const path = ref.path === undefined ? undefined : plainPath(ref.path);
  return path ? `${ref.fact}.${path}` : ref.fact;
}

/**
 * The option a fact reference reads, if it reads one (`minCompanies` for `options.minCompanies`):
 * from a reference as parsed or as written in a condition's `value`.
 */
export function optionOf(ref: unknown): string | undefined {
  if (typeof ref !== 'object' || ref === null) return undefined;
  const { fact, path } = ref as { fact?: unknown; path?: unknown };
  return fact === 'options' && typeof path === 'string' ? plainPath(path) : undefined;
}

/** The option a comparison's value reads, if it reads one (`options.minCompanies`). */
export function optionRead(node: ComparisonNode): string | undefined {
  return 'fact' in node.right ? optionOf(node.right.fact) : undefined;
}
