import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { countOption, durationOption, WEEKLY_TARGET_TEXT, weeklyTargetOption } from '../options';
import { APPLICATION_VOLUME_GUIDANCE, REFERRAL_SHARE_OF_HIRES, TIME_TO_HIRE } from '../sources';

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
    sources: [APPLICATION_VOLUME_GUIDANCE, REFERRAL_SHARE_OF_HIRES, TIME_TO_HIRE],
    recommended: true,
    states: ['not-started'],
  },
  scope: 'search',
  options: z.strictObject({
    weeklyTarget: weeklyTargetOption(
      "Applications to send in the first week, unless the candidate's goals set their own.",
    ),
    referralRequests: countOption(
      { min: 1, max: 20, default: 3 },
      'People to ask for a referral or an introduction in the first week.',
    ),
    highAfterDays: durationOption(
      { min: 1, max: 180, default: 14 },
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
  message: `You haven't sent an application yet{#search.searchAgeDays}, {search.searchAgeDays|duration} into your search{/search.searchAgeDays}. Make this week's plan: send ${WEEKLY_TARGET_TEXT} applications{#search.weeklyApplicationGoal}, your own weekly goal,{/search.weeklyApplicationGoal} to roles that fit you well{#search.savedApplications}, starting with the {search.savedApplications|count:posting} you have saved{/search.savedApplications}, and ask {options.referralRequests|count:person:people} you know for a referral or an introduction. Referred candidates are hired far more often than cold applicants.`,
  actions: [
    {
      kind: 'apply',
      label: `Send your first ${WEEKLY_TARGET_TEXT} applications to roles that fit you well`,
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
