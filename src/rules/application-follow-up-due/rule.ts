import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { healthyAndOnPace, versus, versusOption } from '../conditions';
import { durationOption } from '../options';
import { APPLICATION_FOLLOW_UP_TIMING, TIME_TO_HIRE } from '../sources';

/** Applied, no reply and no follow-up yet, after the usual wait. */
export const applicationFollowUpDue = defineRule({
  id: 'application-follow-up-due',
  meta: {
    category: 'follow-up',
    severity: 'medium',
    title: 'Follow up on applications with no reply',
    description:
      'Flags applications with no word from the employer and no follow-up sent after the usual wait; low after a month, or while interviews are under way and applications keep to the weekly pace.',
    rationale:
      'A short, polite note one to two weeks after applying puts your name back in front of a busy recruiter and often gets a status. After a month of silence, longer than a typical hiring decision takes, a reply is less likely: send one note, then stop counting on it and keep applying. In a search with interviews under way and applications going out at the weekly pace, a follow-up is routine housekeeping rather than a worry, so it ranks low.',
    sources: [APPLICATION_FOLLOW_UP_TIMING, TIME_TO_HIRE],
    recommended: true,
    states: ['searching', 'deciding'],
  },
  scope: 'application',
  select: { active: true, stage: 'applied' },
  requires: ['daysSinceApplied'],
  options: z.strictObject({
    afterDays: durationOption(
      { min: 0, max: 90, default: 10 },
      'Days after applying before following up.',
    ),
    lateAfterDays: durationOption(
      { min: 0, max: 365, default: 30 },
      'Days after which a late follow-up is only a low-priority long shot.',
    ),
  }),
  conditions: {
    all: [
      versusOption('application', 'daysSinceApplied', 'greaterThanInclusive', 'afterDays'),
      versus('application', 'employerResponded', 'equal', false),
      versus('application', 'followUpsSent', 'equal', 0),
    ],
  },
  severityWhen: [
    {
      severity: 'low',
      conditions: {
        all: [
          versusOption('application', 'daysSinceApplied', 'greaterThanInclusive', 'lateAfterDays'),
        ],
      },
    },
    // Interviews under way and applications on pace: a routine note, not a worry.
    { severity: 'low', conditions: healthyAndOnPace() },
  ],
  group: true,
  urgency: 'daysSinceApplied',
  supersedes: ['likely-ghosted'],
  message:
    'You applied for {subjects.title|list:4} and have heard nothing for {subjects.daysSinceApplied|min|duration}{#subjects.1} or more{/subjects.1}. {#level.low}A reply is unlikely this late: send one short follow-up{#subjects.1} to each{/subjects.1}, then stop counting on {#subjects.1}them{/subjects.1}{^subjects.1}it{/subjects.1} and put your effort into new openings and referrals.{/level.low}{^level.low}Send a short, friendly follow-up asking where things stand.{/level.low}',
  actions: [
    {
      kind: 'follow-up',
      label: 'Follow up with {subject.company} about the {subject.role} role',
      due: { inDays: 0 },
      perSubject: true,
    },
  ],
});
