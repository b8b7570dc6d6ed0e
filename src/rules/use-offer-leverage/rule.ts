import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus } from '../conditions';
import { OFFER_DEADLINE_GUIDANCE, TIME_TO_HIRE } from '../sources';

/** Other employers still interviewing you while you hold an offer. */
export const useOfferLeverage = defineRule({
  id: 'use-offer-leverage',
  meta: {
    category: 'offers',
    severity: 'high',
    title: 'Tell the other companies you have an offer',
    description:
      'While an offer is open, flags each application at another company still at screening, interviewing or final round.',
    rationale:
      'Hiring takes weeks on average, so another process is often not ready when the first offer arrives. An employer who is interested may be able to speed up once it hears a candidate holds an offer with a deadline; one that cannot at least tells you where you stand. Without asking, you may accept the first offer before the one you wanted arrives.',
    sources: [TIME_TO_HIRE, OFFER_DEADLINE_GUIDANCE],
    recommended: true,
    states: ['deciding'],
  },
  scope: 'application',
  select: { active: true, interviewStage: true },
  options: z.strictObject({}),
  conditions: {
    all: [
      versus('application', 'companyId', 'notIn', { fact: 'search', path: 'openOfferCompanyIds' }),
    ],
  },
  // One advice naming every employer to tell, however many offers there are.
  group: true,
  message:
    'You have {#search.openOfferCompanies.1}offers{/search.openOfferCompanies.1}{^search.openOfferCompanies.1}an offer{/search.openOfferCompanies.1} from {search.openOfferCompanies|list}{#search.nextOfferExpiresOn}{#search.openOfferCompanies.1}, the first expiring on{/search.openOfferCompanies.1}{^search.openOfferCompanies.1}, expiring on{/search.openOfferCompanies.1} {search.nextOfferExpiresOn}{/search.nextOfferExpiresOn}, while {subjects.title|list:4} {#subjects.1}are{/subjects.1}{^subjects.1}is{/subjects.1} still at the interview stage. Tell {#subjects.1}each employer{/subjects.1}{^subjects.1}the employer{/subjects.1} that you have {#search.openOfferCompanies.1}offers{/search.openOfferCompanies.1}{^search.openOfferCompanies.1}an offer{/search.openOfferCompanies.1} and when you must answer, and ask whether they can decide sooner. {#subjects.1}If one of them{/subjects.1}{^subjects.1}If it{/subjects.1} is the job you want most, this is how you find out in time.',
  actions: [
    {
      kind: 'share-offer',
      label:
        'Tell {subject.company} about your {#search.openOfferCompanies.1}offers{/search.openOfferCompanies.1}{^search.openOfferCompanies.1}offer{/search.openOfferCompanies.1} and ask whether they can decide on the {subject.role} role sooner',
      due: { inDays: 0 },
      perSubject: true,
    },
  ],
});
