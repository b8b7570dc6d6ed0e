import * as z from 'zod/v4';
import { defineRule } from '../engine/define';
import { healthyAndOnPace, versusOption } from './conditions';
import { countOption, shareOption } from './options';
import { REFERRAL_HIRE_RATE, REFERRAL_SHARE_OF_HIRES, SMALL_BUSINESS_REFERRALS } from './sources';

/** Almost every application goes in cold, without a person behind it. */
export const networkUnderused = defineRule({
  id: 'network-underused',
  meta: {
    category: 'network',
    severity: 'medium',
    title: 'Your network is barely in your search',
    description:
      'Flags a search of ten or more applications where fewer than one in ten went through a referral, a contact or a recruiter; low while interviews are under way and applications keep to the weekly pace.',
    rationale:
      'Referrals are a small share of applicants but a large share of hires: a referred candidate is hired several times more often than one who applies through a posting, and sooner. A search made almost entirely of cold applications works against those odds. Asking a contact for a referral or an introduction before applying takes little more time than a cold application and often counts for more.',
    sources: [REFERRAL_SHARE_OF_HIRES, REFERRAL_HIRE_RATE, SMALL_BUSINESS_REFERRALS],
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
  }),
  conditions: {
    all: [
      versusOption('search', 'totalApplications', 'greaterThanInclusive', 'minApplications'),
      versusOption('search', 'warmShare', 'lessThan', 'minWarmShare'),
    ],
  },
  supersedes: ['channel-concentration'],
  severityWhen: [
    // Interviews under way and applications on pace: worth knowing, not a worry.
    { severity: 'low', conditions: healthyAndOnPace() },
  ],
  message:
    'Only {search.warmShare|percent} of your {search.totalApplications} applications went through a person (a referral, a contact or a recruiter); the rest went in cold. Referred candidates are hired far more often. Before your next applications, look for someone at those companies, or someone who knows someone, and ask for a referral or an introduction.',
  actions: [
    {
      kind: 'ask-referral',
      label: 'Ask two contacts for a referral or an introduction at companies on your list',
      due: { inDays: 7 },
    },
  ],
});
