import { networkUnderused } from '../../src/rules/network-underused';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, spread } from '../helpers/search';

/**
 * A search started three weeks ago with `n` job-board applications at different companies, one a
 * day from yesterday back, the first of them interviewing: on the planned 5 a week from n = 15.
 */
const threeWeeks = (n: number) =>
  buildSearch({
    candidate: { searchStartedAt: daysAgo(21) },
    applications: Array.from({ length: n }, (_, i) =>
      applied(`a${i}`, `c${i}`, (i % 20) + 1, i === 0 ? { stage: 'interviewing' } : {}),
    ),
  });

const warm = (n: number) =>
  Array.from({ length: n }, (_, i) => applied(`w${i}`, `warm${i}`, 5, { channel: 'referral' }));

ruleTester.run(networkUnderused, {
  asOf: AS_OF,
  fires: [
    {
      name: 'interviews under way and applying on pace (15 in 3 weeks): low',
      search: threeWeeks(15),
      advice: [{ subjects: ['search'], severity: 'low' }],
    },
    {
      name: 'interviews under way, just below the pace (14 in 3 weeks): medium',
      search: threeWeeks(14),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
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
