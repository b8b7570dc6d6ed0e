import { Engine, Fact } from 'json-rules-engine';
import { collectEvidence } from './evidence';
import { resolvePath } from './path';
import {
  compilePrefilter,
  type Prefilter,
  type PrefilterValues,
  passesPrefilter,
} from './prefilter';
import { naming } from './rule-failure';
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
  /** The engine holding the rule's own conditions. */
  readonly engine: Engine;
  /** The engine holding its severity cases, run only on subjects the rule fired for. */
  readonly caseEngine: Engine | undefined;
  /** The `options` fact, built once. */
  readonly optionsFact: Fact;
  /** Plain comparisons that can rule a subject out before the engine runs. */
  readonly prefilter: Prefilter;
  /** The rule's message and actions, templates parsed. */
  readonly wording: Wording;
}

const BASE = 'base';
const SEVERITY_CASE = 'severity-case:';

function newEngine(extensions: EngineExtensions): Engine {
  const engine = new Engine([], { pathResolver: resolvePath, allowUndefinedFacts: false });
  for (const op of extensions.operators)
    engine.addOperator(op.name, naming({ kind: 'operator', name: op.name }, op.evaluate));
  for (const dec of extensions.decorators)
    engine.addOperatorDecorator(
      dec.name,
      naming({ kind: 'operator', name: dec.name }, dec.evaluate),
    );
  for (const [name, conditions] of Object.entries(extensions.conditions))
    engine.setCondition(name, conditions);
  return engine;
}

/**
 * A json-rules-engine fact whose value is fixed. Caching is off: the value is already computed,
 * and json-rules-engine would otherwise hash it on every run.
 */
export function fixedFact(id: string, value: unknown): Fact {
  return new Fact(id, value, { cache: false });
}

/**
 * Builds the json-rules-engine engines of one rule, once per advisor: one for its conditions and,
 * if it has severity cases (and configuration did not fix its severity), one for those, so that
 * they run only for subjects the rule fired for.
 */
export function compileRule(
  rule: AnyRule,
  settings: { severity?: Severity; options: Record<string, unknown> },
  extensions: EngineExtensions,
): CompiledRule {
  const engine = newEngine(extensions);
  engine.addRule({ name: BASE, conditions: rule.conditions, event: { type: BASE } });
  const severityCases = settings.severity === undefined ? (rule.severityWhen ?? []) : [];
  let caseEngine: Engine | undefined;
  if (severityCases.length > 0) {
    caseEngine = newEngine(extensions);
    for (const [index, severityCase] of severityCases.entries())
      caseEngine.addRule({
        name: `${SEVERITY_CASE}${index}`,
        conditions: severityCase.conditions,
        event: { type: 'severity-case' },
      });
  }
  return {
    rule,
    severity: settings.severity ?? rule.meta.severity,
    severityFixed: settings.severity !== undefined,
    options: settings.options,
    engine,
    caseEngine,
    optionsFact: fixedFact('options', settings.options),
    prefilter: compilePrefilter(rule.conditions, engine, rule.scope),
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

/**
 * Runs a compiled rule on one subject: `values` feed the prefilter, `facts` (json-rules-engine
 * facts built by the caller from the same values) feed the engine.
 */
export async function runRule(
  compiled: CompiledRule,
  values: Omit<PrefilterValues, 'options'>,
  facts: readonly Fact[],
): Promise<SubjectResult> {
  const { prefilter, rule, options } = compiled;
  if (!passesPrefilter(prefilter, { ...values, options }, rule.scope)) return { fired: false };
  const runtime: Record<string, Fact> = { options: compiled.optionsFact };
  for (const fact of facts) runtime[fact.id] = fact;
  const { results } = await compiled.engine.run(runtime);
  const base = results[0];
  if (!base) return { fired: false };
  const evidence = collectEvidence(base.conditions);
  if (!compiled.caseEngine) return { fired: true, severity: compiled.severity, evidence };
  const cases = (await compiled.caseEngine.run(runtime)).results;
  const severityCases = compiled.rule.severityWhen ?? [];
  for (const [index, severityCase] of severityCases.entries()) {
    const hit = cases.find((r) => r.name === `${SEVERITY_CASE}${index}`);
    if (hit)
      return {
        fired: true,
        severity: severityCase.severity,
        evidence: [...evidence, ...collectEvidence(hit.conditions)],
      };
  }
  return { fired: true, severity: compiled.severity, evidence };
}
