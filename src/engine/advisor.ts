import * as z from 'zod/v4/mini';
import { DEFAULT_OUTLOOK, outlookOptionsSchema } from '../facts/outlook';
import { fromZodIssues } from '../model/issues';
import { DEFAULT_DOCS_BASE_URL } from '../report/advice';
import { BUILT_IN_CATEGORIES, type CategoryDefinition } from '../report/categories';
import type { HealthReport } from '../report/report';
import { DEFAULT_MAX_DATED_ACTIONS } from '../report/schedule';
import { type CheckedRuleSet, checkRuleSet, uniqueIssues } from '../rule/check-rule-set';
import type { RuleSet } from '../rule/define';
import { nameProblem } from '../rule/names';
import { didYouMean } from '../rule/suggest';
import { TemplateError } from '../rule/template';
import type { AnyRule, Severity } from '../rule/types';
import { recommended } from '../rules/recommended';
import { type CompiledRule, compileRule } from './compile';
import {
  type AdvisorConfig,
  ConfigError,
  type ConfigIssue,
  type Plugin,
  parseConfigSettings,
  parseRuleSettings,
  type RuleSetting,
  rulePath,
} from './config';
import { checkRuleSets, checkRuleSettingIds } from './config-checks';
import { type EngineAdapter, registeredEngine } from './engines';
import {
  type EvaluateOptions,
  type EvaluationSetup,
  evaluateSyncWithSetup,
  evaluateWithSetup,
  ruleIndexOf,
} from './evaluate';
import { configFingerprint } from './fingerprint';
import { SerialQueue } from './lock';

/** Evaluates searches with a fixed configuration; create one with {@link createAdvisor}. */
export interface Advisor {
  /** The rules in force, after configuration, in evaluation order. */
  readonly rules: readonly AnyRule[];
  /** Categories known to this advisor. */
  readonly categories: readonly CategoryDefinition[];
  /** The engine that decides conditions. */
  readonly engine: EngineName;
  /**
   * Validates and evaluates a search. Safe to call concurrently; with the `json-rules-engine`
   * engine, evaluations are queued and run one after another, because json-rules-engine keeps
   * its run status per engine.
   *
   * @throws `SearchValidationError` (as a rejection) when the search is invalid.
   */
  evaluate(search: unknown, options?: EvaluateOptions): Promise<HealthReport>;
  /**
   * The same as {@link Advisor.evaluate}, synchronously, for callers that cannot await. Needs
   * the compiled engine, and plugin facts that return values rather than promises.
   *
   * @throws `SearchValidationError` when the search is invalid, and `TypeError` when the advisor
   * uses json-rules-engine or a plugin fact returns a promise.
   */
  evaluateSync(search: unknown, options?: EvaluateOptions): HealthReport;
}

/**
 * The engine that decides conditions: `compiled` (the default) turns each condition tree into
 * plain functions once; `json-rules-engine` runs every rule through json-rules-engine, the
 * reference the compiled engine is tested against, and needs the
 * `job-search-health/json-rules-engine` entry. Both give the same reports.
 */
export type EngineName = 'compiled' | 'json-rules-engine';

const ENGINE_ENTRY = 'job-search-health/json-rules-engine';

/** The engine an advisor uses in place of the compiled one, or `undefined` for the compiled one. */
function resolveEngine(
  engine: EngineName | EngineAdapter,
  issues: ConfigIssue[],
): EngineAdapter | undefined {
  if (typeof engine === 'object' && engine !== null && typeof engine.start === 'function')
    return engine;
  if (engine === 'compiled') return undefined;
  if (engine === 'json-rules-engine') {
    const registered = registeredEngine(engine);
    if (!registered)
      issues.push({
        path: 'engine',
        message: `"json-rules-engine" is not loaded: import { jsonRulesEngine } from '${ENGINE_ENTRY}' and pass engine: jsonRulesEngine (importing that entry also makes the name work)`,
      });
    return registered;
  }
  issues.push({
    path: 'engine',
    message: `must be "compiled", "json-rules-engine" or jsonRulesEngine from '${ENGINE_ENTRY}', got ${JSON.stringify(String(engine))}`,
  });
  return undefined;
}

