/**
 * The fair naive baseline: the library's rules run on json-rules-engine the way a careful user
 * would run them without this library.
 *
 * - The derived values are computed up front in plain TypeScript with lookup maps built once
 *   per search (bench/plain-facts.ts), so the facts cost time linear in the search.
 * - One engine per kind of subject, built once, holding every ported rule of that scope, with a
 *   plain dotted-path resolver (no JSONPath); one `engine.run` per application, per message and
 *   one for the search, each given that subject's values and the search's as runtime facts.
 * - A rule's severity cases sit in an engine of their own, run only for a subject the rule fired
 *   for, so the rule's own conditions are not checked again for every case.
 *
 * It does not validate its input, word advice or score: it only decides what fires.
 */
import { Engine, type TopLevelCondition } from 'json-rules-engine';
import type { AnyRule, OutlookOptions } from '../src/index';
import { computePlainFacts } from './plain-facts';
import { type Baseline, type Firings, type PortedScope, portRules, readPath } from './port';

/** Builds the fair naive port of `rules`. */
export function createNaiveBaseline(rules: readonly AnyRule[], outlook: OutlookOptions): Baseline {
  const { ported, skipped } = portRules(rules);
  const options = { pathResolver: readPath, allowUndefinedFacts: true };
  const engines = new Map<PortedScope, Engine>();
  /**
   * Each rule's severities, its own first, and its severity cases in an engine of their own, run
   * only for a subject it fired for.
   */
  const byRule = new Map<string, { levels: string[]; cases?: Engine }>();
  for (const rule of ported) {
    const engine = engines.get(rule.scope) ?? new Engine([], options);
    engines.set(rule.scope, engine);
    engine.addRule({ conditions: rule.conditions as TopLevelCondition, event: { type: rule.id } });
    const levels = [rule.severity, ...rule.cases.map((c) => c.severity)];
    if (rule.cases.length === 0) {
      byRule.set(rule.id, { levels });
      continue;
    }
    const cases = new Engine([], options);
    rule.cases.forEach((c, index) => {
      cases.addRule({ conditions: c.conditions as TopLevelCondition, event: { type: `${index}` } });
    });
    byRule.set(rule.id, { levels, cases });
  }

  /** Records what fired for one subject, at the severity of the first case that holds. */
  const collect = async (
    fired: Firings['fired'],
    subject: string,
    types: readonly string[],
    facts: Record<string, unknown>,
  ) => {
    for (const type of types) {
      const { levels, cases } = byRule.get(type) as { levels: string[]; cases?: Engine };
      const held = cases ? (await cases.run(facts)).events.map((e) => Number(e.type)) : [];
      const first = held.length > 0 ? Math.min(...held) + 1 : 0;
      fired.push({ ruleId: type, subject, severity: levels[first] as string });
    }
  };

  return {
    ported: ported.map((r) => r.id),
    skipped,
    async check(search, asOf) {
      const facts = computePlainFacts(search as never, asOf, outlook);
      const fired: Firings['fired'] = [];
      for (const scope of ['application', 'message', 'search'] as const) {
        const engine = engines.get(scope);
        if (!engine) continue;
        const subjects = scope === 'search' ? [facts.search] : facts[scope];
        for (const subject of subjects) {
          const values = { [scope]: subject, search: facts.search };
          const { events } = await engine.run(values);
          const id = scope === 'search' ? 'search' : String(subject.id);
          await collect(
            fired,
            id,
            events.map((e) => e.type),
            values,
          );
        }
      }
      return { fired };
    },
  };
}
