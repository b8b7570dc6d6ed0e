import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, instantAgo } from '../../../test/helpers/search';
import { offerExpiredUnanswered } from './rule';

const app = applied('a', 'acme', 40, { stage: 'offer' });
/** A pending offer received ten days before it expired, `pastDays` before the evaluation date. */
const offer = (pastDays: number | undefined, extra: Record<string, unknown> = {}) => ({
  id: 'o',
  applicationId: 'a',
  receivedAt: daysAgo((pastDays ?? 0) + 10),
  status: 'pending',
  ...(pastDays === undefined ? {} : { expiresAt: instantAgo(pastDays) }),
  ...extra,
});

ruleTester.run(offerExpiredUnanswered, {
  asOf: AS_OF,
  fires: [
    {
      name: 'the deadline has just passed',
      search: buildSearch({ applications: [app], offers: [offer(0)] }),
      advice: [{ subjects: ['o'], severity: 'critical' }],
    },
    {
      name: 'just under two weeks past is still critical',
      search: buildSearch({ applications: [app], offers: [offer(13.9)] }),
      advice: [{ subjects: ['o'], severity: 'critical' }],
    },
    {
      name: 'two weeks past, only the record needs updating',
      search: buildSearch({ applications: [app], offers: [offer(14)] }),
      advice: [{ subjects: ['o'], severity: 'info' }],
    },
    {
      name: 'the stale point is an option',
      search: buildSearch({ applications: [app], offers: [offer(3)] }),
      options: { staleAfterDays: 3 },
      advice: [{ subjects: ['o'], severity: 'info' }],
    },
  ],
  quiet: [
    {
      name: 'a couple of hours before the deadline',
      search: buildSearch({ applications: [app], offers: [offer(-0.1)] }),
      status: 'passed',
    },
    {
      name: 'no expiry date',
      search: buildSearch({ applications: [app], offers: [offer(undefined)] }),
      status: 'needs-data',
    },
    {
      name: 'declined in time',
      search: buildSearch({
        applications: [{ ...app, stage: 'declined' }],
        offers: [offer(3, { status: 'declined' })],
      }),
      status: 'not-applicable',
    },
  ],
});
