import { unansweredOutreach } from '../../src/rules/unanswered-outreach';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, buildSearch, daysAgo } from '../helpers/search';

const inbound = (id: string, days: number, extra: Record<string, unknown> = {}) => ({
  id,
  direction: 'inbound',
  kind: 'outreach',
  at: daysAgo(days),
  companyId: 'acme',
  ...extra,
});

ruleTester.run(unansweredOutreach, {
  asOf: AS_OF,
  fires: [
    {
      name: 'one day unanswered is high',
      search: buildSearch({ messages: [inbound('m', 1)] }),
      advice: [{ subjects: ['m'], severity: 'high' }],
    },
    {
      name: 'three days unanswered is critical',
      search: buildSearch({ messages: [inbound('m', 3)] }),
      advice: [{ subjects: ['m'], severity: 'critical' }],
    },
    {
      name: 'just under three days is still high',
      search: buildSearch({ messages: [inbound('m', 2)] }),
      advice: [{ subjects: ['m'], severity: 'high' }],
    },
    {
      name: 'an interview invitation counts',
      search: buildSearch({ messages: [inbound('m', 2, { kind: 'interview-invite' })] }),
      advice: [{ subjects: ['m'], severity: 'high' }],
    },
    {
      name: 'thresholds follow the options',
      search: buildSearch({ messages: [inbound('m', 5)] }),
      options: { highAfterDays: 5, criticalAfterDays: 10 },
      advice: [{ subjects: ['m'], severity: 'high' }],
    },
    {
      name: 'each waiting message is its own advice',
      search: buildSearch({
        messages: [inbound('m1', 4), inbound('m2', 2, { companyId: 'globex' })],
      }),
      advice: [
        { subjects: ['m1'], severity: 'critical' },
        { subjects: ['m2'], severity: 'high' },
      ],
    },
  ],
  quiet: [
    {
      name: 'received the same day',
      search: buildSearch({ messages: [inbound('m', 0)] }),
      status: 'passed',
    },
    {
      name: 'replied (repliedAt)',
      search: buildSearch({ messages: [inbound('m', 5, { repliedAt: daysAgo(4) })] }),
      status: 'passed',
    },
    {
      name: 'answered by a later outbound message to the same company',
      search: buildSearch({
        messages: [
          inbound('m', 5),
          { id: 'r', direction: 'outbound', kind: 'other', at: daysAgo(4), companyId: 'acme' },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'options raise the threshold',
      search: buildSearch({ messages: [inbound('m', 4)] }),
      options: { highAfterDays: 5 },
      status: 'passed',
    },
    {
      name: 'a rejection needs no reply',
      search: buildSearch({ messages: [inbound('m', 5, { kind: 'rejection' })] }),
      status: 'not-applicable',
    },
    { name: 'no messages at all', search: buildSearch({}), status: 'not-applicable' },
  ],
});
