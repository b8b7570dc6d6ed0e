import { DEFAULT_OUTLOOK, outlookOptionsSchema } from '../facts/outlook';
import { fromZodIssues } from '../model/issues';
import { recommended } from '../rules/recommended';
import { DEFAULT_DOCS_BASE_URL } from './advice';
import { BUILT_IN_CATEGORIES, type CategoryDefinition } from './categories';
import { type CompiledRule, compileRule, type EngineExtensions } from './compile';
import {
  type AdvisorConfig,
  ConfigError,
  type ConfigIssue,
  configFileSchema,
  type RuleSetting,
} from './config';
import type { RuleSet } from './define';
import { type EvaluateOptions, evaluateWithSetup } from './evaluate';
import { SerialQueue } from './lock';
import type { HealthReport } from './report';
import { closest } from './suggest';
import type { AnyRule, Severity } from './types';

/** Evaluates searches with a fixed configuration; create one with {@link createAdvisor}. */
export interface Advisor {
  /** The rules in force, after configuration, in evaluation order. */
  readonly rules: readonly AnyRule[];
  /** Categories known to this advisor. */
  readonly categories: readonly CategoryDefinition[];
  /**
   * Validates and evaluates a search. Safe to call concurrently: evaluations run one after
   * another.
   *
   * @throws `SearchValidationError` when the search is invalid.
   */
  evaluate(search: unknown, options?: EvaluateOptions): Promise<HealthReport>;
}

const path = (ruleId: string) => `rules[${JSON.stringify(ruleId)}]`;

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

function normalise(setting: RuleSetting): {
  off: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
} {
  if (setting === 'off') return { off: true };
  if (typeof setting === 'string') return { off: false, severity: setting };
  return {
    off: false,
    ...(setting.severity !== undefined ? { severity: setting.severity } : {}),
    ...(setting.options !== undefined ? { options: setting.options } : {}),
  };
}

/**
 * Creates an advisor from a configuration. Every mistake is reported at once, with its path:
 * unknown rule sets or rule ids (with the closest match), invalid severities and options.
 *
 * @throws {@link ConfigError} when the configuration is invalid.
 */
export function createAdvisor(config: AdvisorConfig = {}): Advisor {
  const issues: ConfigIssue[] = [];
  const { extends: _sets, plugins = [], ...jsonPart } = config;
  const checked = configFileSchema.safeParse(jsonPart);
  if (!checked.success) issues.push(...fromZodIssues(checked.error.issues));

  const named = new Map<string, RuleSet>([['recommended', recommended]]);
  for (const plugin of plugins) if (plugin.ruleSet) named.set(plugin.ruleSet.name, plugin.ruleSet);
  const sets = [
    ...resolveSets(config, named, issues),
    ...plugins.flatMap((p) => (p.ruleSet ? [p.ruleSet] : [])),
  ];
  const rules = new Map<string, AnyRule>();
  for (const set of sets) for (const rule of set.rules) rules.set(rule.id, rule);

  const extensions: EngineExtensions = {
    operators: plugins.flatMap((p) => p.operators ?? []),
    decorators: plugins.flatMap((p) => p.decorators ?? []),
    conditions: Object.assign({}, ...plugins.map((p) => p.conditions ?? {})),
  };
  const settings = checked.success ? (checked.data.rules ?? {}) : {};
  for (const id of Object.keys(settings))
    if (!rules.has(id)) {
      const hint = closest(id, rules.keys());
      issues.push({
        path: path(id),
        message: `unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      });
    }

  const compiled: CompiledRule[] = [];
  for (const rule of rules.values()) {
    const setting = normalise(settings[rule.id] ?? {});
    if (setting.off) continue;
    const options = rule.options.safeParse(setting.options ?? {});
    if (!options.success) {
      issues.push(...fromZodIssues(options.error.issues, ['rules', rule.id, 'options']));
      continue;
    }
    compiled.push(
      compileRule(
        rule,
        { options: options.data, ...(setting.severity ? { severity: setting.severity } : {}) },
        extensions,
      ),
    );
  }
  if (issues.length > 0) throw new ConfigError(issues);

  const outlook = outlookOptionsSchema.parse({
    ...DEFAULT_OUTLOOK,
    ...(checked.data?.outlook ?? {}),
  });
  const categories = [
    ...BUILT_IN_CATEGORIES,
    ...plugins.flatMap((p) => p.categories ?? []),
    ...sets.flatMap((s) => s.categories ?? []),
  ];
  const setup = {
    rules: compiled,
    categories,
    categoryWeights: checked.data?.categoryWeights ?? {},
    outlook,
    facts: plugins.flatMap((p) => p.facts ?? []),
    docsBaseUrl: checked.data?.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL,
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
 * Validates a job search and returns its health report, using the recommended rules.
 *
 * @param search - the search, as parsed JSON (see `JobSearchInput`).
 * @param options - the evaluation date (`asOf`) and parsing options.
 * @throws `SearchValidationError` when the search is invalid.
 */
export function evaluateSearch(
  search: unknown,
  options: EvaluateOptions = {},
): Promise<HealthReport> {
  defaultAdvisor ??= createAdvisor();
  return defaultAdvisor.evaluate(search, options);
}
