import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, instantAgo } from '../../../test/helpers/search';
import { offerDeadlineImminent } from './rule';

const app = applied('a', 'acme', 30, { stage: 'offer' });
/** A pending offer received two days ago, expiring `inDays` after the evaluation date. */
const offer = (inDays: number | undefined, extra: Record<string, unknown> = {}) => ({
  id: 'o',
  applicationId: 'a',
  receivedAt: daysAgo(2),
  status: 'pending',
  ...(inDays === undefined ? {} : { expiresAt: instantAgo(-inDays) }),
  ...extra,
});

ruleTester.run(offerDeadlineImminent, {
  asOf: AS_OF,
  fires: [
    {
      name: 'expires in 48 hours',
      search: buildSearch({ applications: [app], offers: [offer(2)] }),
      advice: [{ subjects: ['o'], severity: 'critical' }],
    },
    {
      name: 'expires tomorrow',
      search: buildSearch({ applications: [app], offers: [offer(1)] }),
      advice: [{ subjects: ['o'], severity: 'critical' }],
    },
    {
      name: 'expires in a couple of hours',
      search: buildSearch({ applications: [app], offers: [offer(0.1)] }),
      advice: [{ subjects: ['o'], severity: 'critical' }],
    },
    {
      name: 'the window is an option',
      search: buildSearch({ applications: [app], offers: [offer(3)] }),
      options: { withinHours: 72 },
      advice: [{ subjects: ['o'] }],
    },
  ],
  quiet: [
    {
      name: 'expires in just over 48 hours',
      search: buildSearch({ applications: [app], offers: [offer(2.1)] }),
      status: 'passed',
    },
    {
      name: 'a shorter window set in the options',
      search: buildSearch({ applications: [app], offers: [offer(2)] }),
      options: { withinHours: 24 },
      status: 'passed',
    },
    {
      name: 'the deadline has arrived: offer-expired-unanswered speaks instead',
      search: buildSearch({ applications: [app], offers: [offer(0)] }),
      status: 'not-applicable',
    },
    {
      name: 'no expiry date',
      search: buildSearch({ applications: [app], offers: [offer(undefined)] }),
      status: 'needs-data',
    },
    {
      name: 'already accepted',
      search: buildSearch({
        applications: [{ ...app, stage: 'accepted' }],
        offers: [offer(1, { status: 'accepted' })],
      }),
      status: 'not-applicable',
    },
  ],
});
