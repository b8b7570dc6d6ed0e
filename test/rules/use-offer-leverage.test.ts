import { useOfferLeverage } from '../../src/rules/use-offer-leverage';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../helpers/search';

const app = applied('a', 'acme', 30, { stage: 'offer' });
const offer = (extra: Record<string, unknown> = {}) => ({
  id: 'o',
  applicationId: 'a',
  receivedAt: daysAgo(1),
  expiresAt: daysAgo(-4),
  status: 'pending',
  ...extra,
});
const globex = applied('g', 'globex', 20, { stage: 'final-round' });
const initech = applied('i', 'initech', 15, { stage: 'screening' });

ruleTester.run(useOfferLeverage, {
  asOf: AS_OF,
  fires: [
    {
      name: 'another company is at the final round',
      search: buildSearch({ applications: [app, globex], offers: [offer()] }),
      advice: [{ subjects: ['o'], severity: 'high' }],
    },
    {
      name: 'several companies are interviewing, and the offer has no deadline',
      search: buildSearch({
        applications: [app, globex, initech],
        offers: [offer({ expiresAt: undefined })],
      }),
      advice: [{ subjects: ['o'], severity: 'high' }],
    },
    {
      name: 'the number of other processes is an option',
      search: buildSearch({ applications: [app, globex, initech], offers: [offer()] }),
      options: { minOtherProcesses: 2 },
      advice: [{ subjects: ['o'] }],
    },
  ],
  quiet: [
    {
      name: 'another offer was accepted',
      search: (() => {
        const hired = acceptedOffer();
        return buildSearch({
          applications: [app, globex, hired.application],
          offers: [offer(), hired.offer],
        });
      })(),
      status: 'passed',
    },
    {
      name: 'no other company is interviewing',
      search: buildSearch({
        applications: [app, applied('b', 'globex', 10)],
        offers: [offer()],
      }),
      status: 'passed',
    },
    {
      name: 'another role at the same company does not count',
      search: buildSearch({
        applications: [app, applied('b', 'acme', 10, { stage: 'interviewing' })],
        offers: [offer()],
      }),
      status: 'passed',
    },
    {
      name: 'fewer other processes than the options ask for',
      search: buildSearch({ applications: [app, globex], offers: [offer()] }),
      options: { minOtherProcesses: 2 },
      status: 'passed',
    },
    {
      name: 'the offer has lapsed',
      search: buildSearch({
        applications: [app, globex],
        offers: [offer({ receivedAt: daysAgo(8), expiresAt: daysAgo(1) })],
      }),
      status: 'passed',
    },
    {
      name: 'no pending offer',
      search: buildSearch({ applications: [globex] }),
      status: 'not-applicable',
    },
  ],
});
