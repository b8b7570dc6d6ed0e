import { z } from 'zod';
import { defineRule } from '../engine/define';
import { versus, versusOption } from './conditions';

const GOAL = 'weeklyApplicationGoal';
/** The candidate's weekly goal if set, else the rule's default. */
const WEEKLY = `{#search.${GOAL}}{search.${GOAL}}{/search.${GOAL}}{^search.${GOAL}}{options.weeklyTarget}{/search.${GOAL}}`;

/** A search with no application sent yet: a first week's plan. */
export const startApplying = defineRule({
  id: 'start-applying',
  meta: {
    category: 'momentum',
    severity: 'medium',
    title: 'Time to send your first applications',
    description:
      'Flags a search that has not sent any application yet, from its first day; high once it is two weeks old.',
    rationale:
      'Hiring takes weeks from application to offer, and only a few cold applications in a hundred lead to an interview, so the first applications start a clock that nothing else can. A concrete number for the first week turns "I should start" into a plan. Asking for referrals at the same time pays off most: referred candidates are a small share of applicants but a large share of hires.',
    sources: [
      {
        title: 'Career-coach guidance on application volume',
        strength: 'low',
        finding: '5–10 targeted applications a week until an offer is signed.',
      },
      {
        title: 'Jobvite recruiting benchmarks',
        strength: 'high',
        finding:
          'Referrals are about 7% of applicants but about 40% of hires, and are hired faster.',
      },
      {
        title: 'Glassdoor research 2017',
        strength: 'high',
        finding: 'About 24 days from application to offer or rejection on average in the US.',
      },
    ],
    recommended: true,
  },
  scope: 'search',
  select: { offerAccepted: false },
  options: z.strictObject({
    weeklyTarget: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(5)
      .describe(
        "Applications to send in the first week, unless the candidate's goals set their own.",
      ),
    referralRequests: z
      .number()
      .int()
      .min(1)
      .max(20)
      .default(3)
      .describe('People to ask for a referral or an introduction in the first week.'),
    highAfterDays: z
      .number()
      .min(1)
      .max(180)
      .default(14)
      .describe(
        'Days since the search started, with nothing sent, before the advice becomes high.',
      ),
  }),
  // No waiting period: the first days set the pace, and a plan is most useful on day one.
  conditions: {
    all: [versus('search', 'totalApplications', 'equal', 0)],
  },
  severityWhen: [
    {
      severity: 'high',
      conditions: {
        all: [versusOption('search', 'searchAgeDays', 'greaterThanInclusive', 'highAfterDays')],
      },
    },
  ],
  urgency: 'searchAgeDays',
  message: `You haven't sent an application yet{#search.searchAgeDays}, {search.searchAgeDays|duration} into your search{/search.searchAgeDays}. Make this week's plan: send ${WEEKLY} applications{#search.${GOAL}}, your own weekly goal,{/search.${GOAL}} to roles that fit you well{#search.savedApplications}, starting with the {search.savedApplications|count:posting} you have saved{/search.savedApplications}, and ask {options.referralRequests|count:person:people} you know for a referral or an introduction. Referred candidates are hired far more often than cold applicants.`,
  actions: [
    {
      kind: 'apply',
      label: `Send your first ${WEEKLY} applications to roles that fit you well`,
      due: { inDays: 7 },
    },
    {
      kind: 'ask-referral',
      label:
        'Ask {options.referralRequests|count:person:people} you know for a referral or an introduction at companies you would like to join',
      due: { inDays: 7 },
    },
  ],
});
