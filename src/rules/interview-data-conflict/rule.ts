import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus } from '../conditions';
import { INTERVIEW_OFFER_RATE } from '../sources';

/** Interviews whose record contradicts itself or has an impossible date. */
export const interviewDataConflict = defineRule({
  id: 'interview-data-conflict',
  meta: {
    category: 'data-quality',
    severity: 'info',
    title: 'Some interviews are recorded inconsistently',
    description:
      'Flags interviews marked as completed but dated after today, and interviews dated before 1990.',
    rationale:
      'Thank-you notes, follow-ups after an interview and the chance of an offer all depend on which interviews have taken place and when. An interview marked as done on a date still to come, or dated decades ago, makes those rules misjudge it.',
    sources: [INTERVIEW_OFFER_RATE],
    recommended: true,
  },
  scope: 'interview',
  options: z.strictObject({}),
  conditions: {
    any: [
      versus('interview', 'completedInFuture', 'equal', true),
      versus('interview', 'datedBefore1990', 'equal', true),
    ],
  },
  group: true,
  message:
    'The {#subjects.1}interviews{/subjects.1}{^subjects.1}interview{/subjects.1} for {subjects.title|list:4} {#subjects.1}are{/subjects.1}{^subjects.1}is{/subjects.1} recorded in a way that cannot be right, so rules about thank-you notes and follow-ups may misjudge {#subjects.1}them{/subjects.1}{^subjects.1}it{/subjects.1}. Correcting the {#subjects.1}records{/subjects.1}{^subjects.1}record{/subjects.1} makes the rest of your report more accurate.',
  actions: [
    {
      kind: 'fix-data',
      label:
        'Fix the interview of {subject.on} for {subject.title}.{#subject.completedInFuture} It is marked as completed but dated after today: correct the date, or mark it as not yet held.{/subject.completedInFuture}{#subject.datedBefore1990} One of its dates is before 1990: correct it.{/subject.datedBefore1990}',
      perSubject: true,
    },
  ],
});
