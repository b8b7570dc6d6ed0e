import * as z from 'zod/v4/mini';
import { outlookOptionsSchema } from '../facts/outlook';
import { JobSearchHealthValidationError } from '../model/errors';
import { formatPath, fromZodIssues } from '../model/issues';
import type { CategoryDefinition } from '../report/categories';
import type { RuleSet } from '../rule/define';
import { httpUrlSchema } from '../rule/http-url';
import { didYouMean } from '../rule/suggest';
import type { Conditions } from '../rule/types';
import { SEVERITIES, severitySchema } from '../rule/types';
import type { EngineName } from './advisor';
import type { CustomOperator, EngineExtensions } from './compile';
import type { EngineAdapter } from './engines';
import type { CustomFact } from './evaluate';

/** How one rule is configured: off, a severity, options, or both. */
export const ruleSettingSchema = z.union([
  z.literal('off'),
  severitySchema,
  z.strictObject({
    /** Severity to use instead of the rule's own. */
    severity: z.optional(severitySchema),
    /** Options merged over the rule's defaults. */
    options: z.optional(z.record(z.string(), z.unknown())),
  }),
]);

/** How one rule is configured. */
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

/** Names of rule sets: a short list of non-empty names. */
const ruleSetNamesSchema = z.array(z.string().check(z.minLength(1))).check(z.maxLength(50));

/**
 * The JSON form of a configuration (a config file): rule sets by name, rule settings, category
 * weights and offer-outlook settings. Published as a JSON Schema.
 */
export const configFileSchema = z.strictObject({
  /** JSON Schema reference, for editors; ignored. */
  $schema: z.optional(z.string()),
  /** Rule sets to start from, by name; later ones override earlier ones. Default: `recommended`. */
  extends: z.optional(ruleSetNamesSchema),
  /** Per-rule settings by rule id. */
  rules: z.optional(z.record(z.string(), ruleSettingSchema)),
  /** Weight of each category in the overall score (default 1). */
  categoryWeights: z.optional(z.record(z.string(), z.number().check(z.gte(0), z.lte(100)))),
  /** Offer-outlook settings, such as the target chance. */
  outlook: z.optional(z.partial(outlookOptionsSchema)),
  /** Base URL of the rule documentation pages: an http(s) URL. */
  docsBaseUrl: z.optional(httpUrlSchema),
  /**
   * What rule sets, by name, may do beyond their own rules. By default a rule set can neither
   * replace a built-in rule (or be called like a built-in set) nor supersede another set's rules.
   */
  allow: z.optional(
    z.strictObject({
      /** Sets whose rules may replace built-in rules of the same id, or that share a built-in set's name. */
      replaceBuiltIns: z.optional(ruleSetNamesSchema),
      /** Sets whose rules may supersede (fold away) the advice of rules from other sets. */
      supersedeOtherSets: z.optional(ruleSetNamesSchema),
    }),
  ),
  /** Most dated actions one piece of advice gives; the rest are summed up in one line. Default 5. */
  maxDatedActions: z.optional(z.int().check(z.gte(1), z.lte(100))),
});

/** A configuration as read from JSON. */
export type ConfigFile = z.input<typeof configFileSchema>;

/** Additions registered by host code: never by rule JSON. */
export interface Plugin {
  /** Plugin name, for error messages. */
  readonly name: string;
  /** Rules to add; enabled unless configured `'off'`. */
  readonly ruleSet?: RuleSet;
  /** Facts computed once per evaluation. */
  readonly facts?: readonly CustomFact[];
  /** Custom operators. */
  readonly operators?: readonly CustomOperator[];
  /** Custom operator decorators. */
  readonly decorators?: EngineExtensions['decorators'];
  /** Shared conditions, referenced by name from rules. */
  readonly conditions?: Readonly<Record<string, Conditions>>;
  /** New categories. */
  readonly categories?: readonly CategoryDefinition[];
}

