import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, instantAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
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

describe('offer-deadline-imminent wording', () => {
  it('asks for a decision and, as a separate step, for more time: never both in one step', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [offerDeadlineImminent] }],
    });
    const search = buildSearch({ applications: [app], offers: [offer(1)] });
    const [advice] = (await advisor.evaluate(search, { asOf: AS_OF })).advice;
    expect(advice?.actions.map((a) => [a.kind, a.label])).toEqual([
      ['answer-offer', 'Accept or decline the Analyst offer from Acme'],
      ['ask-extension', 'If you need time, ask Acme for a few more days'],
    ]);
  });
});
