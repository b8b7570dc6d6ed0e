import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { durationOption } from '../options';
import { OUTREACH_RESPONSE_TIME, REFERRAL_SHARE_OF_HIRES } from '../sources';

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
      'Recruiters commonly advise answering within a business day: hiring teams move on to other candidates, and roles fill while people wait. The advice is practical rather than measured, so a few days of silence is urgent, not yet critical, for most messages. Two kinds cost more: an interview invitation is a step into a live process, and a message after a referral comes from the route that leads to a hire far more often than a cold application.',
    sources: [OUTREACH_RESPONSE_TIME, REFERRAL_SHARE_OF_HIRES],
    recommended: true,
    states: ['not-started', 'searching', 'deciding'],
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
      'Days unanswered before an interview invitation, or a message after a referral, becomes critical.',
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
          {
            any: [
              versus('message', 'viaReferral', 'equal', true),
              versus('message', 'kind', 'equal', 'interview-invite'),
            ],
          },
        ],
      },
    },
  ],
  urgency: 'daysUnanswered',
  message:
    "{#subject.company}{subject.company}{/subject.company}{^subject.company}An employer{/subject.company}{#subject.referredBy}, after {subject.referredBy}'s referral,{/subject.referredBy} wrote to you{#subject.role} about the {subject.role} role{/subject.role} {subject.daysUnanswered|duration} ago and is still waiting for your reply. Answer today, even if only to say when you can talk: roles can fill while candidates wait.{#subject.referredBy} Referred candidates are hired far more often than cold applicants, so this may be your best lead.{/subject.referredBy}",
  actions: [
    {
      kind: 'reply',
      label:
        'Reply to {#subject.contact}{subject.contact}{#subject.company} at {subject.company}{/subject.company}{/subject.contact}{^subject.contact}{subject.company}{/subject.contact}',
      due: { inDays: 0 },
    },
  ],
});
