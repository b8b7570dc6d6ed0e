import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { unknownOr, versus, versusOption } from '../conditions';
import { durationOption } from '../options';
import { NEGOTIATION_HABITS, NEGOTIATION_RISK, OFFER_DEADLINE_GUIDANCE } from '../sources';

/** A pending offer that has not been negotiated. */
export const offerNotNegotiated = defineRule({
  id: 'offer-not-negotiated',
  meta: {
    category: 'offers',
    severity: 'high',
    title: 'Negotiate before you accept',
    description:
      'Flags a pending, unexpired offer that you have not negotiated, unless you rate another open offer higher; due by its deadline, or within three days when it names none.',
    rationale:
      'Most people accept the first number, yet about half of employers say their first offer is below what they would pay, so there is often room. Asking politely, with a specific figure and a reason, rarely costs the offer: in one study nearly all hiring managers kept the offer on the table after a candidate negotiated. The starting package can also be the base later raises build on.',
    sources: [NEGOTIATION_HABITS, NEGOTIATION_RISK, OFFER_DEADLINE_GUIDANCE],
    recommended: true,
    states: ['deciding'],
  },
  scope: 'offer',
  select: { status: 'pending' },
  options: z.strictObject({
    afterDays: durationOption(
      { min: 0, max: 30, default: 0 },
      'Days after the offer arrives before the reminder appears (0: at once).',
    ),
  }),
  conditions: {
    all: [
      versus('offer', 'negotiated', 'equal', false),
      versusOption('offer', 'daysSinceReceived', 'greaterThanInclusive', 'afterDays'),
      // A lapsed offer is offer-expired-unanswered's advice.
      unknownOr(versus('offer', 'hoursUntilExpiry', 'greaterThan', 0)),
      // Negotiate the offer you would take: one rated below another is compare-offers' business.
      versus('offer', 'preferred', 'notEqual', false),
    ],
  },
  message:
    'You have not negotiated your offer for {subject.title}{#subject.expiresOn}, which expires on {subject.expiresOn}{/subject.expiresOn}.{^subject.expiresOn} It names no deadline, but offers commonly leave only a few business days to decide, so raise it this week.{/subject.expiresOn}{#subject.otherOpenOffers}{#subject.preferred} It is the offer you rate highest, so it is the one to negotiate.{/subject.preferred}{^subject.preferred} Negotiate the offer you would rather take.{/subject.preferred}{/subject.otherOpenOffers} About half of employers say their first offer is below what they would pay, so there is often room. Thank them, then ask for something specific (salary, signing bonus, start date or title), backed by market pay data{#subject.otherOpenOffers} and the competing offer you hold{/subject.otherOpenOffers}{^subject.otherOpenOffers}{#subject.otherInterviewProcesses} and the other processes you have running{/subject.otherInterviewProcesses}{/subject.otherOpenOffers}.',
  actions: [
    {
      kind: 'negotiate',
      label:
        'Ask {subject.company} for a better package on the {subject.role} offer before you accept',
      // Without a stated deadline an answer is still expected within days: raise it this week,
      // after the questions compare-offers asks (due within two days).
      due: { fact: 'subject.expiresOn', otherwiseInDays: 3 },
    },
  ],
});
