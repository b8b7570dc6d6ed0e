import * as z from 'zod/v4';
import { defineRule } from '../engine/define';
import { versus, versusOption } from './conditions';
import { countOption } from './options';
import {
  COLD_APPLICATION_INTERVIEW_RATE,
  INTERVIEW_OFFER_RATE,
  REFERRAL_HIRE_RATE,
} from './sources';

/** The rough chance of at least one offer is below the target. */
export const lowOfferOutlook = defineRule({
  id: 'low-offer-outlook',
  meta: {
    category: 'breadth',
    severity: 'high',
    title: 'Your chance of an offer is below your target',
    description:
      'Flags a pipeline whose rough chance of at least one offer is below the target chance (80% unless configured).',
    rationale:
      'Most applications end without an offer: only a few cold applications in a hundred reach an interview, and roughly one interview in four ends in an offer. Adding up the chances of what is open shows whether the pipeline is big enough, and how many more applications would make it so. Referred applications count for far more than cold ones, so asking for referrals closes the gap fastest.',
    sources: [REFERRAL_HIRE_RATE, COLD_APPLICATION_INTERVIEW_RATE, INTERVIEW_OFFER_RATE],
    recommended: true,
  },
  scope: 'search',
  select: { offerAccepted: false },
  options: z.strictObject({
    minActiveApplications: countOption(
      { min: 1, max: 1000, default: 1 },
      'Open applications needed before the outlook is judged (with none, start-applying or no-recent-applications gives the advice).',
    ),
  }),
  conditions: {
    all: [
      versusOption('search', 'activeApplications', 'greaterThanInclusive', 'minActiveApplications'),
      versus('search', 'pendingOffers', 'equal', 0),
      versus('search', 'offerOutlook.probability', 'lessThan', {
        fact: 'search',
        path: 'offerOutlook.target',
      }),
    ],
  },
  message:
    'With {search.activeApplications|count:open application:open applications}, your rough chance of at least one offer is {search.offerOutlook.probability|percent}, short of your {search.offerOutlook.target|percent} target. {#search.offerOutlook.toReachTarget.cold}About {search.offerOutlook.toReachTarget.cold} more cold applications{#search.offerOutlook.toReachTarget.referred}, or about {search.offerOutlook.toReachTarget.referred} referred ones,{/search.offerOutlook.toReachTarget.referred} would reach it.{/search.offerOutlook.toReachTarget.cold}{^search.offerOutlook.toReachTarget.cold}{#search.offerOutlook.toReachTarget.referred}About {search.offerOutlook.toReachTarget.referred} more referred applications would reach it.{/search.offerOutlook.toReachTarget.referred}{/search.offerOutlook.toReachTarget.cold} Each referral is worth many cold applications, so ask people you know first, and keep applying while you wait.',
  actions: [
    {
      kind: 'ask-referral',
      label: 'Ask three contacts for a referral at companies you would like to join',
      due: { inDays: 7 },
    },
    {
      kind: 'apply',
      label: 'Send new applications this week, favouring roles where someone can refer you',
      due: { inDays: 7 },
    },
  ],
});
