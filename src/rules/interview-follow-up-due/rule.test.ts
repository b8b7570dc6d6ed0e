import { ruleTester } from '../../../test/helpers/rule-tester';
import {
  AS_OF,
  acceptedOffer,
  applied,
  buildSearch,
  daysAgo,
  instantAgo,
} from '../../../test/helpers/search';
import { interviewFollowUpDue } from './rule';

const app = applied('a', 'acme', 30, { stage: 'interviewing' });
const interview = (id: string, days: number, extra: Record<string, unknown> = {}) => ({
  id,
  applicationId: 'a',
  at: daysAgo(days),
  ...extra,
});
const decidingBy = (days: number) => ({ decisionExpectedBy: instantAgo(days) });

const hired = acceptedOffer();

ruleTester.run(interviewFollowUpDue, {
  asOf: AS_OF,
  fires: [
    {
      name: 'decision date two days past',
      search: buildSearch({ applications: [app], interviews: [interview('i', 5, decidingBy(2))] }),
      advice: [{ subjects: ['i'], severity: 'medium' }],
    },
    {
      name: 'no decision date, a week after the interview',
      search: buildSearch({ applications: [app], interviews: [interview('i', 7)] }),
      advice: [{ subjects: ['i'], severity: 'medium' }],
    },
    {
      name: 'a thank-you note is not a follow-up',
      search: buildSearch({
        applications: [app],
        interviews: [interview('i', 10)],
        messages: [
          {
            id: 'ty',
            direction: 'outbound',
            kind: 'thank-you',
            at: daysAgo(9),
            applicationId: 'a',
          },
        ],
      }),
      advice: [{ subjects: ['i'] }],
    },
    {
      name: 'waits follow the options',
      search: buildSearch({
        applications: [app],
        interviews: [interview('i', 4, decidingBy(0))],
      }),
      options: { afterDecisionDays: 0 },
      advice: [{ subjects: ['i'] }],
    },
  ],
  quiet: [
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [app, hired.application],
        interviews: [interview('i', 7)],
        offers: [hired.offer],
      }),
      status: 'not-applicable',
    },
    {
      name: 'decision date just under two days past',
      search: buildSearch({
        applications: [app],
        interviews: [interview('i', 10, decidingBy(1))],
      }),
      status: 'passed',
    },
    {
      name: 'a decision date still ahead wins over the week without one',
      search: buildSearch({
        applications: [app],
        interviews: [interview('i', 10, decidingBy(-3))],
      }),
      status: 'passed',
    },
    {
      name: 'no decision date, just under a week',
      search: buildSearch({ applications: [app], interviews: [interview('i', 6)] }),
      status: 'passed',
    },
    {
      name: 'the longer wait set in the options',
      search: buildSearch({ applications: [app], interviews: [interview('i', 9)] }),
      options: { withoutDecisionDays: 10 },
      status: 'passed',
    },
    {
      name: 'the employer wrote since',
      search: buildSearch({
        applications: [app],
        interviews: [interview('i', 10)],
        messages: [
          {
            id: 'in',
            direction: 'inbound',
            kind: 'status-update',
            at: daysAgo(3),
            applicationId: 'a',
          },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'you already followed up',
      search: buildSearch({
        applications: [app],
        interviews: [interview('i', 10)],
        messages: [
          { id: 'f', direction: 'outbound', kind: 'follow-up', at: daysAgo(2), applicationId: 'a' },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'an offer came after the interview',
      search: buildSearch({
        applications: [{ ...app, stage: 'offer' }],
        interviews: [interview('i', 10)],
        offers: [{ id: 'o', applicationId: 'a', receivedAt: daysAgo(3), status: 'pending' }],
      }),
      status: 'passed',
    },
    {
      name: 'another round is scheduled',
      search: buildSearch({
        applications: [app],
        interviews: [interview('i1', 10), interview('i2', -2)],
      }),
      status: 'not-applicable',
    },
    {
      name: 'the application is closed',
      search: buildSearch({
        applications: [{ ...app, stage: 'rejected' }],
        interviews: [interview('i', 10)],
      }),
      status: 'not-applicable',
    },
  ],
});
