import { type Advisor, evaluateSearch } from '../engine/advisor';
import { parseAsOf } from '../engine/as-of';
import { parseSearch } from '../model/parse';
import type { JobSearch } from '../model/schemas';
import type { HealthReport } from '../report/report';
import type { Rating } from '../rule/types';
import { compareReports } from './compare';

/** Options of {@link searchHistory}. */
export interface HistoryOptions {
  /** The last week's end: a `Date` or an ISO 8601 string. Defaults to now. */
  readonly asOf?: Date | string;
  /** The advisor to evaluate with (rules and configuration); the recommended rules by default. */
  readonly advisor?: Advisor;
  /** Reject unknown keys in the search. */
  readonly strict?: boolean;
  /** The most weeks to go back (default 26). */
  readonly maxWeeks?: number;
}

/** The search at the end of one week. */
export interface HistoryPoint {
  /** The end of the week (ISO 8601): the search is evaluated as it stood then. */
  readonly asOf: string;
  /** The score then. */
  readonly score: number;
  /** The rating then. */
  readonly rating: Rating;
  /** Applications sent in that week. */
  readonly applicationsLastWeek: number;
  /** Companies with an open application then. */
  readonly activeCompanies: number;
  /** Chance of at least one offer then (0..1). */
  readonly offerProbability: number;
  /** Pieces of advice then. */
  readonly adviceCount: number;
  /** Titles of the advice that appeared that week (all of it for the first week). */
  readonly newAdvice: readonly string[];
  /** Titles of the advice that went away that week. */
  readonly resolvedAdvice: readonly string[];
}

const DAY_MS = 86_400_000;

/** When the search began: `searchStartedAt`, or its earliest saved or sent application. */
function startOf(search: JobSearch): number | undefined {
  const dates = [
    search.candidate?.searchStartedAt,
    ...search.applications.flatMap((a) => [a.savedAt, a.appliedAt]),
  ].flatMap((d) => (d === undefined ? [] : [d.getTime()]));
  return dates.length === 0 ? undefined : Math.min(...dates);
}

function pointOf(report: HealthReport, previous: HealthReport | undefined): HistoryPoint {
  const change = previous === undefined ? undefined : compareReports(previous, report);
  return {
    asOf: report.asOf,
    score: report.score,
    rating: report.rating,
    applicationsLastWeek: report.metrics.applicationsLast7Days,
    activeCompanies: report.metrics.activeCompanies,
    offerProbability: report.metrics.offerOutlook.probability,
    adviceCount: report.advice.length,
    newAdvice: (change?.newAdvice ?? report.advice).map((a) => a.title),
    resolvedAdvice: (change?.resolvedAdvice ?? []).map((a) => a.title),
  };
}

/**
 * Evaluates a search at the end of each week of its life, as it stood then (records dated
 * later are ignored; see `restrictToAsOf`), week by week up to `asOf`, oldest first. The
 * weeks end on `asOf`'s weekday; the first ends in the week after the search began. Each point
 * gives the score, rating, applications sent that week, companies in play, the offer outlook,
 * and the advice that appeared or went away that week.
 *
 * @throws `SearchValidationError` (as a rejection) when the search is invalid.
 */
export async function searchHistory(
  input: unknown,
  options: HistoryOptions = {},
): Promise<HistoryPoint[]> {
  const strict = options.strict ?? false;
  const end = parseAsOf(options.asOf).getTime();
  const start = startOf(parseSearch(input, { strict })) ?? end;
  const weeks = Math.min(
    options.maxWeeks ?? 26,
    Math.max(0, Math.floor((end - start) / (7 * DAY_MS))),
  );
  const evaluate = (asOf: Date) =>
    options.advisor
      ? options.advisor.evaluate(input, { asOf, strict, ignoreLaterRecords: true })
      : evaluateSearch(input, { asOf, strict, ignoreLaterRecords: true });
  const points: HistoryPoint[] = [];
  let previous: HealthReport | undefined;
  for (let k = weeks; k >= 0; k -= 1) {
    const report = await evaluate(new Date(end - k * 7 * DAY_MS));
    points.push(pointOf(report, previous));
    previous = report;
  }
  return points;
}
