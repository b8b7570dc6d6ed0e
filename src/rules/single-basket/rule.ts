import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { unknownOr, versus, versusOption } from '../conditions';
import { countOption, durationOption, shareOption } from '../options';
import {
  APPLICANTS_PER_OPENING,
  COLD_APPLICATION_INTERVIEW_RATE,
  INTERVIEW_OFFER_RATE,
  INTERVIEWS_PER_OPENING,
  OFFER_DEADLINE_GUIDANCE,
} from '../sources';

const DECIDING = versus('search', 'state', 'equal', 'deciding');

/** The pipeline rests on too few companies, or on one favourite. */
export const singleBasket = defineRule({
  id: 'single-basket',
  meta: {
    category: 'breadth',
    severity: 'high',
    title: 'Your search rests on too few companies',
    description:
      'Flags a pipeline with open applications at too few companies, or one where a single company carries most of the chance of an offer while applying runs below the weekly pace. Too few companies is high, medium while applications keep to the weekly pace with three companies or more. While you decide on an offer it stays quiet, unless every offer expires within days and nothing else is live.',
    rationale:
      'One interview is not an offer: employers interview about six people per opening, and postings draw from dozens to hundreds of applicants. A search that waits on one favourite stalls when that employer goes quiet. Several live processes mean you choose between offers instead of hoping for one. An offer that lapses within days with nothing else live leaves the same risk: if you turn it down, the search restarts from nothing.',
    sources: [
      INTERVIEWS_PER_OPENING,
      APPLICANTS_PER_OPENING,
      // Why to keep applying when nothing is at the interview stage yet.
      COLD_APPLICATION_INTERVIEW_RATE,
      INTERVIEW_OFFER_RATE,
      OFFER_DEADLINE_GUIDANCE,
    ],
    recommended: true,
    states: ['searching', 'deciding'],
  },
  scope: 'search',
  options: z.strictObject({
    minCompanies: countOption(
      { min: 1, max: 100, default: 5 },
      'Fewer companies with open applications than this gives high advice.',
    ),
    criticalBelowCompanies: countOption(
      { min: 1, max: 100, default: 2 },
      'Fewer companies than this is critical, once applying has paused (see criticalAfterQuietDays).',
    ),
    criticalAfterQuietDays: durationOption(
      { min: 0, max: 365, default: 7 },
      'Days without a new application before too few companies becomes critical: a search whose first application went out this week is thin, not yet stalled.',
    ),
    maxTopCompanyShare: shareOption(
      0.6,
      'One company carrying at least this share of the expected offers also fires (medium when there are enough companies).',
    ),
    onPaceMinCompanies: countOption(
      { min: 1, max: 100, default: 3 },
      'With applications going out at the weekly pace, this many companies or more gives medium rather than high advice: the pipeline is narrow but growing.',
    ),
    offerExpiresWithinDays: durationOption(
      { min: 0, max: 60, default: 3 },
      'While deciding on offers, the advice appears only when every open offer lapses within this many days and nothing else is live.',
    ),
  }),
  conditions: {
    all: [
      versus('search', 'activeApplications', 'greaterThanInclusive', 1),
      {
        any: [
          versusOption('search', 'activeCompanies', 'lessThan', 'minCompanies'),
          {
            // One favourite among enough companies matters only while applying has slowed.
            all: [
              versusOption(
                'search',
                'topCompanyShare',
                'greaterThanInclusive',
                'maxTopCompanyShare',
              ),
              versus('search', 'offerOutlook.belowPlannedPace', 'equal', true),
            ],
          },
        ],
      },
      {
        any: [
          versus('search', 'state', 'equal', 'searching'),
          {
            all: [
              versusOption(
                'search',
                'daysUntilLastOfferExpires',
                'lessThanInclusive',
                'offerExpiresWithinDays',
              ),
              versus('search', 'liveCompaniesBesideOffers', 'equal', 0),
            ],
          },
        ],
      },
    ],
  },
  severityWhen: [
    // Holding an offer is not an emergency for the pipeline; the deadline has its own advice.
    { severity: 'medium', conditions: { all: [DECIDING] } },
    {
      severity: 'critical',
      conditions: {
        all: [
          versusOption('search', 'activeCompanies', 'lessThan', 'criticalBelowCompanies'),
          unknownOr(
            versusOption(
              'search',
              'daysSinceLastApplication',
              'greaterThanInclusive',
              'criticalAfterQuietDays',
            ),
          ),
        ],
      },
    },
    {
      // Narrow but growing: applying keeps to the weekly pace, with a few companies in play.
      severity: 'medium',
      conditions: {
        all: [
          versus('search', 'offerOutlook.belowPlannedPace', 'equal', false),
          versusOption('search', 'activeCompanies', 'greaterThanInclusive', 'onPaceMinCompanies'),
        ],
      },
    },
    {
      // Enough companies, one of them carrying most of the chance: a lesser worry.
      severity: 'medium',
      conditions: {
        all: [versusOption('search', 'activeCompanies', 'greaterThanInclusive', 'minCompanies')],
      },
    },
  ],
  supersedes: [
    'paused-while-interviewing',
    'no-recent-applications',
    'below-weekly-target',
    'low-offer-outlook',
    'network-underused',
  ],
  message:
    '{#search.openOffers}Your offer from {search.openOfferCompanies|list} lapses{#search.nextOfferExpiresOn} on {search.nextOfferExpiresOn}{/search.nextOfferExpiresOn} and nothing else is live: if you turn it down or it falls through, you start again from nothing. Send a few applications now.{/search.openOffers}{^search.openOffers}{^level.medium}Your open applications are at only {search.activeCompanies|count:company:companies}{#search.topCompany}, and {search.topCompany} carries {search.topCompanyShare|percent} of your chance of an offer{/search.topCompany}.{/level.medium}{#level.medium}Your search rests on {search.topCompany}: it carries {search.topCompanyShare|percent} of your chance of an offer, across {search.activeCompanies|count:company:companies}.{/level.medium} {#search.daysSinceLastApplication}You last applied anywhere {search.daysSinceLastApplication|duration} ago. {/search.daysSinceLastApplication}{#search.contactsAtTopCompany}You know {search.contactsAtTopCompany|list} at {search.topCompany}: ask them how things look from the inside. {/search.contactsAtTopCompany}{#search.manyRolesAtTopCompany}You applied there as {search.rolesAtTopCompany|list:3}; many roles at one employer can look unfocused, so back the one or two that fit best. {/search.manyRolesAtTopCompany}{#search.interviewsInProgress}An interview is not an offer: {/search.interviewsInProgress}{^search.interviewsInProgress}Most applications never lead to an interview: {/search.interviewsInProgress}keep applying elsewhere{^level.medium}, aiming for {options.minCompanies} companies or more{/level.medium}, without waiting to hear back.{#search.offerOutlook.weeksAtPlannedPace} At {search.offerOutlook.plannedPace} a week your chance would reach {search.offerOutlook.target|percent} in about {search.offerOutlook.weeksAtPlannedPace|count:week}; a referral counts like about {search.offerOutlook.referralWorth} cold applications.{/search.offerOutlook.weeksAtPlannedPace}{/search.openOffers}',
  actions: [
    {
      kind: 'apply',
      label:
        'Apply to {search.offerOutlook.plannedPace} roles at other companies this week, including some where you meet most but not all of the requirements',
      due: { inDays: 7 },
    },
    {
      kind: 'ask-referral',
      label: 'Ask two contacts for a referral or an introduction',
      due: { inDays: 7 },
    },
  ],
});
