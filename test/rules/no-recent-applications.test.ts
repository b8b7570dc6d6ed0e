import { noRecentApplications } from '../../src/rules/no-recent-applications';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, applied, buildSearch } from '../helpers/search';

ruleTester.run(noRecentApplications, {
  asOf: AS_OF,
  fires: [
    {
      name: 'a week since the last application',
      search: buildSearch({ applications: [applied('a', 'acme', 7)] }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'two weeks is high',
      search: buildSearch({ applications: [applied('a', 'acme', 14)] }),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'just under two weeks is medium',
      search: buildSearch({ applications: [applied('a', 'acme', 13.9)] }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'nothing sent yet',
      search: buildSearch({ candidate: { searchStartedAt: '2026-11-24' } }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
  ],
  quiet: [
    {
      name: 'applied just under a week ago',
      search: buildSearch({ applications: [applied('a', 'acme', 6.9)] }),
      status: 'passed',
    },
    {
      name: 'the window is an option',
      search: buildSearch({ applications: [applied('a', 'acme', 8)] }),
      options: { afterDays: 9 },
      status: 'passed',
    },
    {
      name: 'an offer is pending',
      search: buildSearch({
        applications: [applied('a', 'acme', 30, { stage: 'offer' })],
        offers: [{ id: 'o', applicationId: 'a', receivedAt: '2026-11-20', status: 'pending' }],
      }),
      status: 'passed',
    },
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [applied('a', 'acme', 30, { stage: 'accepted' })],
        offers: [{ id: 'o', applicationId: 'a', receivedAt: '2026-11-20', status: 'accepted' }],
      }),
      status: 'not-applicable',
    },
  ],
});
