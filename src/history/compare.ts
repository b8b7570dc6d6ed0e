import type { HealthReport } from '../report/report';
import type { Advice, Rating } from '../rule/types';

/** A metric a comparison follows: a count from the report's metrics, or the chance of an offer. */
export type ComparedMetric =
  | 'activeApplications'
  | 'activeCompanies'
  | 'applicationsLast7Days'
  | 'interviewsInProgress'
  | 'pendingOutreach'
  | 'pendingOffers'
  | 'offerProbability';

/** The metrics a comparison follows, in order, with how to name them. */
const COMPARED_METRICS: readonly { key: ComparedMetric; label: string }[] = [
  { key: 'activeApplications', label: 'Open applications' },
  { key: 'activeCompanies', label: 'Companies with an open application' },
  { key: 'applicationsLast7Days', label: 'Applications sent in the last 7 days' },
  { key: 'interviewsInProgress', label: 'Applications in interviews' },
  { key: 'pendingOutreach', label: 'Messages waiting for a reply' },
  { key: 'pendingOffers', label: 'Pending offers' },
  { key: 'offerProbability', label: 'Chance of an offer' },
];

/** How one metric moved. */
export interface MetricChange {
  /** The metric. */
  readonly metric: ComparedMetric;
  /** What it is, in words. */
  readonly label: string;
  /** Its value in the earlier report. */
  readonly before: number;
  /** Its value in the later report. */
  readonly after: number;
  /** `after - before`. */
  readonly change: number;
}

/** Advice present in both reports. */
export interface OpenAdvice {
  /** The advice as the later report gives it. */
  readonly advice: Advice;
  /** The earlier report's date (ISO 8601): it has been open at least since then. */
  readonly openSince: string;
  /** Whole days between the two reports: how long it has at least been open. */
  readonly daysOpen: number;
}

/** One report's headline figures. */
export interface ReportHeadline {
  /** Its date (ISO 8601). */
  readonly asOf: string;
  /** Its score. */
  readonly score: number;
  /** Its rating. */
  readonly rating: Rating;
}

/** What changed between two reports on the same search. */
export interface ReportComparison {
  /** The earlier report's headline. */
  readonly before: ReportHeadline;
  /** The later report's headline. */
  readonly after: ReportHeadline;
  /** `after.score - before.score`. */
  readonly scoreChange: number;
  /** Every followed metric, changed or not, in a fixed order. */
  readonly metrics: readonly MetricChange[];
  /** Advice in the later report only, in its order. */
  readonly newAdvice: readonly Advice[];
  /** Advice in the earlier report only: dealt with, or no longer applying. */
  readonly resolvedAdvice: readonly Advice[];
  /** Advice in both, in the later report's order. */
  readonly openAdvice: readonly OpenAdvice[];
}

const DAY_MS = 86_400_000;

function metricValue(report: HealthReport, metric: ComparedMetric): number {
  return metric === 'offerProbability'
    ? report.metrics.offerOutlook.probability
    : report.metrics[metric];
}

function headline(report: HealthReport): ReportHeadline {
  return { asOf: report.asOf, score: report.score, rating: report.rating };
}

function subjectKeys(advice: Advice): Set<string> {
  return new Set(advice.subjects.map((s) => `${s.kind}:${s.id}`));
}

/**
 * Pairs each later advice with the earlier advice it continues: the one with the same id, else
 * one of the same rule about at least one of the same subjects (a grouped advice that gained
 * or lost subjects is still the same advice). Each earlier advice is paired at most once.
 */
function matchAdvice(before: readonly Advice[], after: readonly Advice[]): Map<Advice, Advice> {
  const pairs = new Map<Advice, Advice>();
  const free = new Set(before);
  const byId = new Map(before.map((a) => [a.id, a]));
  for (const advice of after) {
    const same = byId.get(advice.id);
    if (same && free.has(same)) {
      pairs.set(advice, same);
      free.delete(same);
    }
  }
  for (const advice of after) {
    if (pairs.has(advice)) continue;
    const keys = subjectKeys(advice);
    const earlier = [...free].find(
      (b) => b.ruleId === advice.ruleId && [...subjectKeys(b)].some((k) => keys.has(k)),
    );
    if (earlier) {
      pairs.set(advice, earlier);
      free.delete(earlier);
    }
  }
  return pairs;
}

/**
 * Compares two reports on the same search, an earlier and a later one: how the score and the
 * main metrics moved, and which advice is new, resolved, or still open and since when. Advice
 * is matched by id, which is stable per rule and subject, or else by rule and a shared subject.
 */
export function compareReports(before: HealthReport, after: HealthReport): ReportComparison {
  const matches = matchAdvice(before.advice, after.advice);
  const matched = new Set(matches.values());
  const daysOpen = Math.max(
    0,
    Math.round((Date.parse(after.asOf) - Date.parse(before.asOf)) / DAY_MS),
  );
  return {
    before: headline(before),
    after: headline(after),
    scoreChange: after.score - before.score,
    metrics: COMPARED_METRICS.map(({ key, label }) => {
      const [b, a] = [metricValue(before, key), metricValue(after, key)];
      return { metric: key, label, before: b, after: a, change: a - b };
    }),
    newAdvice: after.advice.filter((a) => !matches.has(a)),
    resolvedAdvice: before.advice.filter((a) => !matched.has(a)),
    openAdvice: after.advice
      .filter((a) => matches.has(a))
      .map((advice) => ({ advice, openSince: before.asOf, daysOpen })),
  };
}
