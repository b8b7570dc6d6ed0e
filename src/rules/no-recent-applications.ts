import { z } from 'zod';
import { defineRule } from '../engine/define';
import { versus, versusOption } from './conditions';

/** No application sent for a while, or none yet. */
export const noRecentApplications = defineRule({
  id: 'no-recent-applications',
  meta: {
    category: 'momentum',
    severity: 'medium',
    title: 'Applying has stopped',
    description: 'Flags a search with no application sent in the last week (or none at all yet).',
    rationale:
      'A search moves at the pace of its applications: cold applications turn into interviews only a few times in a hundred, so a steady flow matters more than any single one. Coaches suggest five to ten targeted applications a week until an offer is signed.',
    sources: [
      {
        title: 'Career-coach guidance on application volume',
        strength: 'low',
        finding: '5–10 targeted applications a week until an offer is signed.',
      },
      {
        title: 'CareerPlug 2024; Jobvite',
        strength: 'medium',
        finding: '3–8% of cold applications reach an interview.',
      },
    ],
    recommended: true,
  },
  scope: 'search',
  select: { offerAccepted: false },
  options: z.strictObject({
    afterDays: z
      .number()
      .min(1)
      .max(90)
      .default(7)
      .describe('Days without an application before the advice appears.'),
    highAfterDays: z
      .number()
      .min(1)
      .max(180)
      .default(14)
      .describe('Days without an application before it becomes high.'),
    weeklyTarget: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(5)
      .describe('Applications a week to suggest.'),
  }),
  conditions: {
    all: [
      versus('search', 'pendingOffers', 'equal', 0),
      {
        any: [
          versusOption('search', 'daysSinceLastApplication', 'greaterThanInclusive', 'afterDays'),
          versus('search', 'totalApplications', 'equal', 0),
        ],
      },
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
  message:
    '{^search.totalApplications}You have not sent any applications yet. Start this week: aim for {options.weeklyTarget} targeted applications, and ask two or three people you know for referrals, which lead to hires far more often than cold applications.{/search.totalApplications}{#search.totalApplications}Your last application went out {search.daysSinceLastApplication|duration} ago. Keep a steady flow of about {options.weeklyTarget} a week until an offer is signed, whatever is already in progress.{/search.totalApplications}',
  actions: [
    {
      kind: 'apply',
      label: 'Send {options.weeklyTarget} applications this week',
      due: { inDays: 7 },
    },
    {
      kind: 'ask-referral',
      label: 'Ask two contacts for a referral or an introduction',
      due: { inDays: 7 },
    },
  ],
});
