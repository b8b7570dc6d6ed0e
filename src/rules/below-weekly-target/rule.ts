import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { durationOption, shareOption, weeklyTargetOption } from '../options';
import { APPLICATION_VOLUME_GUIDANCE, COLD_APPLICATION_INTERVIEW_RATE } from '../sources';

const GOAL = 'weeklyApplicationGoal';

/** Fewer applications in the last week than the weekly goal. */
export const belowWeeklyTarget = defineRule({
  id: 'below-weekly-target',
  meta: {
    category: 'momentum',
    severity: 'medium',
    title: 'Fewer applications than a steady weekly pace',
    description:
      "Flags a week with fewer applications than the candidate's own weekly goal, once the search is a week old. Without a goal, it flags only a clear slowdown: a week under 5 applications and under half the candidate's usual pace of the weeks before.",
    rationale:
      'Cold applications turn into interviews only a few times in a hundred, so the number sent each week drives how soon interviews come. A weekly goal keeps that number steady when other things crowd it out. Coaches commonly suggest five to ten targeted applications a week until an offer is signed, but that is a rule of thumb, not a measure of this search, and whether the pipeline is big enough is for the offer outlook to judge. So without a goal of their own, the person is compared with their own recent pace, and only a week that falls well short of it is flagged.',
    sources: [APPLICATION_VOLUME_GUIDANCE, COLD_APPLICATION_INTERVIEW_RATE],
    recommended: true,
    states: ['searching'],
  },
  scope: 'search',
  options: z.strictObject({
    weeklyTarget: weeklyTargetOption(
      'Without a weekly goal of their own, a week with at least this many applications is never flagged.',
    ),
    slowdownShare: shareOption(
      0.5,
      "Without a weekly goal, a week counts as a slowdown below this share of the candidate's usual pace (the weeks before the last 7 days).",
    ),
    minSearchAgeDays: durationOption(
      { min: 0, max: 90, default: 7 },
      'Days since the search started before the weekly count is judged.',
    ),
  }),
  conditions: {
    all: [
      // No application at all this week is no-recent-applications' advice, or start-applying's
      // before the first.
      versus('search', 'applicationsLast7Days', 'greaterThanInclusive', 1),
      versusOption('search', 'searchAgeDays', 'greaterThanInclusive', 'minSearchAgeDays'),
      {
        any: [
          {
            // No goal of their own: only a clear slowdown against their own usual pace.
            all: [
              versus('search', GOAL, 'equal', null),
              versusOption('search', 'applicationsLast7Days', 'lessThan', 'weeklyTarget'),
              versusOption('search', 'lastWeekVersusEarlierPace', 'lessThan', 'slowdownShare'),
            ],
          },
          versus('search', 'applicationsLast7Days', 'lessThan', { fact: 'search', path: GOAL }),
        ],
      },
    ],
  },
  message:
    'You sent {search.applicationsLast7Days|count:application} in the last 7 days, {#search.weeklyApplicationGoal}short of your own goal of {search.weeklyApplicationGoal} a week{/search.weeklyApplicationGoal}{^search.weeklyApplicationGoal}well down on your usual pace of about {search.earlierWeeklyPace} a week in the weeks before{/search.weeklyApplicationGoal}. Block out a fixed time for applications in the next few days{#search.interviewsInProgress}, and keep to it even while your interviews with {search.interviewingCompanies|list} look promising{/search.interviewsInProgress}.',
  actions: [
    {
      kind: 'apply',
      label:
        'Send {#search.weeklyApplicationGoal}{search.weeklyApplicationGoal}{/search.weeklyApplicationGoal}{^search.weeklyApplicationGoal}{search.earlierWeeklyPace|round}{/search.weeklyApplicationGoal} applications in the next 7 days',
      due: { inDays: 7 },
    },
  ],
});
