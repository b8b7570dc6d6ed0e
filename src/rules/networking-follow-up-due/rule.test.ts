import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, buildSearch, daysAgo } from '../../../test/helpers/search';
import { networkingFollowUpDue } from './rule';

const requested = (days: number, extra: Record<string, unknown> = {}) => ({
  id: 'r',
  contactId: 'sam',
  companyId: 'bayside',
  requestedAt: daysAgo(days),
  status: 'requested',
  ...extra,
});
const reminder = (days: number) => ({
  id: 'nudge',
  direction: 'outbound',
  kind: 'follow-up',
  at: daysAgo(days),
  contactId: 'sam',
});

const hired = acceptedOffer();

ruleTester.run(networkingFollowUpDue, {
  asOf: AS_OF,
  fires: [
    {
      name: 'a week without a reply',
      search: buildSearch({ referrals: [requested(7)] }),
      advice: [{ subjects: ['r'], severity: 'low' }],
    },
    {
      name: 'the request message itself is not a reminder',
      search: buildSearch({
        referrals: [requested(9)],
        messages: [
          {
            id: 'ask',
            direction: 'outbound',
            kind: 'referral-request',
            at: daysAgo(8.5),
            contactId: 'sam',
            referralId: 'r',
          },
        ],
      }),
      advice: [{ subjects: ['r'] }],
    },
    {
      name: 'a second reminder when the options allow it, a week after the first',
      search: buildSearch({ referrals: [requested(20)], messages: [reminder(7)] }),
      options: { maxFollowUps: 2 },
      advice: [{ subjects: ['r'] }],
    },
    {
      name: 'the wait is an option',
      search: buildSearch({ referrals: [requested(3)] }),
      options: { afterDays: 3 },
      advice: [{ subjects: ['r'] }],
    },
  ],
  quiet: [
    {
      name: 'an offer was accepted',
      search: buildSearch({
        referrals: [requested(7)],
        applications: [hired.application],
        offers: [hired.offer],
      }),
      status: 'not-applicable',
    },
    {
      name: 'just under a week',
      search: buildSearch({ referrals: [requested(6)] }),
      status: 'passed',
    },
    {
      name: 'the contact replied',
      search: buildSearch({
        referrals: [requested(10)],
        messages: [
          { id: 'in', direction: 'inbound', kind: 'other', at: daysAgo(8), contactId: 'sam' },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'one reminder already sent',
      search: buildSearch({ referrals: [requested(20)], messages: [reminder(10)] }),
      status: 'passed',
    },
    {
      name: 'with two reminders allowed, just under a week after the first',
      search: buildSearch({ referrals: [requested(20)], messages: [reminder(6)] }),
      options: { maxFollowUps: 2 },
      status: 'passed',
    },
    {
      name: 'the contact has answered (forwarded)',
      search: buildSearch({ referrals: [requested(10, { status: 'forwarded' })] }),
      status: 'not-applicable',
    },
  ],
});