function resolveSets(
  config: AdvisorConfig,
  named: ReadonlyMap<string, RuleSet>,
  issues: ConfigIssue[],
): RuleSet[] {
  const sets: RuleSet[] = [];
  (config.extends ?? ['recommended']).forEach((entry, index) => {
    const set = typeof entry === 'string' ? named.get(entry) : entry;
    if (set) {
      sets.push(set);
      return;
    }
    issues.push({
      path: `extends[${index}]`,
      message: `unknown rule set "${String(entry)}"${didYouMean(String(entry), named.keys())}`,
    });
  });
  return sets;
}

interface NormalSetting {
  readonly off: boolean;
  readonly severity?: Severity;
  readonly options?: Record<string, unknown>;
}

function normalise(setting: RuleSetting | undefined): NormalSetting {
  if (setting === undefined) return { off: false };
  if (setting === 'off') return { off: true };
  if (typeof setting === 'string') return { off: false, severity: setting };
  return {
    off: false,
    ...(setting.severity !== undefined ? { severity: setting.severity } : {}),
    ...(setting.options !== undefined ? { options: setting.options } : {}),
  };
}

/** Turns each enabled rule into a compiled rule, collecting every configuration problem. */
function compileRules(
  rules: ReadonlyMap<string, { rule: AnyRule; set: RuleSet }>,
  settings: Readonly<Record<string, RuleSetting>>,
  plugins: readonly Plugin[],
  categories: ReadonlySet<string>,
  issues: ConfigIssue[],
): CompiledRule[] {
  const enabled = (rule: AnyRule): boolean =>
    rules.get(rule.id)?.rule === rule && !normalise(settings[rule.id]).off;
  const checked = new Map<RuleSet, CheckedRuleSet>();
  for (const { set } of rules.values())
    if (!checked.has(set)) {
      const result = checkRuleSet(set, {
        plugins,
        categories,
        pathOf: (rule) => rulePath(rule.id),
        includes: enabled,
      });
      issues.push(...result.issues);
      checked.set(set, result);
    }
  const compiled: CompiledRule[] = [];
  for (const { rule, set } of rules.values()) {
    const setting = normalise(settings[rule.id]);
    const result = checked.get(set);
    const check = result?.rules.get(rule);
    if (!result || !check) continue;
    const problems = [...check.issues];
    const options = z.safeParse(rule.options, setting.options ?? {}, { reportInput: true });
    if (!options.success)
      problems.push(...fromZodIssues(options.error.issues, ['rules', rule.id, 'options']));
    if (problems.length > 0 || !check.trees) {
      issues.push(...problems);
      continue;
    }
    try {
      compiled.push(
        compileRule(
          rule,
          {
            options: options.data as Record<string, unknown>,
            ...(setting.severity ? { severity: setting.severity } : {}),
          },
          result.extensions,
          check.trees,
        ),
      );
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      issues.push({ path: rulePath(rule.id), message: error.message });
    }
  }
  return compiled;
}

/**
 * Creates an advisor from a configuration: rule sets to extend (later ones override earlier
 * ones), per-rule settings, category weights, offer-outlook settings and plugins. Every mistake
 * is reported at once with its path — unknown rule sets or rule ids (with the closest match),
 * invalid severities and options, and rules that refer to unknown facts, operators or categories.
 *
 * @throws {@link ConfigError} when the configuration is invalid.
 */
