import * as z from 'zod/v4';
import { defineRule } from '../engine/define';
import { versus } from './conditions';
import { INTERVIEWS_PER_OPENING, TIME_TO_FILL } from './sources';

/** An offer was accepted while applications elsewhere are still open. */
export const withdrawAfterAccepting = defineRule({
  id: 'withdraw-after-accepting',
  meta: {
    category: 'offers',
    severity: 'low',
    title: 'Withdraw from your other applications',
    description:
      'Flags a search with an accepted offer while applications at other companies are still open.',
    rationale:
      'Hiring teams interview several candidates for each opening and plan their next steps around the people still in the running. A short note saying you have accepted another role lets them move on, saves everyone interview time, and leaves a good impression with people you may meet again later in your career. It also closes the loop for you: the search is over, and your tracker should say so.',
    sources: [INTERVIEWS_PER_OPENING, TIME_TO_FILL],
    recommended: true,
  },
  scope: 'search',
  select: { offerAccepted: true },
  options: z.strictObject({}),
  conditions: {
    all: [versus('search', 'openCompaniesOtherThanAccepted.length', 'greaterThanInclusive', 1)],
  },
  message:
    'Congratulations on accepting your offer. {search.openCompaniesOtherThanAccepted|list:4} still {#search.openCompaniesOtherThanAccepted.1}have{/search.openCompaniesOtherThanAccepted.1}{^search.openCompaniesOtherThanAccepted.1}has{/search.openCompaniesOtherThanAccepted.1} you in the running. Send {#search.openCompaniesOtherThanAccepted.1}each of them{/search.openCompaniesOtherThanAccepted.1}{^search.openCompaniesOtherThanAccepted.1}them{/search.openCompaniesOtherThanAccepted.1} a short, friendly note to withdraw: thank them for their time and say you have accepted another role, so they can move on and remember you well.',
  actions: [
    {
      kind: 'withdraw',
      label:
        'Write to {search.openCompaniesOtherThanAccepted|list:4} to withdraw, with a short thank-you note',
      due: { inDays: 7 },
    },
  ],
});
