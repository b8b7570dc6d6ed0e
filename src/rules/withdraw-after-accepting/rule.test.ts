import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { withdrawAfterAccepting } from './rule';

const hired = acceptedOffer('vista');
/** A search with the accepted offer at Vista, these other applications and interviews. */
const afterAccepting = (others: Record<string, unknown>[], interviews: unknown[] = []) =>
  buildSearch({
    applications: [hired.application, ...others],
    offers: [hired.offer],
    interviews,
  });
const interview = (id: string, applicationId: string, days: number) => ({
  id,
  applicationId,
  at: daysAgo(-days),
});

ruleTester.run(withdrawAfterAccepting, {
  asOf: AS_OF,
  fires: [
    {
      name: 'an offer accepted, one application still open elsewhere (medium)',
      search: afterAccepting([applied('a', 'arc', 20)]),
      advice: [{ subjects: ['a'], severity: 'medium' }],
    },
    {
      name: 'an interview scheduled there makes it high',
      search: afterAccepting(
        [applied('a', 'arc', 20, { stage: 'final-round' })],
        [interview('i', 'a', 2)],
      ),
      advice: [{ subjects: ['a'], severity: 'high' }],
    },
    {
      name: 'an interview already held does not',
      search: afterAccepting(
        [applied('a', 'arc', 20, { stage: 'interviewing' })],
        [interview('i', 'a', -2)],
      ),
      advice: [{ subjects: ['a'], severity: 'medium' }],
    },
    {
      name: 'each open application is a subject, grouped by severity',
      search: afterAccepting(
        [applied('a', 'arc', 20), applied('b', 'bolt', 10), applied('c', 'cove', 5)],
        [interview('i', 'c', 1)],
      ),
      advice: [
        { subjects: ['c'], severity: 'high' },
        { subjects: ['a', 'b'], severity: 'medium' },
      ],
    },
    {
      name: 'an offer elsewhere that has lapsed leaves an application to withdraw from',
      search: buildSearch({
        applications: [hired.application, applied('o', 'arc', 30, { stage: 'offer' })],
        offers: [
          hired.offer,
          {
            id: 'p',
            applicationId: 'o',
            receivedAt: daysAgo(9),
            expiresAt: daysAgo(1),
            status: 'pending',
          },
        ],
      }),
      advice: [{ subjects: ['o'], severity: 'medium' }],
    },
  ],
  quiet: [
    {
      // decline-offer-after-accepting asks to decline the offer instead.
      name: 'an offer still open elsewhere is declined, not withdrawn from',
      search: buildSearch({
        applications: [hired.application, applied('o', 'arc', 30, { stage: 'offer' })],
        offers: [
          hired.offer,
          { id: 'p', applicationId: 'o', receivedAt: daysAgo(2), status: 'pending' },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'another open role at the company you joined',
      search: afterAccepting([applied('v2', 'vista', 20)]),
      status: 'passed',
    },
    {
      name: 'no other open application',
      search: afterAccepting([
        applied('a', 'arc', 40, { stage: 'rejected' }),
        applied('b', 'bolt', 30, { stage: 'withdrawn' }),
      ]),
      status: 'not-applicable',
    },
    {
      name: 'a saved posting is not an application to withdraw',
      search: afterAccepting([applied('s', 'arc', 0, { stage: 'saved', appliedAt: undefined })]),
      status: 'not-applicable',
    },
    {
      name: 'before an offer is accepted',
      search: buildSearch({
        applications: [applied('a', 'arc', 20), applied('o', 'vista', 30, { stage: 'offer' })],
        offers: [{ id: 'p', applicationId: 'o', receivedAt: daysAgo(2), status: 'pending' }],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('withdraw-after-accepting wording', () => {
  const evaluate = (search: unknown) =>
    createAdvisor({ extends: [{ name: 'under-test', rules: [withdrawAfterAccepting] }] }).evaluate(
      search,
      { asOf: AS_OF },
    );

  it('asks to withdraw before a scheduled interview, due the day before it', async () => {
    const search = afterAccepting(
      [applied('a', 'arc', 20, { role: 'Trainer', stage: 'interviewing' })],
      [interview('i', 'a', 2)],
    );
    const [advice] = (await evaluate(search)).advice;
    expect(advice?.message).toBe(
      'You have accepted an offer, but an interview is still booked for the Trainer role at Arc. Write to the employer by the day before to withdraw: thank them for their time and say you have accepted another role, so they can move on and remember you well.',
    );
    expect(advice?.actions).toEqual([
      {
        id: 'withdraw-after-accepting:a:withdraw',
        kind: 'withdraw',
        label:
          'Withdraw from the Trainer role at Arc before your interview on 2026-11-27, with a short thank-you note',
        due: '2026-11-26',
        subject: { kind: 'application', id: 'a' },
      },
    ]);
  });

  it('with the interview tomorrow, the withdrawal is due today', async () => {
    const search = afterAccepting(
      [applied('a', 'arc', 20, { stage: 'interviewing' })],
      [interview('i', 'a', 1)],
    );
    const [advice] = (await evaluate(search)).advice;
    expect(advice?.severity).toBe('high');
    expect(advice?.actions[0]?.due).toBe('2026-11-25');
  });

  it('names every open application, one action each', async () => {
    const search = afterAccepting([applied('a', 'arc', 20), applied('b', 'bolt', 10)]);
    const [advice] = (await evaluate(search)).advice;
    expect(advice?.message).toContain(
      'Congratulations on accepting your offer. Your applications for the Analyst role at Bolt and the Analyst role at Arc are still open. Write to each employer to withdraw:',
    );
    // The most recent application first, in the message as in the steps.
    expect(advice?.actions.map((a) => a.subject?.id)).toEqual(['b', 'a']);
    // No interview scheduled: due within the week rather than undated.
    expect(advice?.actions.map((a) => a.due)).toEqual(['2026-12-02', '2026-12-02']);
  });

  it('with interviews booked at two employers, says so once for both', async () => {
    const search = afterAccepting(
      [applied('a', 'arc', 20), applied('b', 'bolt', 10)],
      [interview('i', 'a', 3), interview('j', 'b', 5)],
    );
    const [advice] = (await evaluate(search)).advice;
    expect(advice?.message).toMatch(
      /^You have accepted an offer, but interviews are still booked for the Analyst role at Bolt and the Analyst role at Arc\. Write to each employer by the day before/,
    );
    expect(advice?.message).not.toContain('Congratulations');
    expect(advice?.actions.map((a) => [a.subject?.id, a.due])).toEqual(
      expect.arrayContaining([
        ['a', '2026-11-27'],
        ['b', '2026-11-29'],
      ]),
    );
  });
});
