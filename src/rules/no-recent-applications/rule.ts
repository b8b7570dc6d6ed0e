import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { durationOption, WEEKLY_TARGET_TEXT, weeklyTargetOption } from '../options';
import { APPLICATION_VOLUME_GUIDANCE, COLD_APPLICATION_INTERVIEW_RATE } from '../sources';

/** Applying has stopped: the last application went out a while ago. */
export const noRecentApplications = defineRule({
  id: 'no-recent-applications',
  meta: {
    category: 'momentum',
    severity: 'medium',
    title: 'Applying has stopped',
    description: 'Flags a search that has sent applications before but none in the last week.',
    rationale:
      'A search moves at the pace of its applications: cold applications turn into interviews only a few times in a hundred, so a steady flow matters more than any single one. Coaches suggest five to ten targeted applications a week until an offer is signed.',
    sources: [APPLICATION_VOLUME_GUIDANCE, COLD_APPLICATION_INTERVIEW_RATE],
    recommended: true,
    states: ['searching'],
  },
  scope: 'search',
  options: z.strictObject({
    afterDays: durationOption(
      { min: 1, max: 90, default: 7 },
      'Days without an application before the advice appears.',
    ),
    highAfterDays: durationOption(
      { min: 1, max: 180, default: 14 },
      'Days without an application before it becomes high.',
    ),
    weeklyTarget: weeklyTargetOption(
      "Applications a week to suggest, unless the candidate's goals set their own.",
    ),
  }),
  conditions: {
    all: [
      // Applying that never started is start-applying's advice.
      versus('search', 'totalApplications', 'greaterThanInclusive', 1),
      versusOption('search', 'daysSinceLastApplication', 'greaterThanInclusive', 'afterDays'),
    ],
  },
  severityWhen: [
    {
      severity: 'high',
      conditions: {
        all: [
          versusOption(
            'search',
            'daysSinceLastApplication',
            'greaterThanInclusive',
            'highAfterDays',
          ),
        ],
      },
    },
  ],
  urgency: 'daysSinceLastApplication',
  // A stalled outlook is one more reason to restart: the same two steps, said once.
  supersedes: ['low-offer-outlook'],
  message:
    'Your last application went out {search.daysSinceLastApplication|duration} ago. Get back to a steady flow of about {#search.weeklyApplicationGoal}{search.weeklyApplicationGoal} a week, your own goal,{/search.weeklyApplicationGoal}{^search.weeklyApplicationGoal}{options.weeklyTarget} a week{/search.weeklyApplicationGoal} until an offer is signed, whatever is already in progress.',
  actions: [
    {
      kind: 'apply',
      label: `Send ${WEEKLY_TARGET_TEXT} applications this week`,
      due: { inDays: 7 },
    },
    {
      kind: 'ask-referral',
      label: 'Ask two contacts for a referral or an introduction',
      due: { inDays: 7 },
    },
  ],
});
