import * as z from 'zod/v4/mini';
import type { Channel, Stage } from '../model/primitives';
import { addDays, isoDay } from './dates';

const probability = z.number().check(z.gte(0), z.lte(1));

/**
 * Settings of the offer-outlook model. Every figure is a rough estimate drawn from recruiting
 * surveys (see the evidence in the docs); all of them can be changed.
 */
export const outlookOptionsSchema = z.strictObject({
  /** Chance that a freshly sent application ends in an offer, by channel. */
  appliedByChannel: z._default(
    z.strictObject({
      /** Through a job board. */
      'job-board': probability,
      /** Through the employer's own careers site. */
      'company-site': probability,
      /** With a referral from someone at the employer. */
      referral: probability,
      /** Through a recruiter. */
      recruiter: probability,
      /** Through an introduction from the candidate's network. */
      network: probability,
      /** Through a staffing agency. */
      agency: probability,
      /** Any other way. */
      other: probability,
    } satisfies Record<Channel, typeof probability>),
    {
      // 1 in 152 job-board hires (Lever 2016); 3–8% to interview × 27% to offer.
      'job-board': 0.01,
      'company-site': 0.01,
      // 1 in 16 referred candidates hired (Lever 2016).
      referral: 0.06,
      // No published rate for these: placed between cold and referred, by how much a person
      // vouches for the candidate. Rough guesses, labelled so in the docs.
      network: 0.04,
      recruiter: 0.03,
      agency: 0.02,
      other: 0.01,
    },
  ),
  /** Chance of an offer once the application reaches each later stage. */
  byStage: z._default(
    z.strictObject({
      /** At screening (a first call with the employer). */
      screening: probability,
      /** In interviews. */
      interviewing: probability,
      /** In the final round. */
      'final-round': probability,
    }),
    { screening: 0.08, interviewing: 0.25, 'final-round': 0.4 },
  ),
  /** Days without employer contact after which an applied-stage application counts as silent. */
  silentAfterDaysApplied: z._default(z.number().check(z.gte(0), z.lte(365)), 24),
  /** Days without employer contact after which an interview-stage application counts as silent. */
  silentAfterDaysInterviewing: z._default(z.number().check(z.gte(0), z.lte(365)), 14),
  /**
   * Chance that a cold application leads to a screen or interview: CareerPlug's 3%, the lower of
   * the published rates, used to say how often no call at all happens by chance.
   */
  coldScreenRate: z._default(probability, 0.03),
  /** Factor applied to the chance of a silent application. */
  silenceFactor: z._default(probability, 0.3),
  /**
   * The chance of at least one offer the outlook aims for: by default an even chance, the point
   * from which an offer is more likely than not. No study gives a better figure; a higher one
   * asks for a margin the rough per-application chances cannot support.
   */
  target: z._default(probability, 0.5),
  /**
   * Applications a week the projection plans with when the candidate has set no weekly goal: the
   * low end of the usual coaching advice (5–10 a week).
   */
  plannedWeeklyApplications: z._default(z.number().check(z.gte(1), z.lte(100)), 5),
});

/** Settings of the offer-outlook model, as accepted in configuration. */
export type OutlookOptionsInput = z.input<typeof outlookOptionsSchema>;
/** Settings of the offer-outlook model, with every default filled in. */
export type OutlookOptions = z.output<typeof outlookOptionsSchema>;

/** The default offer-outlook settings. */
export const DEFAULT_OUTLOOK: OutlookOptions = outlookOptionsSchema.parse({});

/** What the model needs to know about one application. */
export interface OutlookInput {
  /** The application's current stage. */
  readonly stage: Stage;
  /** How it reached the employer. */
  readonly channel: Channel;
  /** Days since the employer was last heard from (or since applying); undefined if unknown. */
  readonly daysSilent: number | undefined;
}

/** The rough chance that one application ends in an offer. */
export function applicationOfferChance(app: OutlookInput, options: OutlookOptions): number {
  if (app.stage === 'offer' || app.stage === 'accepted') return 1;
  const base =
    app.stage === 'applied'
      ? options.appliedByChannel[app.channel]
      : app.stage === 'screening' || app.stage === 'interviewing' || app.stage === 'final-round'
        ? options.byStage[app.stage]
        : 0;
  const limit =
    app.stage === 'applied' ? options.silentAfterDaysApplied : options.silentAfterDaysInterviewing;
  const silent = app.daysSilent !== undefined && app.daysSilent > limit;
  return silent ? base * options.silenceFactor : base;
}

/** The chance of at least one offer among independent chances: `1 - Π(1 - p)`. */
export function chanceOfAtLeastOne(chances: readonly number[]): number {
  let none = 1;
  for (const p of chances) none *= 1 - p;
  return 1 - none;
}

/**
 * How many more applications, each with chance `each`, lift the chance of at least one offer
 * from `current` to `target`. 0 when already there; null when it cannot be reached.
 */
