import type { OfferOutlook } from '../facts/outlook';
import { count } from './labels';

/**
 * What the outlook means for this week, in one sentence every format shares: met, or a weekly
 * plan to reach the target (never a pile of applications still to send).
 */
export function outlookPlan(o: OfferOutlook): string {
  if (o.probability >= o.target) return 'That meets the target.';
  return o.weeksAtPlannedPace !== null
    ? `At ${count(o.plannedPace, 'application')} a week, that is about ${count(o.weeksAtPlannedPace, 'week')} away; each referral counts like about ${count(o.referralWorth, 'cold application')}.`
    : 'More applications alone are unlikely to reach the target.';
}

/**
 * What every format says instead of the outlook once an offer is accepted: a chance of an offer
 * means nothing when the search has ended in one.
 */
export const OUTLOOK_AFTER_ACCEPTING =
  'An offer is accepted: the search is over, with only loose ends to close.';
