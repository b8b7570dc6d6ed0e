import { FACT_CATALOG } from '../facts/catalog';
import type { RuleSet } from '../rule/define';
import { httpUrlSchema } from '../rule/http-url';
import { didYouMean } from '../rule/suggest';
import type { AnyRule } from '../rule/types';
import type { AdvisorConfig, ConfigIssue, RuleSetting } from './config';
import { rulePath } from './config';

/** Fact ids a plugin may not take: the search, the options and every scope's subject. */
const RESERVED_FACTS: readonly string[] = ['options', ...Object.keys(FACT_CATALOG)];

/** A rule set with the config path it came from (`extends[1]`, `plugins[0].ruleSet`). */
interface Placed {
  readonly set: RuleSet;
  readonly path: string;
}

function placed(config: AdvisorConfig, named: ReadonlyMap<string, RuleSet>): Placed[] {
  const all: Placed[] = [];
  (config.extends ?? []).forEach((entry, i) => {
    const set = typeof entry === 'string' ? named.get(entry) : entry;
    if (set) all.push({ set, path: `extends[${i}]` });
  });
  (config.plugins ?? []).forEach((plugin, i) => {
    if (plugin.ruleSet) all.push({ set: plugin.ruleSet, path: `plugins[${i}].ruleSet` });
  });
  return all.filter((p, i) => all.findIndex((q) => q.set === p.set) === i);
}

function checkLinks(rule: AnyRule, path: string, issues: ConfigIssue[]): void {
  const links = [
    [`${path}.meta.docsUrl`, rule.meta.docsUrl],
    ...rule.meta.sources.map((s, i) => [`${path}.meta.sources[${i}].url`, s.url] as const),
  ] as const;
  for (const [where, url] of links)
    if (url !== undefined && !httpUrlSchema.safeParse(url).success)
      issues.push({
        path: where,
        message: `must be an http:// or https:// URL, got ${JSON.stringify(url.slice(0, 80))}`,
      });
}

/**
 * Checks what each rule set does beyond its own rules, so that a set from elsewhere cannot
 * silence or impersonate rules it did not write: a rule id or set name taken from the built-in
 * set, or a rule superseding another set's rule, is refused unless `allow` names the set. Also
 * refuses documentation and source links that are not http(s) URLs, and plugin facts that would
 * shadow `search`, `options` or a scope's facts. Problems are added to `issues`.
 */
export function checkRuleSets(
  config: AdvisorConfig,
  named: ReadonlyMap<string, RuleSet>,
  builtIn: RuleSet,
  issues: ConfigIssue[],
): void {
  const replace = new Set(config.allow?.replaceBuiltIns ?? []);
  const supersede = new Set(config.allow?.supersedeOtherSets ?? []);
  const builtInRules = new Map(builtIn.rules.map((r) => [r.id, r]));
  for (const { set, path } of placed(config, named)) {
    if (set === builtIn) continue;
    if (set.name === builtIn.name && !replace.has(set.name))
      issues.push({
        path: `${path}.name`,
        message: `"${builtIn.name}" is the name of the built-in rule set: rename this set, or list "${set.name}" in allow.replaceBuiltIns to replace the built-in set on purpose`,
      });
    const own = new Set(set.rules.map((r) => r.id));
    set.rules.forEach((rule, k) => {
      const where = `${path}.rules[${k}]`;
      // The built-in rule object itself, regrouped into another set, is still the built-in rule.
      if (builtInRules.get(rule.id) === rule) return;
      checkLinks(rule, where, issues);
      if (builtInRules.has(rule.id) && !replace.has(set.name))
        issues.push({
          path: `${where}.id`,
          message: `"${rule.id}" is the id of a built-in rule: give the rule an id of its own (a namespace such as "${set.namespace ?? 'acme'}/${rule.id}"), or list "${set.name}" in allow.replaceBuiltIns to replace the built-in rule on purpose`,
        });
      (rule.supersedes ?? []).forEach((id, m) => {
        if (own.has(id) || supersede.has(set.name)) return;
        issues.push({
          path: `${where}.supersedes[${m}]`,
          message: `"${id}" is not a rule of rule set "${set.name}": a rule may only supersede rules of its own set, unless allow.supersedeOtherSets lists "${set.name}"`,
        });
      });
    });
  }
  (config.plugins ?? []).forEach((plugin, i) => {
    (plugin.facts ?? []).forEach((fact, k) => {
      if (RESERVED_FACTS.includes(fact.id))
        issues.push({
          path: `plugins[${i}].facts[${k}].id`,
          message: `"${fact.id}" is a built-in fact (${RESERVED_FACTS.join(', ')}): give the plugin fact another id`,
        });
    });
  });
}

/**
 * Checks that every rule the configuration sets is in force, saying what to do when it is not:
 * load the set it belongs to, or fix a misspelt id (with the closest one).
 */
export function checkRuleSettingIds(
  settings: Readonly<Record<string, RuleSetting>>,
  inForce: ReadonlySet<string>,
  named: ReadonlyMap<string, RuleSet>,
  issues: ConfigIssue[],
): void {
  for (const id of Object.keys(settings)) {
    if (inForce.has(id)) continue;
    const home = [...named.values()].find((s) => s.rules.some((r) => r.id === id));
    if (home) {
      issues.push({
        path: rulePath(id),
        message: `rule "${id}" belongs to rule set "${home.name}", which is not loaded: add "${home.name}" to extends`,
      });
      continue;
    }
    const known = new Set([
      ...inForce,
      ...[...named.values()].flatMap((s) => s.rules.map((r) => r.id)),
    ]);
    const slash = id.indexOf('/');
    const load =
      slash > 0
        ? `; if it comes from the "${id.slice(0, slash)}" rule set, load that set (extends, a plugin, or --rules <file> on the command line)`
        : '';
    issues.push({
      path: rulePath(id),
      message: `unknown rule "${id}"${didYouMean(id, known)}${load}`,
    });
  }
}
