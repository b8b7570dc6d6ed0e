import { restrictToAsOf } from '../../facts/as-of';
import { STAGES, type Stage } from '../../model/primitives';
import type { Application, JobSearch } from '../../model/schemas';

/** A stage of the funnel: every stage an application moves through, up to `accepted`. */
export type FunnelStage = Exclude<Stage, 'declined' | 'rejected' | 'withdrawn' | 'closed'>;

/** The stages of the funnel, in the order an application moves through them. */
// Marked pure: a value built at load is otherwise kept by bundlers even where unused.
const FUNNEL_STAGES = /* @__PURE__ */ STAGES.slice(
  0,
  STAGES.indexOf('accepted') + 1,
) as readonly FunnelStage[];

/** One step of the funnel. */
export interface FunnelStep {
  /** The stage. */
  readonly stage: FunnelStage;
  /** Applications that reached it at some point. */
  readonly reached: number;
  /** Share (0..1) of the previous step's applications that reached this one; null for the first or after 0. */
  readonly conversion: number | null;
}

/** Applications sent in one week. */
export interface WeekCount {
  /** The last day of the week, `YYYY-MM-DD` (the evaluation day for the latest week). */
  readonly weekEnding: string;
  /** Applications sent in the 7 days up to and including it. */
  readonly applications: number;
}

/** What the HTML report draws from the search itself. */
export interface PipelineView {
  /** Counts per stage reached and conversion between stages. */
  readonly funnel: readonly FunnelStep[];
  /** Applications sent per week, oldest first. */
  readonly weeks: readonly WeekCount[];
}

const RANK = /* @__PURE__ */ new Map<Stage, number>(
  /* @__PURE__ */ FUNNEL_STAGES.map((stage, index) => [stage, index]),
);
const DAY_MS = 86_400_000;
/** The most weeks drawn: half a year. */
const MAX_WEEKS = 26;

function rankOf(stage: Stage): number {
  // An offer turned down was an offer first.
  return stage === 'declined' ? (RANK.get('offer') ?? 0) : (RANK.get(stage) ?? -1);
}

/**
 * How far an application got: the furthest stage in its current stage and `stageHistory`,
 * raised by what other records show (sent, interviewed, offered).
 */
function furthest(
  app: Application,
  interviewed: ReadonlySet<string>,
  offered: ReadonlySet<string>,
) {
  const ranks = [rankOf(app.stage), ...(app.stageHistory ?? []).map((h) => rankOf(h.stage))];
  // Any later stage, even a rejection with no dates, means it was sent; a closed posting may not.
  if (app.appliedAt !== undefined || (app.stage !== 'saved' && app.stage !== 'closed'))
    ranks.push(rankOf('applied'));
  if (interviewed.has(app.id)) ranks.push(rankOf('screening'));
  if (offered.has(app.id)) ranks.push(rankOf('offer'));
  return Math.max(...ranks);
}

function funnelOf(search: JobSearch): FunnelStep[] {
  const interviewed = new Set(search.interviews.map((i) => i.applicationId));
  const offered = new Set(search.offers.map((o) => o.applicationId));
  const reachedRanks = search.applications.map((a) => furthest(a, interviewed, offered));
  return FUNNEL_STAGES.map((stage, index) => {
    const reached = reachedRanks.filter((r) => r >= index).length;
    const previous = index === 0 ? 0 : reachedRanks.filter((r) => r >= index - 1).length;
    return { stage, reached, conversion: previous === 0 ? null : reached / previous };
  });
}

function weeksOf(search: JobSearch, asOf: Date): WeekCount[] {
  const sent = search.applications.flatMap((a) => (a.appliedAt ? [a.appliedAt.getTime()] : []));
  const started = [search.candidate?.searchStartedAt?.getTime(), ...sent].filter(
    (t): t is number => t !== undefined,
  );
  if (started.length === 0) return [];
  const end = asOf.getTime();
  const span = Math.ceil((end - Math.min(...started)) / (7 * DAY_MS));
  const count = Math.max(1, Math.min(MAX_WEEKS, span));
  return Array.from({ length: count }, (_, k) => {
    const weekEnd = end - (count - 1 - k) * 7 * DAY_MS;
    const applications = sent.filter((t) => t <= weekEnd && t > weekEnd - 7 * DAY_MS).length;
    return { weekEnding: new Date(weekEnd).toISOString().slice(0, 10), applications };
  });
}

/**
 * The pipeline of a search as it stood on `asOf`: the funnel of stages reached and the
 * applications sent per week (at most the last 26 weeks, back to the start of the search).
 */
export function pipelineView(search: JobSearch, asOf: Date): PipelineView {
  const then = restrictToAsOf(search, asOf);
  return { funnel: funnelOf(then), weeks: weeksOf(then, asOf) };
}
