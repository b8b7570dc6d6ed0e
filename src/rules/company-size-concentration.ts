import * as z from 'zod/v4';
import { defineRule } from '../engine/define';
import { versus, versusOption } from './conditions';
import { countOption } from './options';
import { SMALL_BUSINESS_REFERRALS, TIME_TO_FILL } from './sources';

/** Every open application is at companies of one size. */
export const companySizeConcentration = defineRule({
  id: 'company-size-concentration',
  meta: {
    category: 'breadth',
    severity: 'low',
    title: 'All your applications are at companies of one size',
    description:
      'Flags a pipeline where every open application with a known company size is in the same size bucket, once there are 5 or more.',
    rationale:
      'Small and large employers hire differently. Large ones run longer, more formal processes with many applicants per opening; small ones fill more of their roles through people they know and often decide faster. Applying across sizes spreads the risk of one hiring style or one slow timeline, and opens roles a narrower search would not see.',
    sources: [TIME_TO_FILL, SMALL_BUSINESS_REFERRALS],
    recommended: true,
  },
  scope: 'search',
  select: { offerAccepted: false },
  options: z.strictObject({
    minSizedApplications: countOption(
      { min: 2, max: 1000, default: 5 },
      'Open applications with a known company size needed before the mix is judged.',
    ),
  }),
  conditions: {
    all: [
      versus('search', 'pendingOffers', 'equal', 0),
      versusOption('search', 'sizedApplications', 'greaterThanInclusive', 'minSizedApplications'),
      versus('search', 'companySizes', 'equal', 1),
    ],
  },
  message:
    'All {search.sizedApplications} of your open applications with a known company size are at {search.topCompanySize} companies. Add a few at companies of other sizes: they hire at a different pace and through different routes, so one slow or closed door matters less.',
  actions: [
    {
      kind: 'apply',
      label: 'Apply to two roles at companies of a size other than {search.topCompanySize}',
      due: { inDays: 14 },
    },
  ],
});
