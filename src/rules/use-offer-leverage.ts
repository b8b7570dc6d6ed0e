import * as z from 'zod/v4';
import { defineRule } from '../engine/define';
import { unknownOr, versus, versusOption, whileSearching } from './conditions';
import { countOption } from './options';
import { OFFER_DEADLINE_GUIDANCE, TIME_TO_HIRE } from './sources';

/** An offer in hand while other employers are still interviewing you. */
export const useOfferLeverage = defineRule({
  id: 'use-offer-leverage',
  meta: {
    category: 'offers',
    severity: 'high',
    title: 'Tell the other companies you have an offer',
    description:
      'Flags a pending, unexpired offer while other companies are still at screening, interviewing or final round.',
    rationale:
      'Hiring takes weeks on average, so another process is rarely ready when the first offer arrives. Employers who are interested often speed up once they hear a candidate holds an offer with a deadline; those who cannot move in time at least tell you where you stand. With two offers you choose, and you can negotiate from strength; without asking, you may accept the first offer before the one you wanted arrives.',
    sources: [TIME_TO_HIRE, OFFER_DEADLINE_GUIDANCE],
    recommended: true,
  },
  scope: 'offer',
  select: { status: 'pending' },
  options: z.strictObject({
    minOtherProcesses: countOption(
      { min: 1, max: 20, default: 1 },
      'Other companies at interview stages needed for the advice to appear.',
    ),
  }),
  conditions: {
    all: [
      whileSearching(),
      versusOption('offer', 'otherInterviewProcesses', 'greaterThanInclusive', 'minOtherProcesses'),
      // A lapsed offer is offer-expired-unanswered's advice.
      unknownOr(versus('offer', 'hoursUntilExpiry', 'greaterThan', 0)),
    ],
  },
  message:
    'You have an offer for {subject.title}{#subject.expiresOn} that expires on {subject.expiresOn}{/subject.expiresOn}, while {subject.otherInterviewCompanies|list} {#subject.otherInterviewCompanies.1}are{/subject.otherInterviewCompanies.1}{^subject.otherInterviewCompanies.1}is{/subject.otherInterviewCompanies.1} still interviewing you. Tell {#subject.otherInterviewCompanies.1}each of them{/subject.otherInterviewCompanies.1}{^subject.otherInterviewCompanies.1}them{/subject.otherInterviewCompanies.1} that you have an offer and when you must answer, and ask whether they can speed up their decision: with two offers, you choose.',
  actions: [
    {
      kind: 'share-offer',
      label:
        'Tell {subject.otherInterviewCompanies|list} about your offer and ask for a faster decision',
      due: { inDays: 0 },
    },
  ],
});
