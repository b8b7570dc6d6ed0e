import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus } from '../conditions';
import { REFERRAL_SHARE_OF_HIRES } from '../sources';

/** Referral requests whose record contradicts itself or has an impossible date. */
export const referralDataConflict = defineRule({
  id: 'referral-data-conflict',
  meta: {
    category: 'data-quality',
    severity: 'info',
    title: 'Some referral requests are recorded inconsistently',
    description:
      'Flags referral requests for one company linked to an application at another, and requests dated after today or before 1990.',
    rationale:
      'Referrals weigh heavily in the advice, from the chance of an offer to which lead to answer first. A referral linked to an application at another company, or with a date that cannot be right, credits the wrong application or hides a request that needs acting on.',
    sources: [REFERRAL_SHARE_OF_HIRES],
    recommended: true,
  },
  scope: 'referral',
  options: z.strictObject({}),
  conditions: {
    any: [
      versus('referral', 'linkedToOtherCompany', 'notEqual', null),
      versus('referral', 'datedBefore1990', 'equal', true),
      versus('referral', 'futureDated', 'equal', true),
    ],
  },
  group: true,
  message:
    'The referral {#subjects.1}requests{/subjects.1}{^subjects.1}request{/subjects.1} for {subjects.company|list:4} {#subjects.1}are{/subjects.1}{^subjects.1}is{/subjects.1} recorded in a way that does not add up, so the advice may credit the wrong application. Correcting the {#subjects.1}records{/subjects.1}{^subjects.1}record{/subjects.1} makes the rest of your report more accurate.',
  actions: [
    {
      kind: 'fix-data',
      label:
        'Fix the referral from {subject.contact} for {subject.company}.{#subject.linkedToOtherCompany} It is linked to an application at {subject.linkedToOtherCompany}: link it to the application it led to.{/subject.linkedToOtherCompany}{#subject.datedBefore1990} One of its dates is before 1990: correct it.{/subject.datedBefore1990}{#subject.futureDated} It is dated after today: correct the date.{/subject.futureDated}',
      perSubject: true,
    },
  ],
});
