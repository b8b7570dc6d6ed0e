import type { Advice, CategoryScore, Rating, RuleOutcome, Severity } from '../rule/types';
import type { CategoryDefinition } from './categories';
import { SEVERITY_WEIGHT } from './severity';

interface Tally {
  weight: number;
  passed: number;
}

function scoreOf(tally: Tally | undefined): number | null {
  if (!tally || tally.weight === 0) return null;
  return Math.round((tally.passed / tally.weight) * 100);
}

/**
 * Lighthouse-style weighted mean: each applicable rule scores 1 when it passed and 0 when it gave
 * advice, weighted by the severity in force times its category's weight; not-applicable, needs-data
 * and error weigh nothing, except outcomes `reached` says the search has already achieved (the
 * job-hunting rules once an offer is accepted), which count as passed.
 */
export function scoreOutcomes(
  outcomes: readonly RuleOutcome[],
  categoryOf: (ruleId: string) => string,
  categoryWeights: Readonly<Record<string, number>> = {},
  reached: (outcome: RuleOutcome) => boolean = () => false,
): { score: number; byCategory: Map<string, number | null> } {
  const total: Tally = { weight: 0, passed: 0 };
  const byCategory = new Map<string, Tally>();
  for (const outcome of outcomes) {
    const counted = outcome.status === 'advice' || outcome.status === 'passed';
    if (!counted && !reached(outcome)) continue;
    const category = categoryOf(outcome.ruleId);
    const weight = SEVERITY_WEIGHT[outcome.severity] * (categoryWeights[category] ?? 1);
    const passed = outcome.status === 'advice' ? 0 : weight;
    const tally = byCategory.get(category) ?? { weight: 0, passed: 0 };
    tally.weight += weight;
    tally.passed += passed;
    byCategory.set(category, tally);
    total.weight += weight;
    total.passed += passed;
  }
  return {
    score: scoreOf(total) ?? 100,
    byCategory: new Map([...byCategory].map(([id, tally]) => [id, scoreOf(tally)])),
  };
}

/**
 * The rating weighs the whole search, not only its worst advice:
 * - `critical`: a critical piece of advice in a search that is weak beyond it (another critical
 *   one, or a score under 70). Without critical advice, however low the score, at most at-risk.
 * - `at-risk`: any critical or high advice, or a score under 85.
 * - `healthy`: otherwise.
 * So one late reply in an otherwise sound search is at-risk, and so is a search with offers in
 * hand and no deadline about to pass. `advice` is everything that fired, with its severity:
 * advice folded into other advice counts.
 */
export function rate(score: number, advice: readonly { readonly severity: Severity }[]): Rating {
  const critical = advice.filter((a) => a.severity === 'critical').length;
  if (critical >= 2 || (critical === 1 && score < 70)) return 'critical';
  if (critical > 0 || advice.some((a) => a.severity === 'high') || score < 85) return 'at-risk';
  return 'healthy';
}

/** Category scores for the report, in category order, including categories without rules. */
export function categoryScores(
  categories: readonly CategoryDefinition[],
  scores: ReadonlyMap<string, number | null>,
  advice: readonly Advice[],
): Record<string, CategoryScore> {
  const counts = new Map<string, number>();
  for (const a of advice) counts.set(a.category, (counts.get(a.category) ?? 0) + 1);
  const result: Record<string, CategoryScore> = {};
  for (const category of categories)
    result[category.id] = {
      title: category.title,
      score: scores.get(category.id) ?? null,
      adviceCount: counts.get(category.id) ?? 0,
    };
  return result;
}
