import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { durationOption } from '../options';
import { REFERRAL_HIRE_RATE, REFERRAL_RESPONSE_TIME, REFERRAL_SHARE_OF_HIRES } from '../sources';

/** A connection passed your resume on, and nothing has happened since. */
export const referralNotActedOn = defineRule({
  id: 'referral-not-acted-on',
  meta: {
    category: 'outreach',
    severity: 'high',
    title: 'A referral is waiting for you to act',
    description:
      'Flags a referral that was forwarded to the company but followed by no application and no message from you.',
    rationale:
      'A referral is the strongest way into a company: referred candidates are a small share of applicants but a large share of hires, and are hired faster. Once a contact has passed your resume on, the company and your contact are both waiting on you. Left for more than a few days, the introduction can go cold, and roles fill while candidates wait.',
    sources: [REFERRAL_SHARE_OF_HIRES, REFERRAL_HIRE_RATE, REFERRAL_RESPONSE_TIME],
    recommended: true,
    states: ['not-started', 'searching'],
  },
  scope: 'referral',
  select: { status: 'forwarded' },
  options: z.strictObject({
    afterDays: durationOption(
      { min: 0, max: 60, default: 3 },
      'Days after the referral was forwarded before the advice appears.',
    ),
  }),
  conditions: {
    all: [
      versusOption('referral', 'daysSinceUpdate', 'greaterThanInclusive', 'afterDays'),
      versus('referral', 'hasApplication', 'equal', false),
      versus('referral', 'sentSinceUpdate', 'equal', false),
      // A message from the company waiting for a reply is unanswered-outreach's advice.
      versus('referral', 'unansweredMessages', 'equal', 0),
    ],
  },
  urgency: 'daysSinceUpdate',
  message:
    '{subject.contact} passed your resume to {subject.company}{#subject.role} for the {subject.role} role{/subject.role} {subject.daysSinceUpdate|duration} ago, and you have neither applied nor written to them since. Apply now and mention the referral, or write to the person your contact put you in touch with: the introduction is your best way in, and it fades if nothing follows.',
  actions: [
    {
      kind: 'apply',
      label:
        "Apply to {subject.company}{#subject.role} for the {subject.role} role{/subject.role}, mentioning {subject.contact}'s referral",
      due: { inDays: 0 },
    },
    {
      kind: 'thank-contact',
      label: 'Thank {subject.contact} and let them know you have applied',
      due: { inDays: 1 },
    },
  ],
});
