import { DEFAULT_OUTLOOK, outlookOptionsSchema } from '../facts/outlook';
import { fromZodIssues } from '../model/issues';
import { recommended } from '../rules/recommended';
import { DEFAULT_DOCS_BASE_URL } from './advice';
import { BUILT_IN_CATEGORIES, type CategoryDefinition } from './categories';
import { checkRule } from './check-rule';
import { type CompiledRule, compileRule, type EngineExtensions } from './compile';
import {
  type AdvisorConfig,
  ConfigError,
  type ConfigIssue,
  configFileSchema,
  type Plugin,
  parseRuleSettings,
  type RuleSetting,
  rulePath,
} from './config';
import type { RuleSet } from './define';
import { type EvaluateOptions, type EvaluationSetup, evaluateWithSetup } from './evaluate';
import { SerialQueue } from './lock';
import { optionNamesOf } from './options-json';
import { createRegistry } from './registry';
import type { HealthReport } from './report';
import { DEFAULT_MAX_DATED_ACTIONS } from './schedule';
import { closest } from './suggest';
import { TemplateError } from './template';
import type { AnyRule, Severity } from './types';

/** Evaluates searches with a fixed configuration; create one with {@link createAdvisor}. */
export interface Advisor {
  /** The rules in force, after configuration, in evaluation order. */
  readonly rules: readonly AnyRule[];
  /** Categories known to this advisor. */
  readonly categories: readonly CategoryDefinition[];
  /**
   * Validates and evaluates a search. Safe to call concurrently: evaluations are queued and run
   * one after another, because json-rules-engine keeps its run status per engine.
   *
   * @throws `SearchValidationError` (as a rejection) when the search is invalid.
   */
  evaluate(search: unknown, options?: EvaluateOptions): Promise<HealthReport>;
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
    const hint = closest(String(entry), named.keys());
    issues.push({
      path: `extends[${index}]`,
      message: `unknown rule set "${String(entry)}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
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

function extensionsFor(plugins: readonly Plugin[], set: RuleSet): EngineExtensions {
  return {
    operators: plugins.flatMap((p) => p.operators ?? []),
    decorators: plugins.flatMap((p) => p.decorators ?? []),
    conditions: Object.assign({}, ...plugins.map((p) => p.conditions ?? {}), set.conditions ?? {}),
  };
}

/** Turns each enabled rule into a compiled rule, collecting every configuration problem. */
function compileRules(
  rules: ReadonlyMap<string, { rule: AnyRule; set: RuleSet }>,
  settings: Readonly<Record<string, RuleSetting>>,
  plugins: readonly Plugin[],
  categoryIds: ReadonlySet<string>,
  issues: ConfigIssue[],
): CompiledRule[] {
  const compiled: CompiledRule[] = [];
  for (const { rule, set } of rules.values()) {
    const setting = normalise(settings[rule.id]);
    if (setting.off) continue;
    const path = rulePath(rule.id);
    const extensions = extensionsFor(plugins, set);
    const registry = createRegistry({
      facts: plugins.flatMap((p) => (p.facts ?? []).map((f) => f.id)),
      operators: extensions.operators.map((o) => o.name),
      decorators: extensions.decorators.map((d) => d.name),
      conditions: Object.keys(extensions.conditions),
    });
    const problems = checkRule(rule, path, optionNamesOf(rule.options), registry, categoryIds);
    const options = rule.options.safeParse(setting.options ?? {});
    if (!options.success)
      problems.push(...fromZodIssues(options.error.issues, ['rules', rule.id, 'options']));
    if (problems.length > 0) {
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
          extensions,
        ),
      );
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      issues.push({ path, message: error.message });
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
  const { extends: _sets, plugins = [], ...jsonPart } = config;
  const { rules: rawSettings, ...rest } = jsonPart;
  const checked = configFileSchema.omit({ rules: true }).safeParse(rest, { reportInput: true });
  if (!checked.success) issues.push(...fromZodIssues(checked.error.issues));
  const settings = parseRuleSettings(rawSettings, issues);

  const named = new Map<string, RuleSet>([['recommended', recommended]]);
  for (const plugin of plugins) if (plugin.ruleSet) named.set(plugin.ruleSet.name, plugin.ruleSet);
  const sets = [
    ...resolveSets(config, named, issues),
    ...plugins.flatMap((p) => (p.ruleSet ? [p.ruleSet] : [])),
  ];
  const rules = new Map<string, { rule: AnyRule; set: RuleSet }>();
  for (const set of sets) for (const rule of set.rules) rules.set(rule.id, { rule, set });

  const knownIds = new Set([
    ...rules.keys(),
    ...[...named.values()].flatMap((s) => s.rules.map((r) => r.id)),
  ]);
  for (const id of Object.keys(settings))
    if (knownIds.has(id) && !rules.has(id))
      issues.push({
        path: rulePath(id),
        message: `rule "${id}" is not in any of the rule sets extended`,
      });
    else if (!rules.has(id)) {
      const hint = closest(id, knownIds);
      issues.push({
        path: rulePath(id),
        message: `unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      });
    }
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
  if (issues.length > 0) throw new ConfigError(issues);

  const data = checked.success ? checked.data : {};
  const setup: EvaluationSetup = {
    rules: compiled,
    categories,
    categoryWeights: data.categoryWeights ?? {},
    outlook: outlookOptionsSchema.parse({ ...DEFAULT_OUTLOOK, ...(data.outlook ?? {}) }),
    facts: plugins.flatMap((p) => p.facts ?? []),
    // A trailing slash would double up in `${base}/${id}.md`.
    docsBaseUrl: (data.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL).replace(/\/+$/, ''),
    maxDatedActions: data.maxDatedActions ?? DEFAULT_MAX_DATED_ACTIONS,
  };
  const queue = new SerialQueue();
  return {
    rules: compiled.map((c) => c.rule),
    categories,
    evaluate: (search, options = {}) => queue.run(() => evaluateWithSetup(search, setup, options)),
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
