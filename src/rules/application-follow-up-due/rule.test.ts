import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { applicationFollowUpDue } from './rule';

const hired = acceptedOffer();

/**
 * Acme waiting 12 days, an interview under way at Initech, and `lastWeek` applications sent
 * yesterday: on the planned 5 a week from five.
 */
const healthy = (lastWeek: number) =>
  buildSearch({
    candidate: { searchStartedAt: daysAgo(14) },
    applications: [
      applied('a', 'acme', 12),
      applied('i', 'initech', 13, { stage: 'interviewing' }),
      ...Array.from({ length: lastWeek }, (_, n) => applied(`n${n}`, `new${n}`, 1)),
    ],
  });

ruleTester.run(applicationFollowUpDue, {
  asOf: AS_OF,
  fires: [
    {
      name: 'ten days without a reply',
      search: buildSearch({ applications: [applied('a', 'acme', 10)] }),
      advice: [{ subjects: ['a'], severity: 'medium' }],
    },
    {
      name: 'a month without a reply is a low-priority long shot',
      search: buildSearch({ applications: [applied('a', 'acme', 30)] }),
      advice: [{ subjects: ['a'], severity: 'low' }],
    },
    {
      name: 'interviews under way and applying on pace (5 this week): a routine, low note',
      search: healthy(5),
      advice: [{ subjects: ['a'], severity: 'low' }],
    },
    {
      name: 'interviews under way, just below the pace (4 this week): medium',
      search: healthy(4),
      advice: [{ subjects: ['a'], severity: 'medium' }],
    },
    {
      name: 'just under a month is still medium',
      search: buildSearch({ applications: [applied('a', 'acme', 29)] }),
      advice: [{ subjects: ['a'], severity: 'medium' }],
    },
    {
      name: 'applications due together are grouped into one advice',
      search: buildSearch({
        applications: [
          applied('a', 'acme', 12),
          applied('b', 'globex', 15),
          applied('c', 'initech', 40),
        ],
      }),
      advice: [
        { subjects: ['a', 'b'], severity: 'medium' },
        { subjects: ['c'], severity: 'low' },
      ],
    },
    {
      name: 'the wait is an option',
      search: buildSearch({ applications: [applied('a', 'acme', 5)] }),
      options: { afterDays: 5 },
      advice: [{ subjects: ['a'] }],
    },
  ],
  quiet: [
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [applied('a', 'acme', 10), hired.application],
        offers: [hired.offer],
      }),
      status: 'not-applicable',
    },
    {
      name: 'just under ten days',
      search: buildSearch({ applications: [applied('a', 'acme', 9)] }),
      status: 'passed',
    },
    {
      name: 'already followed up',
      search: buildSearch({
        applications: [applied('a', 'acme', 20)],
        messages: [
          { id: 'f', direction: 'outbound', kind: 'follow-up', at: daysAgo(8), applicationId: 'a' },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'the employer wrote back',
      search: buildSearch({
        applications: [applied('a', 'acme', 20)],
        messages: [
          {
            id: 'i',
            direction: 'inbound',
            kind: 'status-update',
            at: daysAgo(15),
            applicationId: 'a',
          },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'no application date',
      search: buildSearch({ applications: [applied('a', 'acme', 20, { appliedAt: undefined })] }),
      status: 'needs-data',
    },
    {
      name: 'only saved postings',
      search: buildSearch({ applications: [applied('a', 'acme', 20, { stage: 'saved' })] }),
      status: 'not-applicable',
    },
  ],
});
