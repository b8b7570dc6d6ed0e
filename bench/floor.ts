/**
 * The floor: the same ported rules as plain TypeScript functions, no engine at all. Each
 * condition tree is turned once into nested closures (`all` is `every`, a comparison reads its
 * path and applies json-rules-engine's operator, with its rule that numeric operators need a
 * number), then called on the values of bench/plain-facts.ts. This is what checking these rules
 * costs when written directly in code: a lower bound for any engine.
 */
import type { AnyRule, OutlookOptions } from '../src/index';
import { computePlainFacts } from './plain-facts';
import {
  type Baseline,
  type Firings,
  type Leaf,
  type Node,
  pathReader,
  portRules,
  type SubjectFacts,
} from './port';

type Check = (facts: SubjectFacts) => boolean;

const isNumber = (value: unknown) => !Number.isNaN(Number.parseFloat(String(value)));
const OPERATORS: Readonly<Record<string, (a: unknown, b: unknown) => boolean>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as unknown[]).includes(a),
  notIn: (a, b) => !(b as unknown[]).includes(a),
  contains: (a, b) => Array.isArray(a) && a.includes(b),
  doesNotContain: (a, b) => Array.isArray(a) && !a.includes(b),
  lessThan: (a, b) => isNumber(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumber(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumber(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumber(a) && (a as number) >= (b as number),
};

function compile(node: Node): Check {
  if ('all' in node && node.all) {
    const parts = (node.all as Node[]).map(compile);
    return (facts) => parts.every((part) => part(facts));
  }
  if ('any' in node && node.any) {
    const parts = (node.any as Node[]).map(compile);
    return (facts) => parts.some((part) => part(facts));
  }
  if ('not' in node && node.not) {
    const inner = compile(node.not as Node);
    return (facts) => !inner(facts);
  }
  const leaf = node as Leaf;
  const operator = OPERATORS[leaf.operator];
  if (!operator) throw new Error(`the floor has no operator ${leaf.operator}`);
  const { fact, path } = leaf;
  const value = leaf.value as { fact?: string; path?: string } | unknown;
  // Each path is split once, here, not on every comparison.
  const readLeft = pathReader(path);
  if (typeof value === 'object' && value !== null && 'fact' in value) {
    const other = value as { fact: string; path?: string };
    const readRight = pathReader(other.path);
    return (facts) => operator(readLeft(facts[fact]), readRight(facts[other.fact]));
  }
  return (facts) => operator(readLeft(facts[fact]), value);
}

/** Builds the floor for `rules`. */
export function createFloor(rules: readonly AnyRule[], outlook: OutlookOptions): Baseline {
  const { ported, skipped } = portRules(rules);
  const compiled = ported.map((rule) => ({
    ...rule,
    check: compile(rule.conditions),
    cases: rule.cases.map((c) => ({ severity: c.severity, check: compile(c.conditions) })),
  }));
  const scopes = ['application', 'message', 'search'] as const;
  const byScope = scopes.map((scope) => compiled.filter((rule) => rule.scope === scope));
  return {
    ported: ported.map((r) => r.id),
    skipped,
    check(search, asOf) {
      const facts = computePlainFacts(search as never, asOf, outlook);
      const fired: Firings['fired'] = [];
      scopes.forEach((scope, i) => {
        const subjects = scope === 'search' ? [facts.search] : facts[scope];
        for (const subject of subjects) {
          const subjectFacts = { [scope]: subject, search: facts.search };
          for (const rule of byScope[i] ?? []) {
            if (!rule.check(subjectFacts)) continue;
            const hit = rule.cases.find((c) => c.check(subjectFacts));
            fired.push({
              ruleId: rule.id,
              subject: scope === 'search' ? 'search' : String(subject.id),
              severity: hit?.severity ?? rule.severity,
            });
          }
        }
      });
      return { fired };
    },
  };
}
