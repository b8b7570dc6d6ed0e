import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { healthyAndOnPace, outlookBelowTarget, versus, versusOption } from '../conditions';
import { countOption, shareOption } from '../options';
import {
  COLD_APPLICATION_INTERVIEW_RATE,
  REFERRAL_HIRE_RATE,
  REFERRAL_SHARE_OF_HIRES,
  SMALL_BUSINESS_REFERRALS,
} from '../sources';

/** Almost every application goes in cold, without a person behind it. */
export const networkUnderused = defineRule({
  id: 'network-underused',
  meta: {
    category: 'network',
    severity: 'medium',
    title: 'Your network is barely in your search',
    description:
      'Flags a search of ten or more applications where fewer than one in ten went through a referral, a contact or a recruiter: high once twenty or more have brought no screen while the offer outlook is below target, low while interviews are under way and applications keep to the weekly pace.',
    rationale:
      'Referrals are a small share of applicants but a large share of hires: a referred candidate is hired several times more often than one who applies through a posting, and sooner. A search made almost entirely of cold applications works against those odds. Asking a contact for a referral or an introduction before applying takes little more time than a cold application and often counts for more. When twenty or more cold applications have brought no screen and the outlook is below target, sending more of the same is the slow road: with only a few cold applications in a hundred reaching an interview, a silence that long can be chance, but the quickest change within reach is to put people behind the next applications, so this advice leads.',
    sources: [
      REFERRAL_SHARE_OF_HIRES,
      REFERRAL_HIRE_RATE,
      SMALL_BUSINESS_REFERRALS,
      COLD_APPLICATION_INTERVIEW_RATE,
    ],
    recommended: true,
    states: ['searching'],
  },
  scope: 'search',
  options: z.strictObject({
    minWarmShare: shareOption(
      0.1,
      'Share of applications through a person below which the advice appears.',
    ),
    minApplications: countOption(
      { min: 1, max: 500, default: 10 },
      'Applications sent before the share is judged.',
    ),
    highAfterApplications: countOption(
      { min: 1, max: 1000, default: 20 },
      'Applications sent, none of them screened, from which the advice is high while the offer outlook is below target (20 is four weeks at 5 a week).',
    ),
  }),
  conditions: {
    all: [
      versusOption('search', 'totalApplications', 'greaterThanInclusive', 'minApplications'),
      versusOption('search', 'warmShare', 'lessThan', 'minWarmShare'),
    ],
  },
  supersedes: ['channel-concentration', 'low-offer-outlook'],
  severityWhen: [
    {
      // A month's worth of cold applications, nothing back, and an outlook short of the target:
      // the network is the change that matters most now.
      severity: 'high',
      conditions: {
        all: [
          versusOption(
            'search',
            'totalApplications',
            'greaterThanInclusive',
            'highAfterApplications',
          ),
          versus('search', 'screenedApplications', 'equal', 0),
          outlookBelowTarget(),
        ],
      },
    },
    // Interviews under way and applications on pace: worth knowing, not a worry.
    { severity: 'low', conditions: healthyAndOnPace() },
  ],
  message:
    '{#search.warmShare}Only {search.warmShare|percent} of your {search.totalApplications} applications went{/search.warmShare}{^search.warmShare}None of your {search.totalApplications} applications went{/search.warmShare} through a person (a referral, a contact or a recruiter); {#search.warmShare}the rest{/search.warmShare}{^search.warmShare}all{/search.warmShare} went in cold. {#level.high}No application has led to a screening call yet, and your rough chance of an offer from what is open is {search.offerOutlook.probability|percent}. Most cold applications never lead to a call, so this can be chance, but referred candidates are hired far more often, so the next step is people, not more of the same.{/level.high}{^level.high}Referred candidates are hired far more often.{/level.high} {#search.contactsAtOpenCompanies}You know {search.contactsAtOpenCompanies|list:3}, where you have applied: start there, and ask them to put in a word for you. Before your next applications, look for people at the other companies too.{/search.contactsAtOpenCompanies}{^search.contactsAtOpenCompanies}Before your next applications, look for someone at those companies, or someone who knows someone, and ask for a referral or an introduction.{/search.contactsAtOpenCompanies}',
  actions: [
    {
      kind: 'ask-referral',
      label: 'Ask two contacts for a referral or an introduction at companies on your list',
      due: { inDays: 7 },
    },
  ],
});
