import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { countOption, mixMinCompaniesOption } from '../options';
import { REFERRAL_SHARE_OF_HIRES, SMALL_BUSINESS_CHANNELS } from '../sources';

/** Every open application is at companies of one size. */
export const companySizeConcentration = defineRule({
  id: 'company-size-concentration',
  meta: {
    category: 'breadth',
    severity: 'low',
    title: 'All your applications are at companies of one size',
    description:
      'Flags a pipeline where every open application with a known company size is in the same size bucket, once there are 5 or more across 3 or more companies.',
    rationale:
      "Employers of different sizes fill roles through different routes. At small businesses, job boards bring most applicants and about four in ten hires, and referrals only about one hire in ten; across employers in general, referrals account for a far larger share of hires. A search confined to one size of company inherits that size's habits, so adding a few applications at other sizes opens routes and roles a narrower search would not see.",
    sources: [SMALL_BUSINESS_CHANNELS, REFERRAL_SHARE_OF_HIRES],
    recommended: true,
    states: ['searching'],
  },
  scope: 'search',
  options: z.strictObject({
    minCompanies: mixMinCompaniesOption(),
    minSizedApplications: countOption(
      { min: 2, max: 1000, default: 5 },
      'Open applications with a known company size needed before the mix is judged.',
    ),
  }),
  conditions: {
    all: [
      versusOption('search', 'activeCompanies', 'greaterThanInclusive', 'minCompanies'),
      versusOption('search', 'sizedApplications', 'greaterThanInclusive', 'minSizedApplications'),
      versus('search', 'companySizes', 'equal', 1),
    ],
  },
  message:
    'All {search.sizedApplications} of your open applications with a known company size are at {search.topCompanySize} companies. Add a few at companies of other sizes: they fill roles through different routes, so one closed door matters less.',
  actions: [
    {
      kind: 'apply',
      label: 'Apply to two roles at companies of a size other than {search.topCompanySize}',
      due: { inDays: 7 },
    },
  ],
});
