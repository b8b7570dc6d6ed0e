import * as z from 'zod/v4';
import { defineRule } from '../engine/define';
import { versus, versusOption } from './conditions';
import { countOption, shareOption } from './options';
import { APPLICANTS_PER_OPENING, INTERVIEW_OFFER_RATE, INTERVIEWS_PER_OPENING } from './sources';

/** The pipeline rests on too few companies, or on one favourite. */
export const singleBasket = defineRule({
  id: 'single-basket',
  meta: {
    category: 'breadth',
    severity: 'high',
    title: 'Your search rests on too few companies',
    description:
      'Flags a pipeline with open applications at too few companies, or one where a single company carries most of the chance of an offer.',
    rationale:
      'One interview is not an offer: employers interview about six people per opening, and postings draw from dozens to hundreds of applicants. A search that waits on one favourite stalls when that employer goes quiet. Several live processes mean you choose between offers instead of hoping for one.',
    sources: [INTERVIEWS_PER_OPENING, APPLICANTS_PER_OPENING, INTERVIEW_OFFER_RATE],
    recommended: true,
  },
  scope: 'search',
  select: { offerAccepted: false },
  options: z.strictObject({
    minCompanies: countOption(
      { min: 1, max: 100, default: 5 },
      'Fewer companies with open applications than this gives high advice.',
    ),
    criticalBelowCompanies: countOption(
      { min: 1, max: 100, default: 2 },
      'Fewer companies than this is critical.',
    ),
    maxTopCompanyShare: shareOption(
      0.6,
      'One company carrying at least this share of the expected offers also fires.',
    ),
  }),
  conditions: {
    all: [
      versus('search', 'activeApplications', 'greaterThanInclusive', 1),
      versus('search', 'pendingOffers', 'equal', 0),
      {
        any: [
          versusOption('search', 'activeCompanies', 'lessThan', 'minCompanies'),
          versusOption('search', 'topCompanyShare', 'greaterThanInclusive', 'maxTopCompanyShare'),
        ],
      },
    ],
  },
  severityWhen: [
    {
      severity: 'critical',
      conditions: {
        all: [versusOption('search', 'activeCompanies', 'lessThan', 'criticalBelowCompanies')],
      },
    },
  ],
  supersedes: [
    'paused-while-interviewing',
    'no-recent-applications',
    'below-weekly-target',
    'low-offer-outlook',
  ],
  message:
    "Your search rests on {search.topCompany}: it carries {search.topCompanyShare|percent} of your chance of an offer, and you have open applications at only {search.activeCompanies|count:company:companies}. {#search.daysSinceLastApplication}You last applied anywhere {search.daysSinceLastApplication|duration} ago. {/search.daysSinceLastApplication}Your rough chance of at least one offer is {search.offerOutlook.probability|percent}{#search.offerOutlook.toReachTarget.cold}; about {search.offerOutlook.toReachTarget.cold} more cold applications{#search.offerOutlook.toReachTarget.referred}, or about {search.offerOutlook.toReachTarget.referred} referred ones,{/search.offerOutlook.toReachTarget.referred} would lift it to {search.offerOutlook.target|percent}{/search.offerOutlook.toReachTarget.cold}. {#search.interviewsInProgress}An interview is not an offer: {/search.interviewsInProgress}{^search.interviewsInProgress}Most applications never get an answer: {/search.interviewsInProgress}keep applying, aiming for open applications at {options.minCompanies} companies or more, and don't wait to hear back first.",
  actions: [
    {
      kind: 'apply',
      label:
        'Apply to more companies this week, until {options.minCompanies} or more have an open application, including roles where you meet most but not all of the requirements',
      due: { inDays: 7 },
    },
    {
      kind: 'ask-referral',
      label: 'Ask two contacts for a referral or an introduction',
      due: { inDays: 7 },
    },
  ],
});
