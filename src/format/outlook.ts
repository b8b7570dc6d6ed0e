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
