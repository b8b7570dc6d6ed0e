import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { countOption, durationOption } from '../options';
import { INTERVIEW_FOLLOW_UP_GUIDANCE, REFERRAL_HIRE_RATE } from '../sources';

/** A referral request with no answer from the connection. */
export const networkingFollowUpDue = defineRule({
  id: 'networking-follow-up-due',
  meta: {
    category: 'network',
    severity: 'low',
    title: 'Nudge a contact about your referral request',
    description:
      'Flags a referral request the connection has not answered after a week, unless you have already sent a reminder.',
    rationale:
      'Most people are glad to refer a good candidate but let the request slip under other mail. A single friendly reminder after a week is normal and often gets the answer; more than that starts to feel like pressure. Referred candidates are hired far more often than cold applicants, so the nudge is worth the minute it takes.',
    sources: [REFERRAL_HIRE_RATE, INTERVIEW_FOLLOW_UP_GUIDANCE],
    recommended: true,
    states: ['not-started', 'searching'],
  },
  scope: 'referral',
  select: { status: 'requested' },
  options: z.strictObject({
    afterDays: durationOption(
      { min: 1, max: 60, default: 7 },
      'Days without a reply, since the request or the last reminder, before nudging.',
    ),
    maxFollowUps: countOption(
      { min: 1, max: 5, default: 1 },
      'Reminders after which the advice stops: let the contact be.',
    ),
  }),
  conditions: {
    all: [
      versus('referral', 'anyReply', 'equal', false),
      versusOption('referral', 'daysSinceLastAsked', 'greaterThanInclusive', 'afterDays'),
      versusOption('referral', 'followUpsSent', 'lessThan', 'maxFollowUps'),
    ],
  },
  urgency: 'daysSinceRequested',
  message:
    'You asked {subject.contact} for a referral to {subject.company}{#subject.role} for the {subject.role} role{/subject.role} {subject.daysSinceRequested|duration} ago and have not heard back{#subject.followUpsSent}, even after a reminder{/subject.followUpsSent}. People mean to help and then get busy: send one short, friendly nudge that makes it easy to say yes or no.',
  actions: [
    {
      kind: 'follow-up',
      label: 'Send {subject.contact} a short reminder about the {subject.company} referral',
      due: { inDays: 0 },
    },
  ],
});
