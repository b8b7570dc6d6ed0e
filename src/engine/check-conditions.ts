import { RULE_SET_LIMITS } from './limits';
import { parsePath } from './path';
import { factFields, type Registry } from './registry';
import { closest } from './suggest';
import type { Scope } from './types';

/** One problem found in a rule or rule set. */
export interface RuleIssue {
  /** Where, e.g. `rules[2].conditions.all[0].fact`. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
}

/** What a condition of one rule may refer to. */
export interface ConditionScope {
  /** The rule's scope (its subject fact is named after it). */
  readonly scope: Scope;
  /** The rule's option names, readable through the `options` fact. */
  readonly optionNames: ReadonlySet<string>;
  /** Registered facts, operators, decorators and shared conditions. */
  readonly registry: Registry;
}

const LEAF_KEYS = new Set(['fact', 'operator', 'value', 'path', 'params', 'priority', 'name']);
const BOOLEAN_KEYS = new Set(['all', 'any', 'not', 'name', 'priority']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hint(name: string, known: Iterable<string>): string {
  const best = closest(name, known);
  return best ? ` (did you mean "${best}"?)` : '';
}

class ConditionChecker {
  nodes = 0;

  constructor(
    private readonly context: ConditionScope,
    private readonly issues: RuleIssue[],
  ) {}

  private report(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  private knownFacts(): string[] {
    return [
      ...new Set(['search', 'options', this.context.scope, ...this.context.registry.customFacts]),
    ];
  }

  /** Checks a fact reference: its name, its path and its params. */
  private factReference(node: Record<string, unknown>, path: string): void {
    const { fact } = node;
    if (
      typeof fact !== 'string' ||
      fact.length === 0 ||
      fact.length > RULE_SET_LIMITS.maxNameLength
    ) {
      this.report(`${path}.fact`, 'must be a fact name');
      return;
    }
    const custom = this.context.registry.customFacts.has(fact);
    const fields = factFields(fact, this.context.scope);
    if (!custom && !fields && fact !== 'options') {
      this.report(
        `${path}.fact`,
        `unknown fact "${fact}"${hint(fact, this.knownFacts())}; rules may read ${this.knownFacts()
          .map((f) => `"${f}"`)
          .join(', ')}`,
      );
      return;
    }
    if (node.params !== undefined) this.params(node.params, `${path}.params`);
    if (node.path === undefined) return;
    if (typeof node.path !== 'string' || node.path.length > RULE_SET_LIMITS.maxNameLength) {
      this.report(`${path}.path`, 'must be a plain dotted path');
      return;
    }
    const parsed = parsePath(node.path);
    if ('error' in parsed) {
      this.report(`${path}.path`, parsed.error);
      return;
    }
    const [first, ...rest] = parsed.segments;
    if (first === undefined || custom) return;
    if (fact === 'options') {
      if (!this.context.optionNames.has(first) || rest.length > 0)
        this.report(
          `${path}.path`,
          `"${node.path}" is not an option of this rule${hint(first, this.context.optionNames)}`,
        );
      return;
    }
    const kind = fields?.[first];
    if (!kind)
      this.report(
        `${path}.path`,
        `"${fact}" has no field "${first}"${hint(first, Object.keys(fields ?? {}))}`,
      );
    else if (rest.length > 0 && kind !== 'object' && kind !== 'list')
      this.report(`${path}.path`, `"${fact}.${first}" is a ${kind} and has no fields`);
  }

  private params(params: unknown, path: string): void {
    if (!isRecord(params)) {
      this.report(path, 'must be an object of plain values');
      return;
    }
    const entries = Object.entries(params);
    if (entries.length > RULE_SET_LIMITS.maxOptions)
      this.report(path, `has more than ${RULE_SET_LIMITS.maxOptions} entries`);
    for (const [key, value] of entries) this.plainValue(value, `${path}.${key}`);
  }

  /** A literal: string, number, boolean, null or a bounded array of them. */
  private plainValue(value: unknown, path: string): void {
    if (Array.isArray(value)) {
      if (value.length > RULE_SET_LIMITS.maxArrayItems)
        this.report(
          path,
          `has ${value.length} items; at most ${RULE_SET_LIMITS.maxArrayItems} are allowed`,
        );
      else
        value.forEach((item, i) => {
          this.plainValue(item, `${path}[${i}]`);
        });
      return;
    }
    if (typeof value === 'string' && value.length > RULE_SET_LIMITS.maxTextLength)
      this.report(
        path,
        `is ${value.length} characters long; at most ${RULE_SET_LIMITS.maxTextLength} are allowed`,
      );
    else if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
      this.report(
        path,
        'must be a string, number, boolean, null, an array of these, or a fact reference',
      );
    else if (typeof value === 'number' && !Number.isFinite(value))
      this.report(path, 'must be a finite number');
  }

  private operator(operator: unknown, path: string): void {
    if (typeof operator !== 'string' || operator.length > RULE_SET_LIMITS.maxNameLength) {
      this.report(path, 'must be an operator name');
      return;
    }
    const parts = operator.split(':');
    const base = parts.pop() ?? '';
    const { operators, decorators } = this.context.registry;
    if (!operators.has(base))
      this.report(path, `unknown operator "${base}"${hint(base, operators)}`);
    for (const decorator of parts)
      if (!decorators.has(decorator))
        this.report(
          path,
          `unknown operator decorator "${decorator}"${hint(decorator, decorators)}`,
        );
  }

  /** Checks one condition node and everything below it. */
  node(node: unknown, path: string, depth: number): void {
    this.nodes += 1;
    if (this.nodes === RULE_SET_LIMITS.maxConditionNodes + 1)
      this.report(path, `the conditions have more than ${RULE_SET_LIMITS.maxConditionNodes} nodes`);
    if (depth > RULE_SET_LIMITS.maxConditionDepth) {
      this.report(
        path,
        `conditions are nested more than ${RULE_SET_LIMITS.maxConditionDepth} levels deep`,
      );
      return;
    }
    if (!isRecord(node)) {
      this.report(path, 'must be a condition object');
      return;
    }
    if ('condition' in node) this.reference(node, path);
    else if ('all' in node || 'any' in node || 'not' in node) this.boolean(node, path, depth);
    else if ('fact' in node) this.leaf(node, path);
    else this.report(path, 'must have "all", "any", "not", "condition" or "fact"');
  }

  private reference(node: Record<string, unknown>, path: string): void {
    for (const key of Object.keys(node))
      if (key !== 'condition' && key !== 'name' && key !== 'priority')
        this.report(`${path}.${key}`, 'is not allowed in a condition reference');
    const name = node.condition;
    if (typeof name !== 'string' || !this.context.registry.conditions.has(name))
      this.report(
        `${path}.condition`,
        `unknown shared condition ${JSON.stringify(name)}${typeof name === 'string' ? hint(name, this.context.registry.conditions) : ''}`,
      );
    this.priority(node.priority, `${path}.priority`);
  }

  private boolean(node: Record<string, unknown>, path: string, depth: number): void {
    const kinds = ['all', 'any', 'not'].filter((k) => k in node);
    if (kinds.length > 1)
      this.report(path, `has ${kinds.map((k) => `"${k}"`).join(' and ')}; use one per node`);
    for (const key of Object.keys(node))
      if (!BOOLEAN_KEYS.has(key)) this.report(`${path}.${key}`, 'is not allowed here');
    this.priority(node.priority, `${path}.priority`);
    for (const kind of kinds) {
      const children = node[kind];
      if (kind === 'not') {
        this.node(children, `${path}.not`, depth + 1);
        continue;
      }
      if (!Array.isArray(children))
        this.report(`${path}.${kind}`, 'must be an array of conditions');
      else if (children.length === 0) this.report(`${path}.${kind}`, 'must not be empty');
      else if (children.length > RULE_SET_LIMITS.maxArrayItems)
        this.report(
          `${path}.${kind}`,
          `has ${children.length} conditions; at most ${RULE_SET_LIMITS.maxArrayItems} are allowed`,
        );
      else
        children.forEach((child, i) => {
          this.node(child, `${path}.${kind}[${i}]`, depth + 1);
        });
    }
  }

  private leaf(node: Record<string, unknown>, path: string): void {
    for (const key of Object.keys(node))
      if (!LEAF_KEYS.has(key)) this.report(`${path}.${key}`, 'is not allowed in a condition');
    this.factReference(node, path);
    this.operator(node.operator, `${path}.operator`);
    this.priority(node.priority, `${path}.priority`);
    if (!('value' in node)) this.report(`${path}.value`, 'is required');
    else if (isRecord(node.value)) {
      const value = node.value;
      for (const key of Object.keys(value))
        if (key !== 'fact' && key !== 'path' && key !== 'params')
          this.report(`${path}.value.${key}`, 'is not allowed in a fact reference');
      this.factReference(value, `${path}.value`);
    } else this.plainValue(node.value, `${path}.value`);
  }

  private priority(priority: unknown, path: string): void {
    if (
      priority !== undefined &&
      !(Number.isInteger(priority) && (priority as number) >= 1 && (priority as number) <= 100)
    )
      this.report(path, 'must be a whole number from 1 to 100');
  }
}

/**
 * Checks a condition tree against what a rule may use: registered facts (with fields that exist),
 * registered operators and decorators, existing shared conditions, plain paths, and the limits.
 */
export function checkConditions(
  conditions: unknown,
  path: string,
  context: ConditionScope,
  issues: RuleIssue[],
): void {
  const checker = new ConditionChecker(context, issues);
  if (
    !isRecord(conditions) ||
    !(
      'all' in conditions ||
      'any' in conditions ||
      'not' in conditions ||
      'condition' in conditions
    )
  ) {
    issues.push({
      path,
      message: 'must be an object with "all", "any", "not" or "condition" at its root',
    });
    return;
  }
  checker.node(conditions, path, 1);
}

/** Names of the shared conditions a condition tree refers to. */
export function referencedConditions(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) referencedConditions(child, found);
  else if (isRecord(node)) {
    if (typeof node.condition === 'string') found.add(node.condition);
    for (const key of ['all', 'any', 'not'])
      if (key in node) referencedConditions(node[key], found);
  }
  return found;
}

/** Finds cycles among shared conditions that refer to each other; returns one issue per cycle. */
export function findConditionCycles(
  shared: Readonly<Record<string, unknown>>,
  path: string,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(name)), name];
      issues.push({
        path: `${path}.${cycle[0]}`,
        message: `shared conditions refer to each other in a cycle: ${cycle.join(' → ')}`,
      });
      return;
    }
    state.set(name, 'visiting');
    for (const next of referencedConditions(shared[name]))
      if (Object.hasOwn(shared, next)) visit(next, [...trail, name]);
    state.set(name, 'done');
  };
  for (const name of Object.keys(shared)) visit(name, []);
  return issues;
}
