import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { durationOption } from '../options';
import { THANK_YOU_NOTES } from '../sources';

/** An interview has taken place and no thank-you note followed. */
export const thankYouMissing = defineRule({
  id: 'thank-you-missing',
  meta: {
    category: 'follow-up',
    severity: 'high',
    title: 'Send a thank-you note after your interview',
    description:
      'Flags the latest interview of an open application when no thank-you note has followed it, from a few hours after it until a week has passed.',
    rationale:
      'Most hiring managers say a thank-you note counts in their decision, yet only about one candidate in four sends one, so a short note is one of the cheapest ways to stand out. It works best within a day, while the panel is still comparing candidates; for the next couple of days it may still arrive before the decision. After that it is a courtesy still worth sending; past a week this reminder stops, since by then it would only nag.',
    sources: [THANK_YOU_NOTES],
    recommended: true,
    states: ['searching', 'deciding'],
  },
  scope: 'interview',
  select: { latestCompleted: true, applicationActive: true },
  options: z.strictObject({
    afterHours: durationOption(
      { min: 0, max: 72, default: 4 },
      'Hours after the interview before the reminder appears.',
    ),
    mediumAfterHours: durationOption(
      { min: 0, max: 336, default: 72 },
      'Hours after which a missing note drops from high to medium.',
    ),
    stopAfterDays: durationOption(
      { min: 1, max: 30, default: 7 },
      'Days after which a late note no longer helps and the advice stops.',
    ),
  }),
  conditions: {
    all: [
      versus('interview', 'thankYouSent', 'equal', false),
      versusOption('interview', 'hoursSince', 'greaterThanInclusive', 'afterHours'),
      versusOption('interview', 'daysSince', 'lessThan', 'stopAfterDays'),
    ],
  },
  severityWhen: [
    {
      severity: 'medium',
      conditions: {
        all: [versusOption('interview', 'hoursSince', 'greaterThanInclusive', 'mediumAfterHours')],
      },
    },
  ],
  urgency: 'daysSince',
  message:
    '{#level.medium}You interviewed for {subject.title} {subject.daysSince|duration} ago and have not sent a thank-you note. It is late, but a brief note that thanks them and restates your interest still helps while they decide.{/level.medium}{^level.medium}You interviewed for {subject.title} {subject.hoursSince|round} hours ago and have not sent a thank-you note yet. Send a short one today, thanking them, recalling one thing you discussed and restating your interest: most hiring managers weigh it, and few candidates send one.{/level.medium}',
  actions: [
    {
      kind: 'thank-you',
      label: 'Send a thank-you note to {subject.company} about the {subject.role} interview',
      due: { inDays: 0 },
    },
  ],
});