/** Configuration of an advisor: like {@link ConfigFile}, and rule sets or plugins as objects. */
export interface AdvisorConfig extends Omit<ConfigFile, 'extends' | '$schema'> {
  /** Rule sets to start from, as objects or names; later ones override earlier ones. */
  readonly extends?: readonly (string | RuleSet)[] | undefined;
  /** Plugins registered by host code. */
  readonly plugins?: readonly Plugin[] | undefined;
  /**
   * The engine that decides conditions: `compiled` by default, or `jsonRulesEngine` from
   * `job-search-health/json-rules-engine` (after importing that entry, also by its name).
   */
  readonly engine?: EngineName | EngineAdapter | undefined;
}

/** One problem in a configuration. */
export interface ConfigIssue {
  /** Where, e.g. `rules["single-basket"].options.minCompanies`. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
}

/**
 * Thrown by `createAdvisor` and `parseConfigFile` when the configuration is invalid; `issues`
 * lists every problem. A {@link JobSearchHealthValidationError}, so `isValidationError` knows it.
 */
export class ConfigError extends JobSearchHealthValidationError {
  /** @param issues - every problem found. */
  constructor(issues: readonly ConfigIssue[]) {
    super('Invalid configuration', issues);
    this.name = 'ConfigError';
  }
}

/** The config path of a rule's setting, e.g. `rules["single-basket"]`. */
export const rulePath = (ruleId: string) => `rules[${JSON.stringify(ruleId)}]`;

/**
 * Validates each rule setting on its own, so one bad entry does not hide the others; problems
 * are added to `issues`. Used by `createAdvisor` and {@link parseConfigFile}.
 */
export function parseRuleSettings(
  raw: unknown,
  issues: ConfigIssue[],
): Record<string, RuleSetting> {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.push({ path: 'rules', message: 'must be an object of rule settings by rule id' });
    return {};
  }
  const settings: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(raw)) {
    const parsed = ruleSettingSchema.safeParse(value, { reportInput: true });
    if (parsed.success) settings[id] = parsed.data;
    else
      issues.push({
        path: rulePath(id),
        message: `must be "off", a severity (${SEVERITIES.join(', ')}) or { severity, options }`,
      });
  }
  return settings;
}

/**
 * Validates a configuration read from JSON (a config file) and returns a copy of it, typed.
 * Unknown keys, invalid severities and malformed settings are reported with their paths; rule
 * ids and options are checked against the rules by `createAdvisor`.
 *
 * @throws {@link ConfigError} listing every problem.
 */
export function parseConfigFile(input: unknown): ConfigFile {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new ConfigError([{ path: '', message: 'must be an object' }]);
  const issues: ConfigIssue[] = [];
  const { rules, ...rest } = input as Record<string, unknown>;
  parseConfigSettings(rest, issues);
  parseRuleSettings(rules, issues);
  if (issues.length > 0) throw new ConfigError(issues);
  return structuredClone(input) as ConfigFile;
}

const settingsSchema = z.omit(configFileSchema, { rules: true });
const CONFIG_KEYS = Object.keys(configFileSchema.shape);

/**
 * Validates the settings of a configuration other than `rules`, adding problems to `issues`; an
 * unknown key is named with the key it most likely meant (`extend` → `extends`).
 */
export function parseConfigSettings(
  raw: Readonly<Record<string, unknown>>,
  issues: ConfigIssue[],
): z.output<typeof settingsSchema> | undefined {
  const known: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (CONFIG_KEYS.includes(key)) known[key] = value;
    else {
      issues.push({
        path: formatPath([key]),
        message: `unknown key${didYouMean(key, CONFIG_KEYS) || `; known keys: ${CONFIG_KEYS.join(', ')}`}`,
      });
    }
  }
  const parsed = settingsSchema.safeParse(known, { reportInput: true });
  if (parsed.success) return parsed.data;
  issues.push(...fromZodIssues(parsed.error.issues));
  return undefined;
}
