import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus } from '../conditions';
import { INTERVIEWS_PER_OPENING, TIME_TO_FILL } from '../sources';

/** An offer was accepted while applications elsewhere are still open. */
export const withdrawAfterAccepting = defineRule({
  id: 'withdraw-after-accepting',
  meta: {
    category: 'offers',
    severity: 'medium',
    title: 'Withdraw from your other applications',
    description:
      'Once an offer is accepted, flags each application still open at another company; high when an interview is scheduled there, with the withdrawal due the day before it.',
    rationale:
      'Hiring teams interview several candidates for each opening and plan their next steps around the people still in the running. A short note saying you have accepted another role lets them move on, saves everyone interview time, and leaves a good impression with people you may meet again later in your career. An interview already on the calendar makes it urgent: cancel by the day before, so nobody prepares for it or keeps the time free.',
    sources: [INTERVIEWS_PER_OPENING, TIME_TO_FILL],
    recommended: true,
    states: ['accepted'],
  },
  scope: 'application',
  select: { active: true, submitted: true },
  options: z.strictObject({}),
  conditions: {
    // Other roles at the employer you joined are settled with them, not withdrawn from.
    all: [
      versus('application', 'companyId', 'notIn', { fact: 'search', path: 'acceptedCompanyIds' }),
      // An employer still waiting on your answer to its offer is declined, not withdrawn from.
      versus('application', 'companyId', 'notIn', { fact: 'search', path: 'openOfferCompanyIds' }),
    ],
  },
  severityWhen: [
    {
      severity: 'high',
      conditions: { all: [versus('application', 'nextInterviewOn', 'notEqual', null)] },
    },
  ],
  group: true,
  // Congratulate once: when an interview is booked, that advice comes first and gets to the point.
  message:
    '{#level.high}You have accepted an offer, but {#subjects.1}interviews are{/subjects.1}{^subjects.1}an interview is{/subjects.1} still booked for {subjects.title|list:4}. Write to {#subjects.1}each employer{/subjects.1}{^subjects.1}the employer{/subjects.1} by the day before to withdraw: thank them for their time and say you have accepted another role, so they can move on and remember you well.{/level.high}{^level.high}Congratulations on accepting your offer. Your {#subjects.1}applications{/subjects.1}{^subjects.1}application{/subjects.1} for {subjects.title|list:4} {#subjects.1}are{/subjects.1}{^subjects.1}is{/subjects.1} still open. Write to {#subjects.1}each employer{/subjects.1}{^subjects.1}the employer{/subjects.1} to withdraw: thank them for their time and say you have accepted another role, so they can move on and remember you well.{/level.high}',
  actions: [
    {
      kind: 'withdraw',
      label:
        'Withdraw from {subject.title}{#subject.nextInterviewOn} before your interview on {subject.nextInterviewOn}{/subject.nextInterviewOn}, with a short thank-you note',
      // The day before a booked interview, so the team does not prepare for it.
      due: { fact: 'subject.nextInterviewOn', plusDays: -1, otherwiseInDays: 7 },
      perSubject: true,
    },
  ],
});
