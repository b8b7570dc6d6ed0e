import { offerNotNegotiated } from '../../src/rules/offer-not-negotiated';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../helpers/search';

const app = applied('a', 'acme', 30, { stage: 'offer' });
const offer = (receivedDays: number, extra: Record<string, unknown> = {}) => ({
  id: 'o',
  applicationId: 'a',
  receivedAt: daysAgo(receivedDays),
  status: 'pending',
  ...extra,
});

ruleTester.run(offerNotNegotiated, {
  asOf: AS_OF,
  fires: [
    {
      name: 'an offer received today',
      search: buildSearch({ applications: [app], offers: [offer(0)] }),
      advice: [{ subjects: ['o'], severity: 'high' }],
    },
    {
      name: 'an offer with a deadline ahead',
      search: buildSearch({
        applications: [app],
        offers: [offer(1, { expiresAt: daysAgo(-3), negotiated: false })],
      }),
      advice: [{ subjects: ['o'], severity: 'high' }],
    },
    {
      name: 'the wait is an option',
      search: buildSearch({ applications: [app], offers: [offer(2)] }),
      options: { afterDays: 2 },
      advice: [{ subjects: ['o'] }],
    },
  ],
  quiet: [
    {
      name: 'another offer was accepted',
      search: (() => {
        const hired = acceptedOffer();
        return buildSearch({
          applications: [app, hired.application],
          offers: [offer(0), hired.offer],
        });
      })(),
      status: 'passed',
    },
    {
      name: 'a longer wait set in the options',
      search: buildSearch({ applications: [app], offers: [offer(1.9)] }),
      options: { afterDays: 2 },
      status: 'passed',
    },
    {
      name: 'already negotiated',
      search: buildSearch({ applications: [app], offers: [offer(3, { negotiated: true })] }),
      status: 'passed',
    },
    {
      name: 'the offer has lapsed: offer-expired-unanswered speaks instead',
      search: buildSearch({ applications: [app], offers: [offer(6, { expiresAt: daysAgo(1) })] }),
      status: 'passed',
    },
    {
      name: 'already accepted',
      search: buildSearch({
        applications: [{ ...app, stage: 'accepted' }],
        offers: [offer(3, { status: 'accepted' })],
      }),
      status: 'not-applicable',
    },
    { name: 'no offers', search: buildSearch({ applications: [app] }), status: 'not-applicable' },
  ],
});
