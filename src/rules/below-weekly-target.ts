import * as z from 'zod/v4';
import { defineRule } from '../engine/define';
import { versus, versusOption } from './conditions';
import { durationOption, WEEKLY_TARGET_TEXT, weeklyTargetOption } from './options';
import { APPLICATION_VOLUME_GUIDANCE, COLD_APPLICATION_INTERVIEW_RATE } from './sources';

const GOAL = 'weeklyApplicationGoal';

/** Fewer applications in the last week than the weekly goal. */
export const belowWeeklyTarget = defineRule({
  id: 'below-weekly-target',
  meta: {
    category: 'momentum',
    severity: 'medium',
    title: 'Fewer applications than a steady weekly pace',
    description:
      "Flags a week with fewer applications than the weekly goal (the candidate's own, or 5), once the search is a week old.",
    rationale:
      'Cold applications turn into interviews only a few times in a hundred, so the number sent each week drives how soon interviews come. A weekly goal keeps that number steady when other things crowd it out. Coaches commonly suggest five to ten targeted applications a week until an offer is signed.',
    sources: [APPLICATION_VOLUME_GUIDANCE, COLD_APPLICATION_INTERVIEW_RATE],
    recommended: true,
    states: ['searching'],
  },
  scope: 'search',
  options: z.strictObject({
    weeklyTarget: weeklyTargetOption(
      "Applications a week to aim for, unless the candidate's goals set their own.",
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
            all: [
              versus('search', GOAL, 'equal', null),
              versusOption('search', 'applicationsLast7Days', 'lessThan', 'weeklyTarget'),
            ],
          },
          versus('search', 'applicationsLast7Days', 'lessThan', { fact: 'search', path: GOAL }),
        ],
      },
    ],
  },
  message:
    'You sent {search.applicationsLast7Days|count:application} in the last 7 days, {#search.weeklyApplicationGoal}short of your own goal of {search.weeklyApplicationGoal} a week{/search.weeklyApplicationGoal}{^search.weeklyApplicationGoal}fewer than the {options.weeklyTarget} a week coaches commonly suggest{/search.weeklyApplicationGoal}. Block out a fixed time for applications in the next few days{#search.interviewsInProgress}, and keep to it even while your interviews with {search.interviewingCompanies|list} look promising{/search.interviewsInProgress}.',
  actions: [
    {
      kind: 'apply',
      label: `Send ${WEEKLY_TARGET_TEXT} applications in the next 7 days`,
      due: { inDays: 7 },
    },
  ],
});
