import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus } from '../conditions';
import { INTERVIEWS_PER_OPENING, OFFER_DEADLINE_GUIDANCE } from '../sources';

/** An offer was accepted while another offer is still waiting for an answer. */
export const declineOfferAfterAccepting = defineRule({
  id: 'decline-offer-after-accepting',
  meta: {
    category: 'offers',
    severity: 'medium',
    title: 'Decline your other offers',
    description:
      'Once an offer is accepted, flags each other offer still pending, so it is declined rather than left to lapse.',
    rationale:
      'An employer who made an offer is holding a place for you, and may be keeping its other finalists waiting until you answer. Declining promptly and politely lets it turn to them, and leaves a good impression with people you may meet again; letting the offer run out its deadline in silence does neither.',
    sources: [INTERVIEWS_PER_OPENING, OFFER_DEADLINE_GUIDANCE],
    recommended: true,
    states: ['accepted'],
  },
  scope: 'offer',
  // The accepted offer is not pending, so every subject is another offer.
  select: { status: 'pending' },
  options: z.strictObject({}),
  conditions: {
    // A lapsed offer has nothing left to decline.
    all: [versus('offer', 'open', 'equal', true)],
  },
  group: true,
  message:
    'Congratulations on accepting your offer. Your {#subjects.1}offers{/subjects.1}{^subjects.1}offer{/subjects.1} for {subjects.title|list:4} {#subjects.1}are{/subjects.1}{^subjects.1}is{/subjects.1} still waiting for your answer. Decline {#subjects.1}each{/subjects.1}{^subjects.1}it{/subjects.1} now rather than let {#subjects.1}them{/subjects.1}{^subjects.1}it{/subjects.1} lapse: thank them, say you have accepted another role, so they can turn to their other candidates and remember you well.',
  actions: [
    {
      kind: 'answer-offer',
      label: 'Decline the {subject.role} offer from {subject.company}, with a short thank-you note',
      // Promptly: the employer may be keeping its other finalists waiting until you answer.
      due: { inDays: 1 },
      perSubject: true,
    },
  ],
});
