/**
 * The fair naive baseline: the library's rules run on json-rules-engine the way a careful user
 * would run them without this library.
 *
 * - The derived values are computed up front in plain TypeScript with lookup maps built once
 *   per search (bench/plain-facts.ts), so the facts cost time linear in the search.
 * - One engine per kind of subject, built once, holding every ported rule of that scope, with a
 *   plain dotted-path resolver (no JSONPath); one `engine.run` per application, per message and
 *   one for the search, each given that subject's values and the search's as runtime facts.
 * - A rule's severity cases are extra rules whose conditions add the case to the rule's own.
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
  const engines = new Map<PortedScope, Engine>();
  const severities = new Map<string, string[]>();
  const engineOf = (scope: PortedScope) => {
    let engine = engines.get(scope);
    if (!engine) {
      engine = new Engine([], { pathResolver: readPath, allowUndefinedFacts: true });
      engines.set(scope, engine);
    }
    return engine;
  };
  for (const rule of ported) {
    const engine = engineOf(rule.scope);
    engine.addRule({ conditions: rule.conditions as TopLevelCondition, event: { type: rule.id } });
    rule.cases.forEach((c, index) => {
      engine.addRule({
        conditions: { all: [rule.conditions, c.conditions] } as TopLevelCondition,
        event: { type: `${rule.id}#${index}` },
      });
    });
    severities.set(rule.id, [rule.severity, ...rule.cases.map((c) => c.severity)]);
  }

  const collect = (fired: Firings['fired'], subject: string, types: readonly string[]) => {
    for (const type of types) {
      if (type.includes('#')) continue;
      const levels = severities.get(type) ?? [];
      const index = levels.findIndex((_, i) => i > 0 && types.includes(`${type}#${i - 1}`));
      fired.push({ ruleId: type, subject, severity: levels[Math.max(0, index)] ?? 'info' });
    }
  };

  return {
    ported: ported.map((r) => r.id),
    skipped,
    async check(search, asOf) {
      const facts = computePlainFacts(search as never, asOf, outlook);
      const fired: Firings['fired'] = [];
      for (const scope of ['application', 'message'] as const) {
        const engine = engines.get(scope);
        if (!engine) continue;
        for (const subject of facts[scope]) {
          const { events } = await engine.run({ [scope]: subject, search: facts.search });
          collect(
            fired,
            String(subject.id),
            events.map((e) => e.type),
          );
        }
      }
      const engine = engines.get('search');
      if (engine) {
        const { events } = await engine.run({ search: facts.search });
        collect(
          fired,
          'search',
          events.map((e) => e.type),
        );
      }
      return { fired };
    },
  };
}
