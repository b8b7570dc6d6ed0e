import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { healthyAndOnPace, versusOption } from '../conditions';
import { countOption, mixMinCompaniesOption, shareOption } from '../options';
import { REFERRAL_HIRE_RATE, REFERRAL_SHARE_OF_HIRES, SMALL_BUSINESS_CHANNELS } from '../sources';

/** Nearly every recent application went through the same channel. */
export const channelConcentration = defineRule({
  id: 'channel-concentration',
  meta: {
    category: 'breadth',
    severity: 'medium',
    title: 'Your applications all go out the same way',
    description:
      "Flags a search where one channel (job boards, referrals, …) carries 80% or more of the last 30 days' applications, once open applications span 3 or more companies; low while interviews are under way and applications keep to the weekly pace.",
    rationale:
      'Channels differ a lot in how often they lead to a hire. Referrals are a small share of applicants but a large share of hires, while job boards bring most applicants and a smaller share of the hires. A search that uses only one channel misses the openings and the odds the others bring; mixing in referrals, recruiters and direct approaches widens the net.',
    sources: [REFERRAL_SHARE_OF_HIRES, SMALL_BUSINESS_CHANNELS, REFERRAL_HIRE_RATE],
    recommended: true,
    states: ['searching'],
  },
  scope: 'search',
  options: z.strictObject({
    minCompanies: mixMinCompaniesOption(),
    maxChannelShare: shareOption(
      0.8,
      "Share of the last 30 days' applications through one channel that fires.",
    ),
    minRecentApplications: countOption(
      { min: 1, max: 1000, default: 5 },
      'Applications in the last 30 days needed before the mix is judged.',
    ),
  }),
  conditions: {
    all: [
      versusOption('search', 'activeCompanies', 'greaterThanInclusive', 'minCompanies'),
      versusOption(
        'search',
        'applicationsLast30Days',
        'greaterThanInclusive',
        'minRecentApplications',
      ),
      versusOption('search', 'topChannelShare', 'greaterThanInclusive', 'maxChannelShare'),
    ],
  },
  severityWhen: [
    // Interviews under way and applications on pace: worth knowing, not a worry.
    { severity: 'low', conditions: healthyAndOnPace() },
  ],
  message:
    '{search.topChannelShare|percent} of your {search.applicationsLast30Days} applications in the last 30 days went through the same channel ({search.topChannel|channel}). Channels reach different openings and lead to hires at very different rates: referrals are a small share of applicants but a large share of hires, while job boards bring most applicants. Spread your next applications across the channels you use least.',
  actions: [
    {
      kind: 'apply',
      label:
        'Make at least two of your next applications through a channel other than {search.topChannel|channel}',
      due: { inDays: 7 },
    },
  ],
});
