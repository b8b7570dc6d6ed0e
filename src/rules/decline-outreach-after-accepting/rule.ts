import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus } from '../conditions';
import { OUTREACH_RESPONSE_TIME } from '../sources';

/** After accepting an offer, messages from other employers still waiting for an answer. */
export const declineOutreachAfterAccepting = defineRule({
  id: 'decline-outreach-after-accepting',
  meta: {
    category: 'outreach',
    severity: 'low',
    title: 'Decline pending outreach politely',
    description:
      'Once an offer is accepted, flags unanswered outreach, invitations and follow-ups from other employers that are not about an open application.',
    rationale:
      'The search is over, so there is nothing to gain from these conversations now, but a recruiter who wrote to you may be useful in a few years. A two-line reply that thanks them and says you have accepted a role closes the loop and keeps the door open.',
    sources: [OUTREACH_RESPONSE_TIME],
    recommended: true,
    states: ['accepted'],
  },
  scope: 'message',
  select: { direction: 'inbound', kind: ['outreach', 'interview-invite', 'follow-up'] },
  options: z.strictObject({}),
  conditions: {
    all: [
      versus('message', 'daysUnanswered', 'greaterThanInclusive', 0),
      // Messages about an open application are covered by withdraw-after-accepting.
      versus('message', 'applicationId', 'equal', null),
      versus('message', 'companyId', 'notIn', { fact: 'search', path: 'acceptedCompanyIds' }),
    ],
  },
  group: true,
  message:
    'You have not answered {subjects.summary|list:4} yet. Now that you have accepted an offer, reply briefly: thank {#subjects.1}each of them{/subjects.1}{^subjects.1}them{/subjects.1}, say you have accepted a role, and that you would be glad to stay in touch.',
  actions: [
    {
      kind: 'reply',
      label:
        'Reply to {#subject.contact}{subject.contact}{#subject.company} at {subject.company}{/subject.company}{/subject.contact}{^subject.contact}{#subject.company}{subject.company}{/subject.company}{^subject.company}the message of {subject.on}{/subject.company}{/subject.contact} that you have accepted a role',
      due: { inDays: 7 },
      perSubject: true,
    },
  ],
});
