import * as z from 'zod/v4';
import { defineRule } from '../engine/define';
import { versusOption } from './conditions';
import { durationOption } from './options';
import { OUTREACH_RESPONSE_TIME, REFERRAL_SHARE_OF_HIRES } from './sources';

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
    sources: [OUTREACH_RESPONSE_TIME, REFERRAL_SHARE_OF_HIRES],
    recommended: true,
  },
  scope: 'message',
  select: { direction: 'inbound', kind: ['outreach', 'interview-invite', 'follow-up'] },
  options: z.strictObject({
    highAfterDays: durationOption(
      { min: 0, max: 60, default: 1 },
      'Days unanswered before the advice appears (high).',
    ),
    criticalAfterDays: durationOption(
      { min: 0, max: 90, default: 3 },
      'Days unanswered before it becomes critical.',
    ),
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
  message:
    "{#subject.company}{subject.company}{/subject.company}{^subject.company}An employer{/subject.company}{#subject.referredBy}, after {subject.referredBy}'s referral,{/subject.referredBy} wrote to you{#subject.role} about the {subject.role} role{/subject.role} {subject.daysUnanswered|duration} ago and is still waiting for your reply. Answer today, even if only to say when you can talk: a company that reaches out is the warmest lead you have.",
  actions: [
    {
      kind: 'reply',
      label:
        'Reply to {#subject.contact}{subject.contact}{#subject.company} at {subject.company}{/subject.company}{/subject.contact}{^subject.contact}{subject.company}{/subject.contact}',
      due: { inDays: 0 },
    },
  ],
});
