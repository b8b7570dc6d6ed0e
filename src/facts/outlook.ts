import * as z from 'zod/v4';
import type { Channel, Stage } from '../model/primitives';

const probability = z.number().min(0).max(1);

/**
 * Settings of the offer-outlook model. Every figure is a rough estimate drawn from recruiting
 * surveys (see the evidence in the docs); all of them can be changed.
 */
export const outlookOptionsSchema = z.strictObject({
  /** Chance that a freshly sent application ends in an offer, by channel. */
  appliedByChannel: z
    .strictObject({
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
    } satisfies Record<Channel, typeof probability>)
    .default({
      // 1 in 152 job-board hires (Lever 2016); 3–8% to interview × 27% to offer.
      'job-board': 0.01,
      'company-site': 0.01,
      // 1 in 16 referred candidates hired (Lever 2016).
      referral: 0.06,
      network: 0.04,
      recruiter: 0.03,
      agency: 0.02,
      other: 0.01,
    }),
  /** Chance of an offer once the application reaches each later stage. */
  byStage: z
    .strictObject({
      /** At screening (a first call with the employer). */
      screening: probability,
      /** In interviews. */
      interviewing: probability,
      /** In the final round. */
      'final-round': probability,
    })
    .default({ screening: 0.08, interviewing: 0.25, 'final-round': 0.4 }),
  /** Days without employer contact after which an applied-stage application counts as silent. */
  silentAfterDaysApplied: z.number().min(0).max(365).default(24),
  /** Days without employer contact after which an interview-stage application counts as silent. */
  silentAfterDaysInterviewing: z.number().min(0).max(365).default(14),
  /** Factor applied to the chance of a silent application. */
  silenceFactor: probability.default(0.3),
  /** The chance of at least one offer the outlook aims for. */
  target: probability.default(0.8),
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
}

/** Summarises the outlook of a pipeline from each application's chance. */
export function summariseOutlook(
  chances: readonly number[],
  options: OutlookOptions,
  target: number,
): OfferOutlook {
  const probability = chanceOfAtLeastOne(chances);
  return {
    probability,
    expectedOffers: chances.reduce((sum, p) => sum + p, 0),
    target,
    toReachTarget: {
      cold: applicationsToReach(probability, options.appliedByChannel['job-board'], target),
      referred: applicationsToReach(probability, options.appliedByChannel.referral, target),
    },
  };
}
