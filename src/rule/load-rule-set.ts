import type * as z from 'zod/v4/mini';
import type { Plugin } from '../engine/config';
import { fromZodIssues } from '../model/issues';
import { BUILT_IN_CATEGORIES } from '../report/categories';
import type { RuleIssue } from './check-conditions';
import { checkRuleSet, uniqueIssues } from './check-rule-set';
import { type RuleSet, RuleSetError } from './define';
import { RULE_SET_LIMITS } from './limits';
import { optionsFromJson, optionsToJson } from './options-json';
import { ruleSchemas, ruleSetParser } from './rule-set-json';
import type { OptionsJson, RuleJson, RuleSetJson } from './rule-types';
import type { AnyRule, Conditions } from './types';

type ParsedRule = z.output<ReturnType<typeof ruleSetParser>>['rules'][number];

/** A rule's fields, in the order the schema declares them. */
function ruleKeys(): (keyof RuleJson & keyof AnyRule)[] {
  return Object.keys(ruleSchemas().rule.shape) as (keyof RuleJson & keyof AnyRule)[];
}

/** Options of {@link parseRuleSet}. */
export interface ParseRuleSetOptions {
  /** Plugins whose facts, operators, decorators, conditions and categories rules may use. */
  readonly plugins?: readonly Plugin[];
}

/**
 * Refuses anything that is not plain JSON data, nested too deeply or simply too big, before any
 * other check walks it (so a hostile input cannot exhaust the stack).
 */
function preflight(input: unknown): RuleIssue | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [
    { value: input, depth: 0, path: '' },
  ];
  let seen = 0;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    seen += 1;
    if (seen > 100_000)
      return { path: '', message: 'the rule set is too large (more than 100000 JSON values)' };
    if (depth > RULE_SET_LIMITS.maxJsonDepth)
      return { path, message: `nested more than ${RULE_SET_LIMITS.maxJsonDepth} levels deep` };
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push({ value: item, depth: depth + 1, path: `${path}[${i}]` });
      });
      continue;
    }
    const proto = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
    if (typeof value !== 'object' || (proto !== Object.prototype && proto !== null))
      return {
        path,
        message: `must be plain JSON data, not ${typeof value === 'object' ? 'a class instance' : `a ${typeof value}`}`,
      };
    for (const [key, child] of Object.entries(value))
      stack.push({ value: child, depth: depth + 1, path: path === '' ? key : `${path}.${key}` });
  }
  return undefined;
}

/**
 * A parsed JSON rule as a rule: the same fields, its options turned into a schema. (zod types
 * absent optional keys as `T | undefined`, and conditions as unknown until they are checked.)
 */
function toRule(json: ParsedRule, path: string, issues: RuleIssue[]): AnyRule {
  const options = optionsFromJson(
    json.options as OptionsJson | undefined,
    `${path}.options`,
    issues,
  );
  return { ...(json as RuleJson), options };
}

/**
 * Loads a rule set written as JSON, treating it as untrusted data. Its shape must match the
 * published schema exactly (unknown keys rejected); conditions may use only known facts and
 * fields, registered operators and existing shared conditions, through plain dotted paths;
 * templates may fill only known placeholders; and every size limit in `RULE_SET_LIMITS` holds.
 * The input is never modified and nothing in it is executed.
 *
 * @throws {@link RuleSetError} listing every problem with its path.
 */
export function parseRuleSet(input: unknown, options: ParseRuleSetOptions = {}): RuleSet {
  const label =
    typeof input === 'object' &&
    input !== null &&
    typeof (input as { name?: unknown }).name === 'string'
      ? String((input as { name: string }).name).slice(0, 100)
      : 'rule set';
  const early = preflight(input);
  if (early) throw new RuleSetError(label, [early]);
  const parsed = ruleSetParser().safeParse(structuredClone(input), { reportInput: true });
  if (!parsed.success) throw new RuleSetError(label, fromZodIssues(parsed.error.issues));
  const json = parsed.data;
  const plugins = options.plugins ?? [];
  const optionIssues = json.rules.map((): RuleIssue[] => []);
  const set: RuleSet = {
    name: json.name,
    ...(json.namespace !== undefined ? { namespace: json.namespace } : {}),
    ...(json.categories ? { categories: json.categories } : {}),
    ...(json.conditions ? { conditions: json.conditions as Record<string, Conditions> } : {}),
    rules: json.rules.map((rule, i) => toRule(rule, `rules[${i}]`, optionIssues[i] ?? [])),
  };
  const categories = new Set(
    [
      ...BUILT_IN_CATEGORIES,
      ...plugins.flatMap((p) => p.categories ?? []),
      ...(json.categories ?? []),
    ].map((c) => c.id),
  );
  const checked = checkRuleSet(set, { plugins, categories });
  const unique = uniqueIssues([
    ...checked.issues,
    ...set.rules.flatMap((rule, i) => [
      ...(optionIssues[i] ?? []),
      ...(checked.rules.get(rule)?.issues ?? []),
    ]),
  ]);
  if (unique.length > 0) throw new RuleSetError(set.name, unique);
  return set;
}

/**
 * Writes a rule set in its JSON form, the inverse of {@link parseRuleSet}. Works for rules whose
 * message and actions are templates (all built-in rules are).
 *
 * @throws TypeError when a rule words its advice with functions or has options JSON cannot express.
 */
export function ruleSetToJson(set: RuleSet): RuleSetJson {
  return {
    name: set.name,
    ...(set.namespace !== undefined ? { namespace: set.namespace } : {}),
    ...(set.categories ? { categories: set.categories.map((c) => ({ ...c })) } : {}),
    ...(set.conditions ? { conditions: structuredClone(set.conditions) } : {}),
    rules: set.rules.map((rule) => {
      if (typeof rule.message === 'function' || typeof rule.actions === 'function')
        throw new TypeError(
          `rule "${rule.id}" words its advice with functions; only template rules can be written as JSON`,
        );
      const fields = ruleKeys().flatMap((key) =>
        rule[key] === undefined
          ? []
          : [[key, key === 'options' ? optionsToJson(rule.options, rule.id) : rule[key]]],
      );
      return structuredClone(Object.fromEntries(fields)) as RuleJson;
    }),
  };
}
