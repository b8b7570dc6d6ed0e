import { z } from 'zod';
import { defineRule } from '../engine/define';
import { versus, versusOption } from './conditions';
import { count, dueIn, duration, percent } from './wording';

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
    sources: [
      {
        title: 'OfficeTeam survey',
        strength: 'medium',
        finding: 'About 6 candidates interviewed per opening.',
      },
      {
        title: 'Jobvite benchmarks; Ashby 2024',
        strength: 'medium',
        finding: '52–59 applicants per requisition (2014–16), around 300 by 2024.',
      },
      {
        title: 'CareerPlug; Jobvite 2018',
        strength: 'medium',
        finding: '27–28% of interviews lead to an offer.',
      },
    ],
    recommended: true,
  },
  scope: 'search',
  select: { offerAccepted: false },
  options: z.strictObject({
    /** Fewer companies with open applications than this is high. */
    minCompanies: z.number().int().min(1).max(100).default(5),
    /** Fewer than this is critical. */
    criticalBelowCompanies: z.number().int().min(1).max(100).default(2),
    /** One company carrying at least this share of the expected offers also fires. */
    maxTopCompanyShare: z.number().min(0).max(1).default(0.6),
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
  message: ({ search, options }) => {
    const parts: string[] = [];
    const share = search.topCompanyShare;
    parts.push(
      search.topCompany && share >= options.maxTopCompanyShare && search.activeCompanies > 1
        ? `Your search rests on ${search.topCompany}: it carries ${percent(share)} of your chance of an offer, and only ${count(search.activeCompanies, 'company', 'companies')} ${search.activeCompanies === 1 ? 'has' : 'have'} an open application.`
        : `Only ${count(search.activeCompanies, 'company', 'companies')} ${search.activeCompanies === 1 ? 'has' : 'have'} an open application${search.topCompany ? `, and ${search.topCompany} carries most of your hopes` : ''}.`,
    );
    if (search.daysSinceLastApplication !== null && search.daysSinceLastApplication >= 7)
      parts.push(`You last applied anywhere ${duration(search.daysSinceLastApplication)} ago.`);
    const { probability, toReachTarget, target } = search.offerOutlook;
    const more = [
      toReachTarget.cold ? `about ${toReachTarget.cold} more cold applications` : undefined,
      toReachTarget.referred ? `about ${toReachTarget.referred} referred ones` : undefined,
    ].filter(Boolean);
    parts.push(
      `Your rough chance of at least one offer is ${percent(probability)}${more.length > 0 ? `; ${more.join(', or ')} would lift it to ${percent(target)}` : ''}. One interview is not an offer: keep applying, aiming for at least ${options.minCompanies} companies, and don't wait to hear back first.`,
    );
    return parts.join(' ');
  },
  actions: ({ asOf, options, search }) => [
    {
      kind: 'apply',
      label: `Apply to at least ${Math.max(1, options.minCompanies - search.activeCompanies)} more companies this week, even where you meet most but not all of the requirements`,
      due: dueIn(asOf, 7),
    },
    {
      kind: 'ask-referral',
      label: 'Ask two contacts for a referral or an introduction',
      due: dueIn(asOf, 7),
    },
  ],
});