export function createAdvisor(config: AdvisorConfig = {}): Advisor {
  const issues: ConfigIssue[] = [];
  const { extends: _sets, plugins = [], engine = 'compiled', ...jsonPart } = config;
  const adapter = resolveEngine(engine, issues);
  const { rules: rawSettings, ...rest } = jsonPart;
  const data = parseConfigSettings(rest, issues) ?? {};
  const settings = parseRuleSettings(rawSettings, issues);
  plugins.forEach((plugin, i) => {
    (plugin.facts ?? []).forEach((fact, j) => {
      const problem = nameProblem(fact.id);
      if (problem) issues.push({ path: `plugins[${i}].facts[${j}].id`, message: problem });
    });
  });

  const named = new Map<string, RuleSet>([['recommended', recommended]]);
  for (const plugin of plugins) if (plugin.ruleSet) named.set(plugin.ruleSet.name, plugin.ruleSet);
  const sets = [
    ...resolveSets(config, named, issues),
    ...plugins.flatMap((p) => (p.ruleSet ? [p.ruleSet] : [])),
  ];
  const rules = new Map<string, { rule: AnyRule; set: RuleSet }>();
  for (const set of sets) for (const rule of set.rules) rules.set(rule.id, { rule, set });

  checkRuleSets(config, named, recommended, issues);
  checkRuleSettingIds(settings, new Set(rules.keys()), named, issues);
  const categories = [
    ...BUILT_IN_CATEGORIES,
    ...plugins.flatMap((p) => p.categories ?? []),
    ...sets.flatMap((s) => s.categories ?? []),
  ].filter((c, i, all) => all.findIndex((d) => d.id === c.id) === i);
  const compiled = compileRules(
    rules,
    settings,
    plugins,
    new Set(categories.map((c) => c.id)),
    issues,
  );
  if (issues.length > 0) throw new ConfigError(uniqueIssues(issues));

  const settled = {
    rules: compiled,
    categories,
    categoryWeights: data.categoryWeights ?? {},
    outlook: outlookOptionsSchema.parse({ ...DEFAULT_OUTLOOK, ...(data.outlook ?? {}) }),
    facts: plugins.flatMap((p) => p.facts ?? []),
    // A trailing slash would double up in `${base}/${id}.md`.
    docsBaseUrl: (data.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL).replace(/\/+$/, ''),
    maxDatedActions: data.maxDatedActions ?? DEFAULT_MAX_DATED_ACTIONS,
  };
  let fingerprintOnce: string | undefined;
  const setup: EvaluationSetup = {
    ...settled,
    ruleIndex: ruleIndexOf(settled.rules),
    // Worked out at the first evaluation, so creating an advisor stays quick.
    configFingerprint: () =>
      (fingerprintOnce ??= configFingerprint({ ...settled, ruleSets: sets.map((s) => s.name) })),
  };
  const enabled = compiled.map((c) => c.rule);
  if (!adapter)
    return {
      rules: enabled,
      categories,
      engine: 'compiled',
      evaluate: async (search, options = {}) => evaluateWithSetup(search, setup, options),
      evaluateSync: (search, options = {}) => evaluateSyncWithSetup(search, setup, options),
    };
  const queue = new SerialQueue();
  let decide: ReturnType<EngineAdapter['start']> | undefined;
  return {
    rules: enabled,
    categories,
    engine: adapter.name,
    evaluate: (search, options = {}) =>
      queue.run(async () => {
        decide ??= adapter.start(setup.facts.map((f) => f.id));
        return evaluateWithSetup(search, setup, options, decide);
      }),
    evaluateSync: () => {
      throw new TypeError(
        'evaluateSync needs the compiled engine; json-rules-engine only evaluates asynchronously',
      );
    },
  };
}

let defaultAdvisor: Advisor | undefined;

/**
 * Validates a job search and returns its health report, using the recommended rules. The same
 * as `createAdvisor().evaluate(search, options)`.
 *
 * @param search - the search, as parsed JSON (see `JobSearchInput`).
 * @param options - the evaluation date (`asOf`) and parsing options.
 * @throws `SearchValidationError` (as a rejection) when the search is invalid.
 */
export function evaluateSearch(
  search: unknown,
  options: EvaluateOptions = {},
): Promise<HealthReport> {
  defaultAdvisor ??= createAdvisor();
  return defaultAdvisor.evaluate(search, options);
}

/**
 * The same as {@link evaluateSearch}, synchronously, for callers that cannot await.
 *
 * @param search - the search, as parsed JSON (see `JobSearchInput`).
 * @param options - the evaluation date (`asOf`) and parsing options.
 * @throws `SearchValidationError` when the search is invalid.
 */
export function evaluateSync(search: unknown, options: EvaluateOptions = {}): HealthReport {
  defaultAdvisor ??= createAdvisor();
  return defaultAdvisor.evaluateSync(search, options);
}
