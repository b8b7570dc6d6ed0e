import { networkUnderused } from '../../src/rules/network-underused';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, applied, buildSearch, spread } from '../helpers/search';

const warm = (n: number) =>
  Array.from({ length: n }, (_, i) => applied(`w${i}`, `warm${i}`, 5, { channel: 'referral' }));

ruleTester.run(networkUnderused, {
  asOf: AS_OF,
  fires: [
    {
      name: 'ten applications, all cold',
      search: buildSearch({ applications: spread(10, 5) }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'one warm application in eleven is just under 10%',
      search: buildSearch({ applications: [...spread(10, 5), ...warm(1)] }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'closed applications count too',
      search: buildSearch({ applications: spread(10, 40, { stage: 'rejected' }) }),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'thresholds follow the options',
      search: buildSearch({ applications: [...spread(4, 5), ...warm(1)] }),
      options: { minApplications: 5, minWarmShare: 0.25 },
      advice: [{ subjects: ['search'] }],
    },
  ],
  quiet: [
    {
      name: 'just under ten applications',
      search: buildSearch({ applications: spread(9, 5) }),
      status: 'passed',
    },
    {
      name: 'exactly 10% through people',
      search: buildSearch({ applications: [...spread(9, 5), ...warm(1)] }),
      status: 'passed',
    },
    {
      name: 'saved postings are not applications',
      search: buildSearch({ applications: spread(12, 5, { stage: 'saved' }) }),
      status: 'not-applicable',
    },
    {
      name: 'a pending offer',
      search: buildSearch({
        applications: [...spread(10, 5), applied('o', 'acme', 20, { stage: 'offer' })],
        offers: [{ id: 'of', applicationId: 'o', receivedAt: '2026-11-20', status: 'pending' }],
      }),
      status: 'not-applicable',
    },
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [...spread(10, 5), applied('o', 'acme', 20, { stage: 'accepted' })],
        offers: [{ id: 'of', applicationId: 'o', receivedAt: '2026-11-20', status: 'accepted' }],
      }),
      status: 'not-applicable',
    },
  ],
});
