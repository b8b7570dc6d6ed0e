import type { FactKind } from '../facts/catalog';
import { SCOPES, type Scope } from '../facts/scope';
import { type ComparisonNode, type ConditionNode, type FactRef, factLabel } from './condition-tree';
import { RULE_SET_LIMITS } from './limits';
import { BUILT_IN_DECORATOR_TABLE, BUILT_IN_OPERATOR_TABLE } from './operators';
import { parsePath } from './path';
import { factFields, type Registry } from './registry';
import { didYouMean as hint } from './suggest';

/** One problem found in a rule or rule set. */
export interface RuleIssue {
  /** Where, e.g. `rules[2].conditions.all[0].fact`. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
}

/** What a condition of one rule may refer to. */
export interface ConditionScope {
  /**
   * The rule's scope (its subject fact is named after it), or undefined for a shared condition
   * no rule uses, which may then read the facts of any scope.
   */
  readonly scope: Scope | undefined;
  /** The rule's option names, readable through the `options` fact. */
  readonly optionNames: ReadonlySet<string>;
  /** Registered facts, operators, decorators and shared conditions. */
  readonly registry: Registry;
  /**
   * Accept any fact, field, option, operator and shared condition name, checking only the shape
   * and limits: for describing conditions whose names were checked elsewhere.
   */
  readonly anyName?: boolean;
}

const LEAF_KEYS = new Set(['fact', 'operator', 'value', 'path', 'params', 'priority', 'name']);
const BOOLEAN_KEYS = new Set(['all', 'any', 'not', 'name', 'priority']);
const NUMERIC_OPERATORS = new Set([
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
]);

const BUILT_IN_OPERATOR_BY_NAME = new Map(BUILT_IN_OPERATOR_TABLE.map((o) => [o.name, o]));
const BUILT_IN_DECORATOR_BY_NAME = new Map(BUILT_IN_DECORATOR_TABLE.map((d) => [d.name, d]));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value's JSON type, in words: `a string`, `a list`, `null`. */
function typeWords(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Whether a literal fits a fact field of a kind (null, "unknown", fits every kind). */
function fitsKind(value: unknown, kind: FactKind): boolean {
  if (value === null) return true;
  if (kind === 'list') return Array.isArray(value);
  if (kind === 'object') return isRecord(value);
  return typeof value === kind;
}

/** Checks condition JSON and, when it is valid, builds its tree. */
class ConditionChecker {
  nodes = 0;
  #issues: RuleIssue[];

  constructor(
    private readonly context: ConditionScope,
    issues: RuleIssue[],
  ) {
    this.#issues = issues;
  }

  get problems(): number {
    return this.#issues.length;
  }

  private report(path: string, message: string): void {
    this.#issues.push({ path, message });
  }

  private knownFacts(): string[] {
    const scopes = this.context.scope ? [this.context.scope] : SCOPES;
    return [...new Set(['search', 'options', ...scopes, ...this.context.registry.customFacts])];
  }

  private fieldsOf(fact: string): Readonly<Record<string, FactKind>> | undefined {
    const { scope } = this.context;
    if (scope) return factFields(fact, scope);
    return (SCOPES as readonly string[]).includes(fact)
      ? factFields(fact, fact as Scope)
      : undefined;
  }

  /** The kind of the field a reference reads, when it reads one field of a built-in fact. */
  private kindOf(ref: FactRef): FactKind | undefined {
    if (ref.path === undefined || this.context.registry.customFacts.has(ref.fact)) return undefined;
    const parsed = parsePath(ref.path);
    if ('error' in parsed || parsed.segments.length !== 1) return undefined;
    const fields = this.fieldsOf(ref.fact);
    const first = parsed.segments[0] as string;
    return fields && Object.hasOwn(fields, first) ? fields[first] : undefined;
  }

  /** Checks a fact reference (its name, path and params) and returns it when valid. */
  private factReference(node: Record<string, unknown>, path: string): FactRef | undefined {
    const before = this.problems;
    const { fact } = node;
    if (
      typeof fact !== 'string' ||
      fact.length === 0 ||
      fact.length > RULE_SET_LIMITS.maxNameLength
    ) {
      this.report(`${path}.fact`, 'must be a fact name');
      return undefined;
    }
    const custom = this.context.registry.customFacts.has(fact) || this.context.anyName === true;
    const fields = this.fieldsOf(fact);
    if (!custom && !fields && fact !== 'options') {
      this.report(
        `${path}.fact`,
        `unknown fact "${fact}"${hint(fact, this.knownFacts())}; rules may read ${this.knownFacts()
          .map((f) => `"${f}"`)
          .join(', ')}`,
      );
      return undefined;
    }
    if (node.params !== undefined) this.params(node.params, `${path}.params`);
    const ref: FactRef = {
      fact,
      ...(typeof node.path === 'string' ? { path: node.path } : {}),
      ...(isRecord(node.params) ? { params: node.params } : {}),
    };
    if (node.path === undefined) return this.problems === before ? ref : undefined;
    if (typeof node.path !== 'string' || node.path.length > RULE_SET_LIMITS.maxNameLength) {
      this.report(`${path}.path`, 'must be a plain dotted path');
      return undefined;
    }
    const parsed = parsePath(node.path);
    if ('error' in parsed) {
      this.report(`${path}.path`, parsed.error);
      return undefined;
    }
    const [first, ...rest] = parsed.segments;
    if (first === undefined || custom) return this.problems === before ? ref : undefined;
    if (fact === 'options') {
      if (!this.context.optionNames.has(first) || rest.length > 0)
        this.report(
          `${path}.path`,
          `"${node.path}" is not an option of this rule${hint(first, this.context.optionNames)}`,
        );
      return this.problems === before ? ref : undefined;
    }
    const kind = fields && Object.hasOwn(fields, first) ? fields[first] : undefined;
    if (!kind)
      this.report(
        `${path}.path`,
        `"${fact}" has no field "${first}"${hint(first, Object.keys(fields ?? {}))}`,
      );
    else if (rest.length > 0 && kind !== 'object' && kind !== 'list')
      this.report(`${path}.path`, `"${fact}.${first}" is a ${kind} and has no fields`);
    return this.problems === before ? ref : undefined;
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
    const { operators, decorators } = this.context.registry.table;
    if (this.context.anyName) return;
    if (!operators.has(base))
      this.report(path, `unknown operator "${base}"${hint(base, operators.keys())}`);
    for (const decorator of parts)
      if (!decorators.has(decorator))
        this.report(
          path,
          `unknown operator decorator "${decorator}"${hint(decorator, decorators.keys())}`,
        );
  }

  /**
   * Checks that a literal suits the operator and the field it is compared with: lists where the
   * operator takes a list, numbers where the field is a number, and so on — json-rules-engine
   * would otherwise coerce (`"1"` to 1) or search a string for a substring, silently. Decorators
   * are followed from the outermost in; past one this cannot follow (a plugin's), nothing is
   * checked.
   */
  private operands(node: ComparisonNode, path: string): void {
    const parts = node.operator.split(':');
    const base = parts.pop() as string;
    const { operators, decorators } = this.context.registry.table;
    const literal = 'literal' in node.right ? node.right.literal : undefined;
    const kind = this.kindOf(node.left);
    const label = factLabel(node.left);
    let swapped = false;
    let literalSide = 'literal' in node.right;
    let factSide = kind !== undefined;
    for (const name of parts) {
      // A plugin's decorator (or one replacing a built-in) may transform anything: stop here.
      if (decorators.get(name) !== BUILT_IN_DECORATOR_BY_NAME.get(name)) return;
      if (name === 'swap') swapped = !swapped;
      const takesList = name === 'someValue' || name === 'everyValue';
      const takesListFact = name === 'someFact' || name === 'everyFact';
      // After swap, the value's decorators read the fact and the other way round.
      const onLiteral = swapped ? takesListFact : takesList;
      const onFact = swapped ? takesList : takesListFact;
      if (onLiteral && literalSide && !Array.isArray(literal)) {
        this.report(
          `${path}.value`,
          `"${name}" goes through a list of values, got ${typeWords(literal)}; write [${JSON.stringify(literal)}]`,
        );
        return;
      }
      if (onFact && factSide && kind !== 'list') {
        this.report(`${path}.operator`, `"${name}" needs a list, but ${label} is a ${kind}`);
        return;
      }
      // Past a decorator that goes through a list, each side holds one of its items: unknown.
      if (onLiteral) literalSide = false;
      if (onFact) factSide = false;
    }
    const entry = operators.get(base);
    if (!entry || entry !== BUILT_IN_OPERATOR_BY_NAME.get(base)) return;
    // What reaches the operator: checked only while each side is still the one written.
    const value = !swapped && literalSide ? { literal } : undefined;
    const fact = !swapped && factSide ? kind : undefined;
    if (entry.listValue && value && !Array.isArray(value.literal)) {
      this.report(
        `${path}.value`,
        `"${base}" compares with a list of values, got ${typeWords(value.literal)}; write [${JSON.stringify(value.literal)}]`,
      );
      return;
    }
    if ((base === 'contains' || base === 'doesNotContain') && fact && fact !== 'list') {
      this.report(`${path}.operator`, `"${base}" needs a list, but ${label} is a ${fact}`);
      return;
    }
    if (!value) return;
    if (NUMERIC_OPERATORS.has(base) && typeof value.literal !== 'number') {
      this.report(`${path}.value`, `"${base}" compares numbers, got ${typeWords(value.literal)}`);
      return;
    }
    if (!fact || fact === 'list' || fact === 'object') return;
    if (base !== 'equal' && base !== 'notEqual' && base !== 'in' && base !== 'notIn') return;
    const values = entry.listValue ? (value.literal as unknown[]) : [value.literal];
    values.forEach((item, i) => {
      if (!fitsKind(item, fact))
        this.report(
          entry.listValue ? `${path}.value[${i}]` : `${path}.value`,
          `${label} is a ${fact}, got ${typeWords(item)} ${JSON.stringify(item)}`,
        );
    });
  }

  /** Checks one condition node and everything below it; returns its tree when valid. */
  node(node: unknown, path: string, depth: number): ConditionNode | undefined {
    this.nodes += 1;
    if (this.nodes === RULE_SET_LIMITS.maxConditionNodes + 1)
      this.report(path, `the conditions have more than ${RULE_SET_LIMITS.maxConditionNodes} nodes`);
    if (depth > RULE_SET_LIMITS.maxConditionDepth) {
      this.report(
        path,
        `conditions are nested more than ${RULE_SET_LIMITS.maxConditionDepth} levels deep`,
      );
      return undefined;
    }
    if (!isRecord(node)) {
      this.report(path, 'must be a condition object');
      return undefined;
    }
    const before = this.problems;
    let tree: ConditionNode | undefined;
    if ('condition' in node) tree = this.reference(node, path);
    else if ('all' in node || 'any' in node || 'not' in node)
      tree = this.boolean(node, path, depth);
    else if ('fact' in node) tree = this.leaf(node, path);
    else this.report(path, 'must have "all", "any", "not", "condition" or "fact"');
    return this.problems === before ? tree : undefined;
  }

  private reference(node: Record<string, unknown>, path: string): ConditionNode | undefined {
    for (const key of Object.keys(node))
      if (key !== 'condition' && key !== 'name' && key !== 'priority')
        this.report(`${path}.${key}`, 'is not allowed in a condition reference');
    const name = node.condition;
    if (
      typeof name !== 'string' ||
      (!this.context.anyName && !this.context.registry.conditions.has(name))
    )
      this.report(
        `${path}.condition`,
        `unknown shared condition ${JSON.stringify(name)}${typeof name === 'string' ? hint(name, this.context.registry.conditions) : ''}`,
      );
    this.priority(node.priority, `${path}.priority`);
    return { kind: 'reference', name: String(name), priority: priorityOf(node), at: path };
  }

  private boolean(
    node: Record<string, unknown>,
    path: string,
    depth: number,
  ): ConditionNode | undefined {
    const kinds = ['all', 'any', 'not'].filter((k) => k in node);
    if (kinds.length > 1)
      this.report(path, `has ${kinds.map((k) => `"${k}"`).join(' and ')}; use one per node`);
    for (const key of Object.keys(node))
      if (!BOOLEAN_KEYS.has(key)) this.report(`${path}.${key}`, 'is not allowed here');
    this.priority(node.priority, `${path}.priority`);
    const priority = priorityOf(node);
    let tree: ConditionNode | undefined;
    for (const kind of kinds) {
      const children = node[kind];
      if (kind === 'not') {
        const child = this.node(children, `${path}.not`, depth + 1);
        if (child) tree = { kind: 'not', child, priority, at: path };
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
      else {
        const parsed = children.map((child, i) =>
          this.node(child, `${path}.${kind}[${i}]`, depth + 1),
        );
        tree = {
          kind: kind as 'all' | 'any',
          children: parsed.filter((child) => child !== undefined),
          priority,
          at: path,
        };
      }
    }
    return tree;
  }

  private leaf(node: Record<string, unknown>, path: string): ConditionNode | undefined {
    const before = this.problems;
    for (const key of Object.keys(node))
      if (!LEAF_KEYS.has(key)) this.report(`${path}.${key}`, 'is not allowed in a condition');
    const left = this.factReference(node, path);
    this.operator(node.operator, `${path}.operator`);
    this.priority(node.priority, `${path}.priority`);
    let right: ComparisonNode['right'] | undefined;
    if (!('value' in node)) this.report(`${path}.value`, 'is required');
    else if (isRecord(node.value)) {
      const value = node.value;
      for (const key of Object.keys(value))
        if (key !== 'fact' && key !== 'path' && key !== 'params')
          this.report(`${path}.value.${key}`, 'is not allowed in a fact reference');
      const fact = this.factReference(value, `${path}.value`);
      if (fact) right = { fact, written: value };
    } else {
      this.plainValue(node.value, `${path}.value`);
      right = { literal: node.value };
    }
    if (this.problems !== before || !left || !right) return undefined;
    const tree: ComparisonNode = {
      kind: 'comparison',
      left,
      operator: node.operator as string,
      right,
      priority: priorityOf(node),
      at: path,
    };
    if (!this.context.anyName) this.operands(tree, path);
    return tree;
  }

  private priority(priority: unknown, path: string): void {
    if (
      priority !== undefined &&
      !(Number.isInteger(priority) && (priority as number) >= 1 && (priority as number) <= 100)
    )
      this.report(path, 'must be a whole number from 1 to 100');
  }
}

/** A node's evaluation priority: its own, or 1 (every fact has json-rules-engine's default). */
function priorityOf(node: Record<string, unknown>): number {
  return typeof node.priority === 'number' ? node.priority : 1;
}

/**
 * Checks a condition tree against what a rule may use — registered facts (with fields that
 * exist), registered operators and decorators with values that suit them, existing shared
 * conditions, plain paths, and the limits — and returns it parsed when it has no problem.
 */
export function checkConditions(
  conditions: unknown,
  path: string,
  context: ConditionScope,
  issues: RuleIssue[],
): ConditionNode | undefined {
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
    return undefined;
  }
  return checker.node(conditions, path, 1);
}
