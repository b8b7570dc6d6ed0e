/**
 * json-rules-engine as a second, reference engine. Only the `job-search-health/json-rules-engine`
 * entry imports this module, so the main entry's import graph (and a browser bundle of it)
 * leaves json-rules-engine out. Each rule gets its own engines, built on first use; operators
 * and decorators come from the one operator table through the engine's public `addOperator` and
 * `addOperatorDecorator`.
 */
import type { Engine, Fact } from 'json-rules-engine';
import * as loaded from 'json-rules-engine';
import { comparisonEvidence, type EvaluatedComparison } from '../report/evidence';
import { resolvePath } from '../rule/path';
import type { Evidence, Severity } from '../rule/types';
import type { CompiledRule } from './compile';
import type { EngineAdapter } from './engines';
import type { ConditionInput } from './evaluator';
import type { SubjectResult } from './run-rules';

type Library = typeof loaded;

// Node's ES module loader may hand this CommonJS package over as a default export only.
const library: Library =
  typeof loaded.Engine === 'function'
    ? loaded
    : (loaded as unknown as { default: Library }).default;

const BASE = 'base';
const SEVERITY_CASE = 'severity-case:';

interface ResultNode {
  all?: ResultNode[];
  any?: ResultNode[];
  not?: ResultNode;
  fact?: string;
  path?: string;
  params?: Record<string, unknown>;
  operator?: string;
  value?: unknown;
  result?: unknown;
  factResult?: unknown;
  valueResult?: unknown;
}

/** The comparisons json-rules-engine evaluated, read from its result tree. */
function countComparisons(node: ResultNode | undefined): number {
  if (!node || typeof node !== 'object') return 0;
  if (node.all) return node.all.reduce((sum, child) => sum + countComparisons(child), 0);
  if (node.any) return node.any.reduce((sum, child) => sum + countComparisons(child), 0);
  if (node.not) return countComparisons(node.not);
  return node.fact !== undefined && node.result !== undefined ? 1 : 0;
}

function asComparison(node: ResultNode): EvaluatedComparison {
  return {
    left: {
      fact: String(node.fact),
      ...(typeof node.path === 'string' ? { path: node.path } : {}),
    },
    operator: String(node.operator),
    value: node.value,
    factValue: node.factResult,
    compareTo: node.valueResult,
  };
}

/**
 * The conditions that decided a rule's outcome, from json-rules-engine's result tree: each
 * evaluated comparison whose result agreed with the rule firing (inverted under `not`).
 */
export function collectEvidence(node: ResultNode | undefined, wanted = true): Evidence[] {
  if (node === null || typeof node !== 'object') return [];
  // Only children whose outcome matched decided it: a failed branch of a passing `any` did not.
  const deciding = (child: ResultNode) => child.result === undefined || child.result === wanted;
  if (node.all) return node.all.filter(deciding).flatMap((child) => collectEvidence(child, wanted));
  if (node.any) return node.any.filter(deciding).flatMap((child) => collectEvidence(child, wanted));
  if (node.not) return collectEvidence(node.not, !wanted);
  if (node.fact !== undefined && node.result === wanted)
    return [comparisonEvidence(asComparison(node))];
  return [];
}

interface RuleEngines {
  readonly engine: Engine;
  readonly caseEngine: Engine | undefined;
}

/** Decides subjects with json-rules-engine; built once per advisor. */
class JsonRulesEngine {
  readonly #engines = new WeakMap<CompiledRule, RuleEngines>();

  /** @param pluginFactIds - ids of the plugin facts rules may read. */
  constructor(private readonly pluginFactIds: readonly string[]) {}

  private newEngine(compiled: CompiledRule): Engine {
    const engine = new library.Engine([], {
      pathResolver: resolvePath,
      allowUndefinedFacts: false,
    });
    for (const operator of compiled.table.operators.values())
      engine.addOperator(operator.name, operator.evaluate);
    for (const decorator of compiled.table.decorators.values())
      engine.addOperatorDecorator(decorator.name, decorator.evaluate);
    for (const [name, conditions] of Object.entries(compiled.sharedJson))
      engine.setCondition(name, conditions);
    return engine;
  }

  private enginesOf(compiled: CompiledRule): RuleEngines {
    const known = this.#engines.get(compiled);
    if (known) return known;
    const engine = this.newEngine(compiled);
    engine.addRule({ name: BASE, conditions: compiled.rule.conditions, event: { type: BASE } });
    let caseEngine: Engine | undefined;
    if (compiled.cases.length > 0) {
      caseEngine = this.newEngine(compiled);
      for (const [index, severityCase] of (compiled.rule.severityWhen ?? []).entries())
        caseEngine.addRule({
          name: `${SEVERITY_CASE}${index}`,
          conditions: severityCase.conditions,
          event: { type: 'severity-case' },
        });
    }
    const engines = { engine, caseEngine };
    this.#engines.set(compiled, engines);
    return engines;
  }

  private facts(compiled: CompiledRule, input: ConditionInput): Record<string, Fact> {
    const { Fact } = library;
    // Caching is off: values are already computed, and json-rules-engine would hash them.
    const fixed = (id: string, value: unknown) => new Fact(id, value, { cache: false });
    const facts: Record<string, Fact> = {
      search: fixed('search', input.search),
      options: fixed('options', input.options),
      [compiled.rule.scope]: fixed(compiled.rule.scope, input.subject),
    };
    for (const id of this.pluginFactIds)
      facts[id] = new Fact(
        id,
        (params: Record<string, unknown>) => input.pluginFact(id, params ?? {}),
        {
          cache: false,
        },
      );
    return facts;
  }

  /** Decides one subject: the rule's engine, then its severity cases where it fired. */
  readonly decide = async (
    compiled: CompiledRule,
    input: ConditionInput,
  ): Promise<SubjectResult> => {
    const { engine, caseEngine } = this.enginesOf(compiled);
    const facts = this.facts(compiled, input);
    const run = await engine.run(facts);
    const base = run.results[0];
    let comparisons = countComparisons(
      (base ?? run.failureResults[0])?.conditions as unknown as ResultNode,
    );
    if (!base) return { fired: false, comparisons };
    const evidence = collectEvidence(base.conditions as unknown as ResultNode);
    if (!caseEngine)
      return { fired: true, severity: compiled.severity, evidence: () => evidence, comparisons };
    const cases = await caseEngine.run(facts);
    for (const result of [...cases.results, ...cases.failureResults])
      comparisons += countComparisons(result.conditions as unknown as ResultNode);
    for (const [index, severityCase] of compiled.cases.entries()) {
      const hit = cases.results.find((r) => r.name === `${SEVERITY_CASE}${index}`);
      if (hit) {
        const all = [...evidence, ...collectEvidence(hit.conditions as unknown as ResultNode)];
        return {
          fired: true,
          severity: severityCase.severity as Severity,
          evidence: () => all,
          comparisons,
        };
      }
    }
    return { fired: true, severity: compiled.severity, evidence: () => evidence, comparisons };
  };
}

/** json-rules-engine as an engine for `createAdvisor`; one instance of it per advisor. */
export const jsonRulesEngine: EngineAdapter = {
  name: 'json-rules-engine',
  start: (pluginFactIds) => new JsonRulesEngine(pluginFactIds).decide,
};
