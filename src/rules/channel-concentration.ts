import { z } from 'zod';
import { defineRule } from '../engine/define';
import { versus, versusOption } from './conditions';

/** Nearly every recent application went through the same channel. */
export const channelConcentration = defineRule({
  id: 'channel-concentration',
  meta: {
    category: 'breadth',
    severity: 'medium',
    title: 'Your applications all go out the same way',
    description:
      "Flags a search where one channel (job boards, referrals, …) carries 80% or more of the last 30 days' applications.",
    rationale:
      'Channels differ a lot in how often they lead to a hire. Referrals are a small share of applicants but a large share of hires, while job boards bring most applicants and a smaller share of the hires. A search that uses only one channel misses the openings and the odds the others bring; mixing in referrals, recruiters and direct approaches widens the net.',
    sources: [
      {
        title: 'Jobvite recruiting benchmarks',
        strength: 'high',
        finding: 'Referrals are about 7% of applicants but about 40% of hires.',
      },
      {
        title: 'CareerPlug',
        strength: 'medium',
        finding:
          'At small businesses, job boards bring 61% of applicants and 42% of hires; referrals 2% of applicants and 11% of hires.',
      },
      {
        title: 'Lever 2016',
        strength: 'medium',
        finding: '1 in 16 referred candidates hired, against 1 in 152 from job postings.',
      },
    ],
    recommended: true,
  },
  scope: 'search',
  select: { offerAccepted: false },
  options: z.strictObject({
    maxChannelShare: z
      .number()
      .min(0)
      .max(1)
      .default(0.8)
      .describe("Share of the last 30 days' applications through one channel that fires."),
    minRecentApplications: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(5)
      .describe('Applications in the last 30 days needed before the mix is judged.'),
  }),
  conditions: {
    all: [
      versus('search', 'pendingOffers', 'equal', 0),
      versusOption(
        'search',
        'applicationsLast30Days',
        'greaterThanInclusive',
        'minRecentApplications',
      ),
      versusOption('search', 'topChannelShare', 'greaterThanInclusive', 'maxChannelShare'),
    ],
  },
  message:
    '{search.topChannelShare|percent} of your {search.applicationsLast30Days} applications in the last 30 days went through the same channel ({search.topChannel}). Channels reach different openings and lead to hires at very different rates: referrals are a small share of applicants but a large share of hires, while job boards bring most applicants. Spread your next applications across the channels you use least.',
  actions: [
    {
      kind: 'apply',
      label:
        'Make at least two of your next applications through a channel other than {search.topChannel}',
      due: { inDays: 7 },
    },
  ],
});
