import { z } from 'zod';
import { defineRule } from '../engine/define';
import { versusOption } from './conditions';
import { dueIn, duration, roleAt } from './wording';

/** An employer's message (outreach, interview invitation, follow-up) waiting for a reply. */
export const unansweredOutreach = defineRule({
  id: 'unanswered-outreach',
  meta: {
    category: 'outreach',
    severity: 'high',
    title: 'An employer is waiting for your reply',
    description:
      'Flags inbound outreach, interview invitations and employer follow-ups left unanswered.',
    rationale:
      'An employer who writes first is the warmest lead a search has. Recruiters move on to the next candidate within days, and roles fill while people wait; referred candidates are hired far more often than cold applicants, so an unanswered note from a referred company is the costliest silence of all.',
    sources: [
      {
        title: 'Recruiter and career-coach guidance on response times',
        strength: 'low',
        finding: 'Answer outreach within one business day; roles fill while candidates wait.',
      },
      {
        title: 'Jobvite recruiting benchmarks',
        strength: 'high',
        finding: 'Referrals are about 7% of applicants but about 40% of hires.',
      },
    ],
    recommended: true,
  },
  scope: 'message',
  select: { direction: 'inbound', kind: ['outreach', 'interview-invite', 'follow-up'] },
  options: z.strictObject({
    /** Days unanswered before the advice appears (high). */
    highAfterDays: z.number().min(0).max(60).default(1),
    /** Days unanswered before it becomes critical. */
    criticalAfterDays: z.number().min(0).max(90).default(3),
  }),
  conditions: {
    all: [versusOption('message', 'daysUnanswered', 'greaterThanInclusive', 'highAfterDays')],
  },
  severityWhen: [
    {
      severity: 'critical',
      conditions: {
        all: [
          versusOption('message', 'daysUnanswered', 'greaterThanInclusive', 'criticalAfterDays'),
        ],
      },
    },
  ],
  urgency: 'daysUnanswered',
  message: ({ subject: m }) => {
    const who = m.company ?? m.contact ?? 'An employer';
    const about = m.role ? ` about ${roleAt(m.role, m.company)}` : '';
    const via = m.referredBy ? `, after ${m.referredBy}'s referral,` : '';
    const wait = duration(m.daysUnanswered ?? 0);
    return `${who}${via} wrote to you${about} ${wait} ago and is still waiting for your reply. Answer today, even if only to say when you can talk: a company that reaches out is the warmest lead you have.`;
  },
  actions: ({ subject: m, asOf }) => [
    {
      kind: 'reply',
      label: `Reply to ${m.contact ?? m.company ?? 'the employer'}${m.company && m.contact ? ` at ${m.company}` : ''}`,
      due: dueIn(asOf, 0),
      subject: { kind: 'message', id: m.id },
    },
  ],
});
