import { z } from 'zod';
import { defineRule } from '../engine/define';
import { versus, versusOption } from './conditions';

/** Almost every application goes in cold, without a person behind it. */
export const networkUnderused = defineRule({
  id: 'network-underused',
  meta: {
    category: 'network',
    severity: 'medium',
    title: 'Your network is barely in your search',
    description:
      'Flags a search of ten or more applications where fewer than one in ten went through a referral, a contact or a recruiter.',
    rationale:
      'Referrals are a small share of applicants but a large share of hires: a referred candidate is hired several times more often than one who applies through a posting, and sooner. A search made almost entirely of cold applications works against those odds. Asking a contact for a referral or an introduction before applying takes little more time than a cold application and often counts for more.',
    sources: [
      {
        title: 'Jobvite recruiting benchmarks',
        strength: 'high',
        finding:
          'Referrals are about 7% of applicants but about 40% of hires, and are hired faster.',
      },
      {
        title: 'Lever 2016',
        strength: 'medium',
        finding: '1 in 16 referred candidates is hired, against 1 in 152 from job postings.',
      },
      {
        title: 'CareerPlug',
        strength: 'medium',
        finding: 'At small businesses, referrals are 2% of applicants but 11% of hires.',
      },
    ],
    recommended: true,
  },
  scope: 'search',
  select: { offerAccepted: false },
  options: z.strictObject({
    minWarmShare: z
      .number()
      .min(0)
      .max(1)
      .default(0.1)
      .describe('Share of applications through a person below which the advice appears.'),
    minApplications: z
      .number()
      .int()
      .min(1)
      .max(500)
      .default(10)
      .describe('Applications sent before the share is judged.'),
  }),
  conditions: {
    all: [
      versusOption('search', 'totalApplications', 'greaterThanInclusive', 'minApplications'),
      versusOption('search', 'warmShare', 'lessThan', 'minWarmShare'),
      versus('search', 'pendingOffers', 'equal', 0),
    ],
  },
  supersedes: ['channel-concentration'],
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
