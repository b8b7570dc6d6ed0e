import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { followUpLimitReached } from './rule';

const followUp = (id: string, days: number) => ({
  id,
  direction: 'outbound',
  kind: 'follow-up',
  at: daysAgo(days),
  applicationId: 'a',
});
const app = applied('a', 'acme', 40, { stage: 'interviewing' });

const hired = acceptedOffer();

ruleTester.run(followUpLimitReached, {
  asOf: AS_OF,
  fires: [
    {
      name: 'two unanswered follow-ups, the last a week ago',
      search: buildSearch({
        applications: [app],
        messages: [followUp('f1', 14), followUp('f2', 7)],
      }),
      advice: [{ subjects: ['a'], severity: 'medium' }],
    },
    {
      name: 'the limit is an option',
      search: buildSearch({ applications: [app], messages: [followUp('f1', 14)] }),
      options: { maxFollowUps: 1 },
      advice: [{ subjects: ['a'] }],
    },
  ],
  quiet: [
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [app, hired.application],
        messages: [followUp('f1', 14), followUp('f2', 7)],
        offers: [hired.offer],
      }),
      status: 'not-applicable',
    },
    {
      name: 'only one follow-up',
      search: buildSearch({ applications: [app], messages: [followUp('f1', 14)] }),
      status: 'passed',
    },
    {
      name: 'last follow-up just under a week ago',
      search: buildSearch({
        applications: [app],
        messages: [followUp('f1', 14), followUp('f2', 6)],
      }),
      status: 'passed',
    },
    {
      name: 'the employer answered the second follow-up',
      search: buildSearch({
        applications: [app],
        messages: [
          followUp('f1', 14),
          followUp('f2', 9),
          {
            id: 'in',
            direction: 'inbound',
            kind: 'status-update',
            at: daysAgo(8),
            applicationId: 'a',
          },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'closed applications are not chased',
      search: buildSearch({
        applications: [{ ...app, stage: 'rejected' }],
        messages: [followUp('f1', 14), followUp('f2', 7)],
      }),
      status: 'not-applicable',
    },
  ],
});
