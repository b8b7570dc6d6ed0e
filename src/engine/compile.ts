import { Engine } from 'json-rules-engine';
import { collectEvidence } from './evidence';
import { resolvePath } from './path';
import type { AnyRule, Conditions, Evidence, Selector, Severity } from './types';
import { compileWording, type Wording } from './wording';

/** A custom json-rules-engine operator registered by host code. */
export interface CustomOperator {
  /** Operator name used in conditions. */
  readonly name: string;
  /** Compares a fact value with a condition's value. */
  readonly evaluate: (factValue: unknown, compareTo: unknown) => boolean;
}

/** Engine-level additions shared by every rule of an advisor. */
export interface EngineExtensions {
  /** Custom operators. */
  readonly operators: readonly CustomOperator[];
  /** Custom operator decorators (`name:operator`). */
  readonly decorators: readonly {
    /** The prefix used in conditions, e.g. `caseless` for `caseless:equal`. */
    readonly name: string;
    /** Calls `next` with the (possibly transformed) values, or decides on its own. */
    readonly evaluate: (
      factValue: unknown,
      compareTo: unknown,
      next: (factValue: unknown, compareTo: unknown) => boolean,
    ) => boolean;
  }[];
  /** Shared conditions, referenced from rules as `{ "condition": name }`. */
  readonly conditions: Readonly<Record<string, Conditions>>;
}

/** No extensions. */
export const NO_EXTENSIONS: EngineExtensions = { operators: [], decorators: [], conditions: {} };

/** A rule ready to run: its engine is built once, with its settings fixed. */
export interface CompiledRule {
  readonly rule: AnyRule;
  /** Severity in force when the rule fires and no severity case holds. */
  readonly severity: Severity;
  /** Whether configuration fixed the severity (severity cases then do not apply). */
  readonly severityFixed: boolean;
  /** Options in force, defaults filled in. */
  readonly options: Record<string, unknown>;
  readonly engine: Engine;
  /** The rule's message and actions, templates parsed. */
  readonly wording: Wording;
}

const BASE = 'base';
const SEVERITY_CASE = 'severity-case:';

/**
 * Builds the json-rules-engine engine of one rule: its conditions, one extra engine rule per
 * severity case, the safe path resolver and the shared extensions.
 */
export function compileRule(
  rule: AnyRule,
  settings: { severity?: Severity; options: Record<string, unknown> },
  extensions: EngineExtensions,
): CompiledRule {
  const engine = new Engine([], { pathResolver: resolvePath, allowUndefinedFacts: false });
  for (const op of extensions.operators) engine.addOperator(op.name, op.evaluate);
  for (const dec of extensions.decorators) engine.addOperatorDecorator(dec.name, dec.evaluate);
  for (const [name, conditions] of Object.entries(extensions.conditions))
    engine.setCondition(name, conditions);
  engine.addRule({ name: BASE, conditions: rule.conditions, event: { type: BASE } });
  const severityCases = settings.severity === undefined ? (rule.severityWhen ?? []) : [];
  severityCases.forEach((severityCase, index) => {
    engine.addRule({
      name: `${SEVERITY_CASE}${index}`,
      conditions: severityCase.conditions,
      event: { type: 'severity-case' },
    });
  });
  return {
    rule,
    severity: settings.severity ?? rule.meta.severity,
    severityFixed: settings.severity !== undefined,
    options: settings.options,
    engine,
    wording: compileWording(rule),
  };
}

/** Whether a subject's facts match a rule's selector. */
export function matchesSelector(selector: Selector | undefined, facts: object): boolean {
  if (!selector) return true;
  for (const [key, expected] of Object.entries(selector)) {
    const actual = Object.hasOwn(facts, key) ? (facts as Record<string, unknown>)[key] : undefined;
    const allowed: readonly unknown[] = Array.isArray(expected) ? expected : [expected];
    if (!allowed.includes(actual)) return false;
  }
  return true;
}

/** The result of running a rule on one subject. */
export type SubjectResult =
  | { readonly fired: false }
  | { readonly fired: true; readonly severity: Severity; readonly evidence: readonly Evidence[] };

/** Runs a compiled rule on one subject's facts. */
export async function runRule(
  compiled: CompiledRule,
  facts: Readonly<Record<string, unknown>>,
): Promise<SubjectResult> {
  const { results } = await compiled.engine.run({ ...facts, options: compiled.options });
  const base = results.find((r) => r.name === BASE);
  if (!base) return { fired: false };
  const evidence = collectEvidence(base.conditions);
  const severityCases = compiled.severityFixed ? [] : (compiled.rule.severityWhen ?? []);
  for (let index = 0; index < severityCases.length; index++) {
    const hit = results.find((r) => r.name === `${SEVERITY_CASE}${index}`);
    const severityCase = severityCases[index];
    if (hit && severityCase)
      return {
        fired: true,
        severity: severityCase.severity,
        evidence: [...evidence, ...collectEvidence(hit.conditions)],
      };
  }
  return { fired: true, severity: compiled.severity, evidence };
}
