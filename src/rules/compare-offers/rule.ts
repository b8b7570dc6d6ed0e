import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus } from '../conditions';
import { OFFER_DEADLINE_GUIDANCE } from '../sources';

/** Two or more open offers: compare them and decide. */
export const compareOffers = defineRule({
  id: 'compare-offers',
  meta: {
    category: 'offers',
    // As serious as negotiating, which it comes before: you negotiate the offer you mean to take.
    severity: 'high',
    title: 'Compare your offers and decide',
    description:
      'Flags open offers (pending, before their deadline) while at least one other offer is open too; the questions to each employer are due within two days, and before the first deadline.',
    rationale:
      "Offers usually leave only a few business days to decide, and two offers' deadlines need not line up. Comparing them on the same points, with the answers to your open questions in hand before the first deadline, turns a rushed choice into a considered one. A short extension, asked for early and politely, is usually granted. Choosing comes first: the offer worth negotiating is the one you mean to take, so the questions are due before any negotiation, and the choice weighs as much as the negotiation it leads to.",
    sources: [OFFER_DEADLINE_GUIDANCE],
    recommended: true,
    states: ['deciding'],
  },
  scope: 'offer',
  select: { open: true },
  options: z.strictObject({}),
  conditions: { all: [versus('offer', 'otherOpenOffers', 'greaterThanInclusive', 1)] },
  group: true,
  message:
    'You have offers for {subjects.title|list:4}{#search.nextOfferExpiresOn}, and the first deadline is {search.nextOfferExpiresOn}{/search.nextOfferExpiresOn}. {#search.preferredOffer}You rated {search.preferredOffer} highest; check that {subject.otherOpenOffers|plural:the other does:the others do} not beat it on what matters most to you.{/search.preferredOffer}{^search.preferredOffer}Rank them on what matters most to you: the work, the team, pay and benefits, growth, and location.{/search.preferredOffer} Ask each employer for whatever you still need to compare them (the full package in writing, the team you would join, the start date) and decide before the first deadline, or ask for a few more days early.',
  actions: [
    {
      kind: 'ask-questions',
      label:
        'Ask {subject.company} what you still need to know about the {subject.role} offer{#subject.expiresOn} before {subject.expiresOn}{/subject.expiresOn}',
      due: { fact: 'subject.askBy' },
      perSubject: true,
    },
  ],
});
