import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { referralNotActedOn } from './rule';

const forwarded = (days: number, extra: Record<string, unknown> = {}) => ({
  id: 'r',
  contactId: 'dana',
  companyId: 'northwind',
  requestedAt: daysAgo(days + 5),
  status: 'forwarded',
  updatedAt: daysAgo(days),
  ...extra,
});

const hired = acceptedOffer();

ruleTester.run(referralNotActedOn, {
  asOf: AS_OF,
  fires: [
    {
      name: 'forwarded three days ago, nothing since',
      search: buildSearch({ referrals: [forwarded(3)] }),
      advice: [{ subjects: ['r'], severity: 'high' }],
    },
    {
      name: 'a saved posting is not an application',
      search: buildSearch({
        referrals: [forwarded(10)],
        applications: [applied('a', 'northwind', 0, { stage: 'saved', appliedAt: undefined })],
      }),
      advice: [{ subjects: ['r'], severity: 'high' }],
    },
    {
      name: 'without updatedAt, the wait counts from the request',
      search: buildSearch({ referrals: [forwarded(0, { updatedAt: undefined })] }),
      advice: [{ subjects: ['r'] }],
    },
    {
      name: 'the wait is an option',
      search: buildSearch({ referrals: [forwarded(1)] }),
      options: { afterDays: 1 },
      advice: [{ subjects: ['r'] }],
    },
  ],
  quiet: [
    {
      name: 'an offer was accepted',
      search: buildSearch({
        referrals: [forwarded(3)],
        applications: [hired.application],
        offers: [hired.offer],
      }),
      status: 'not-applicable',
    },
    {
      name: 'forwarded just under three days ago',
      search: buildSearch({ referrals: [forwarded(2)] }),
      status: 'passed',
    },
    {
      name: 'an application followed',
      search: buildSearch({
        referrals: [forwarded(10)],
        applications: [applied('a', 'northwind', 5, { channel: 'referral', referralId: 'r' })],
      }),
      status: 'passed',
    },
    {
      name: 'you wrote to the company',
      search: buildSearch({
        referrals: [forwarded(10)],
        messages: [
          { id: 'o', direction: 'outbound', kind: 'other', at: daysAgo(8), companyId: 'northwind' },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'the company wrote and is waiting: unanswered-outreach speaks instead',
      search: buildSearch({
        referrals: [forwarded(10)],
        messages: [
          {
            id: 'in',
            direction: 'inbound',
            kind: 'outreach',
            at: daysAgo(5),
            companyId: 'northwind',
            referralId: 'r',
          },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'the longer wait set in the options',
      search: buildSearch({ referrals: [forwarded(4)] }),
      options: { afterDays: 5 },
      status: 'passed',
    },
    {
      name: 'only requested, not forwarded',
      search: buildSearch({ referrals: [forwarded(10, { status: 'requested' })] }),
      status: 'not-applicable',
    },
  ],
});
