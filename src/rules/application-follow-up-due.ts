import { z } from 'zod';
import { defineRule } from '../engine/define';
import { versus, versusOption } from './conditions';
import { dueIn, duration, list, roleAt } from './wording';

/** Applied, no reply and no follow-up yet, after the usual wait. */
export const applicationFollowUpDue = defineRule({
  id: 'application-follow-up-due',
  meta: {
    category: 'follow-up',
    severity: 'medium',
    title: 'Follow up on applications with no reply',
    description:
      'Flags applications with no word from the employer and no follow-up sent after the usual wait.',
    rationale:
      'A short, polite note one to two weeks after applying puts your name back in front of a busy recruiter and often gets a status. After a month of silence the odds of a reply are low: send one note, then stop counting on it and keep applying.',
    sources: [
      {
        title: 'Career-coach consensus on follow-up timing',
        strength: 'medium',
        finding: 'Follow up 7–14 days after applying when no timeline was given.',
      },
      {
        title: 'Glassdoor research 2017',
        strength: 'high',
        finding: 'About 24 days from application to offer or rejection on average in the US.',
      },
    ],
    recommended: true,
  },
  scope: 'application',
  select: { active: true, stage: 'applied' },
  requires: ['daysSinceApplied'],
  options: z.strictObject({
    /** Days after applying before following up. */
    afterDays: z.number().min(0).max(90).default(10),
    /** Days after which a late follow-up is only a low-priority long shot. */
    lateAfterDays: z.number().min(0).max(365).default(30),
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
  ],
  group: true,
  urgency: 'daysSinceApplied',
  supersedes: ['likely-ghosted'],
  message: ({ subjects, severity }) => {
    const names = list(subjects.map((a) => roleAt(a.role, a.company)));
    const oldest = Math.max(...subjects.map((a) => a.daysSinceApplied ?? 0));
    const many = subjects.length > 1;
    const when = many ? `up to ${duration(oldest)} ago` : `${duration(oldest)} ago`;
    return severity === 'low'
      ? `You applied for ${names} ${when} and have heard nothing. A reply is unlikely this late: send ${many ? 'each' : 'them'} one short follow-up, then stop counting on ${many ? 'these' : 'it'} and put your effort into new applications.`
      : `You applied for ${names} ${when} and have heard nothing. Send a short, friendly follow-up asking where things stand.`;
  },
  actions: ({ subjects, asOf }) =>
    subjects.map((a) => ({
      kind: 'follow-up',
      label: `Follow up with ${a.company} about ${a.role}`,
      due: dueIn(asOf, 0),
      subject: { kind: 'application' as const, id: a.id },
    })),
});
