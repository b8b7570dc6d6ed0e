import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus } from '../conditions';
import { OUTREACH_RESPONSE_TIME } from '../sources';

/** Messages whose record contradicts itself or has an impossible date. */
export const messageDataConflict = defineRule({
  id: 'message-data-conflict',
  meta: {
    category: 'data-quality',
    severity: 'info',
    title: 'Some messages are filed inconsistently',
    description:
      'Flags messages filed under one company while their application or referral is at another, and messages dated after today or before 1990.',
    rationale:
      'Whether an employer is waiting for you, whether a follow-up went unanswered and when you last heard from a company all come from your messages. A message filed under the wrong company, or with a date that cannot be right, makes those answers wrong. Fixing the record makes the rest of the report trustworthy.',
    sources: [OUTREACH_RESPONSE_TIME],
    recommended: true,
  },
  scope: 'message',
  options: z.strictObject({}),
  conditions: {
    any: [
      versus('message', 'filedUnder', 'notEqual', null),
      versus('message', 'datedBefore1990', 'equal', true),
      versus('message', 'futureDated', 'equal', true),
    ],
  },
  group: true,
  message:
    'Some details of {subjects.summary|list:4} do not add up, so rules that read {#subjects.1}these messages{/subjects.1}{^subjects.1}this message{/subjects.1} may misjudge who is waiting for whom. Correcting {#subjects.1}them{/subjects.1}{^subjects.1}it{/subjects.1} makes the rest of your report more accurate.',
  actions: [
    {
      kind: 'fix-data',
      label:
        'Fix the record of {subject.summary}.{#subject.filedUnder} It is filed under {subject.filedUnder}, but its application or referral is at {subject.linkedCompany}: file it under one company.{/subject.filedUnder}{#subject.datedBefore1990} Its date is before 1990: correct it.{/subject.datedBefore1990}{#subject.futureDated} It is dated after today: correct the date.{/subject.futureDated}',
      perSubject: true,
    },
  ],
});
