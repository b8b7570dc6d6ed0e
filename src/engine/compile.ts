import { compileWording, type Wording } from '../report/wording';
import type { RuleTrees } from '../rule/check-rule';
import {
  type CustomDecorator,
  type CustomOperator,
  createOperatorTable,
  type OperatorTable,
} from '../rule/operators';
import type { AnyRule, Conditions, Selector, Severity } from '../rule/types';
import { type CompiledConditions, compileConditions } from './evaluator';
import { compilePrefilter, type Prefilter } from './prefilter';

export type { CustomOperator } from '../rule/operators';

/** Engine-level additions shared by every rule of an advisor. */
export interface EngineExtensions {
  /** Custom operators. */
  readonly operators: readonly CustomOperator[];
  /** Custom operator decorators (`name:operator`). */
  readonly decorators: readonly CustomDecorator[];
  /** Shared conditions, referenced from rules as `{ "condition": name }`. */
  readonly conditions: Readonly<Record<string, Conditions>>;
}

/** A severity case of a compiled rule. */
export interface CompiledCase {
  /** The severity it gives. */
  readonly severity: Severity;
  /** Its conditions, compiled. */
  readonly conditions: CompiledConditions;
}

/** A rule ready to run: its conditions parsed and compiled once, with its settings fixed. */
export interface CompiledRule {
  readonly rule: AnyRule;
  /** Severity in force when the rule fires and no severity case holds. */
  readonly severity: Severity;
  /** Whether configuration fixed the severity (severity cases then do not apply). */
  readonly severityFixed: boolean;
  /** Options in force, defaults filled in. */
  readonly options: Record<string, unknown>;
  /** The parsed conditions. */
  readonly trees: RuleTrees;
  /** Operators and decorators the conditions may use. */
  readonly table: OperatorTable;
  /** Plain comparisons that can rule a subject out before any engine runs. */
  readonly prefilter: Prefilter;
  /** The conditions, compiled into closures. */
  readonly conditions: CompiledConditions;
  /** The severity cases in force (none when configuration fixed the severity), compiled. */
  readonly cases: readonly CompiledCase[];
  /** Shared conditions as written, for json-rules-engine. */
  readonly sharedJson: Readonly<Record<string, Conditions>>;
  /** Whether a subject's facts match the rule's selector. */
  readonly selects: (facts: object) => boolean;
  /** The rule's message and actions, templates parsed. */
  readonly wording: Wording;
}

/**
 * Compiles a checked rule once per advisor: its prefilter, its conditions and the severity cases
 * in force, as closures, and its wording.
 */
export function compileRule(
  rule: AnyRule,
  settings: { severity?: Severity; options: Record<string, unknown> },
  extensions: EngineExtensions,
  trees: RuleTrees,
): CompiledRule {
  const table = createOperatorTable(extensions.operators, extensions.decorators);
  const compile = (tree: RuleTrees['conditions']) =>
    compileConditions(tree, trees.shared, table, rule.scope);
  const severityCases = settings.severity === undefined ? (rule.severityWhen ?? []) : [];
  return {
    rule,
    severity: settings.severity ?? rule.meta.severity,
    severityFixed: settings.severity !== undefined,
    options: settings.options,
    trees,
    table,
    prefilter: compilePrefilter(trees.conditions, table, rule.scope),
    conditions: compile(trees.conditions),
    cases: severityCases.map((severityCase, index) => ({
      severity: severityCase.severity,
      conditions: compile(trees.severityWhen[index] as RuleTrees['conditions']),
    })),
    sharedJson: extensions.conditions,
    selects: compileSelector(rule.select),
    wording: compileWording(rule),
  };
}

/** A rule's selector as a test of a subject's facts, built once. */
export function compileSelector(selector: Selector | undefined): (facts: object) => boolean {
  const checks = Object.entries(selector ?? {}).map(([key, expected]) => ({
    key,
    allowed: (Array.isArray(expected) ? expected : [expected]) as readonly unknown[],
  }));
  return (facts) => {
    for (const { key, allowed } of checks) {
      const actual = Object.hasOwn(facts, key)
        ? (facts as Record<string, unknown>)[key]
        : undefined;
      if (!allowed.includes(actual)) return false;
    }
    return true;
  };
}