export function applicationsToReach(current: number, each: number, target: number): number | null {
  if (current >= target) return 0;
  if (each <= 0) return null;
  if (each >= 1) return 1;
  const needed = Math.log((1 - target) / (1 - current)) / Math.log(1 - each);
  // Guard against 0.8 - 1e-16 style rounding producing one application too many.
  return Math.max(1, Math.ceil(needed - 1e-9));
}

/** The report's summary of the offer outlook. */
export interface OfferOutlook {
  /** Chance of at least one offer from the active pipeline (0..1). */
  readonly probability: number;
  /** Expected number of offers (sum of the chances). */
  readonly expectedOffers: number;
  /** The target chance used. */
  readonly target: number;
  /** More applications needed to reach the target; `null` means out of reach that way. */
  readonly toReachTarget: {
    /** More cold applications (job board or company site). */
    readonly cold: number | null;
    /** More referred applications. */
    readonly referred: number | null;
  };
  /** Applications sent in the days the pace is measured over (`paceDays`). */
  readonly recentApplications: number;
  /** Days the pace is measured over: the last 28, or since the search started (at least 7). */
  readonly paceDays: number;
  /** `recentApplications` a week over `paceDays`, to one decimal. */
  readonly weeklyPace: number;
  /** Applications a week to plan with: the candidate's own goal, else the configured default. */
  readonly plannedPace: number;
  /**
   * Whether applying runs below the planned pace: both the weekly average and the last 7 days
   * fall short of it. A week that met the plan counts as on pace, so a search that has just
   * picked up is not judged by its slower start.
   */
  readonly belowPlannedPace: boolean;
  /**
   * Weeks until the target at the recent pace and channel mix, if what is open stays open; 0 when
   * already there, null when nothing went out in the last four weeks.
   */
  readonly weeksToTarget: number | null;
  /** The day that projection reaches the target (YYYY-MM-DD), or null. */
  readonly targetReachedBy: string | null;
  /** Weeks until the target at the planned pace, with the same mix; null when out of reach. */
  readonly weeksAtPlannedPace: number | null;
  /** How many cold applications one referred application counts like, rounded. */
  readonly referralWorth: number;
}

/** What the projection needs besides the chances: the recent pace and mix, and the date. */
export interface OutlookPace {
  /** The channels of the applications sent in the last four weeks, one entry each. */
  readonly recentChannels: readonly Channel[];
  /** Weeks those applications span: four, or fewer for a younger search (at least one). */
  readonly weeks: number;
  /** Applications sent in the last 7 days. */
  readonly lastWeek: number;
  /** The candidate's own weekly goal, or null when not set. */
  readonly weeklyGoal: number | null;
  /** The evaluation date. */
  readonly asOf: Date;
}

/** Weeks to send `needed` applications at `perWeek`; 0 when none are needed. */
function weeksFor(needed: number | null, perWeek: number): number | null {
  if (needed === null || perWeek <= 0) return null;
  return needed === 0 ? 0 : Math.ceil(needed / perWeek);
}

/** Summarises the outlook of a pipeline from each application's chance, with a projection. */
export function summariseOutlook(
  chances: readonly number[],
  options: OutlookOptions,
  target: number,
  pace: OutlookPace,
): OfferOutlook {
  const probability = chanceOfAtLeastOne(chances);
  const cold = options.appliedByChannel['job-board'];
  const referred = options.appliedByChannel.referral;
  const recent = pace.recentChannels;
  // The recent mix sets the chance each new application is likely to bring; cold without one.
  const each =
    recent.length > 0
      ? recent.reduce((sum, channel) => sum + options.appliedByChannel[channel], 0) / recent.length
      : cold;
  const needed = applicationsToReach(probability, each, target);
  const weeklyPace = Math.round((recent.length / pace.weeks) * 10) / 10;
  const plannedPace = pace.weeklyGoal ?? options.plannedWeeklyApplications;
  const weeksToTarget = weeksFor(needed, weeklyPace);
  return {
    probability,
    expectedOffers: chances.reduce((sum, p) => sum + p, 0),
    target,
    toReachTarget: {
      cold: applicationsToReach(probability, cold, target),
      referred: applicationsToReach(probability, referred, target),
    },
    recentApplications: recent.length,
    paceDays: Math.round(pace.weeks * 7),
    weeklyPace,
    plannedPace,
    belowPlannedPace: weeklyPace < plannedPace && pace.lastWeek < plannedPace,
    weeksToTarget,
    targetReachedBy: weeksToTarget === null ? null : isoDay(addDays(pace.asOf, weeksToTarget * 7)),
    weeksAtPlannedPace: weeksFor(needed, plannedPace),
    referralWorth:
      cold > 0 && cold < 1 && referred < 1
        ? Math.round(Math.log(1 - referred) / Math.log(1 - cold))
        : 1,
  };
}
