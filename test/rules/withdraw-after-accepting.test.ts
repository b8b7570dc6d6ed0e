import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/index';
import { withdrawAfterAccepting } from '../../src/rules/withdraw-after-accepting';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../helpers/search';

const hired = acceptedOffer('vista');
/** A search with the accepted offer at Vista and these other applications. */
const afterAccepting = (...others: Record<string, unknown>[]) =>
  buildSearch({ applications: [hired.application, ...others], offers: [hired.offer] });

ruleTester.run(withdrawAfterAccepting, {
  asOf: AS_OF,
  fires: [
    {
      name: 'an offer accepted, one application still open elsewhere',
      search: afterAccepting(applied('a', 'arc', 20)),
      advice: [{ subjects: ['search'], severity: 'low' }],
    },
    {
      name: 'a process at an interview stage counts too',
      search: afterAccepting(applied('a', 'arc', 20, { stage: 'final-round' })),
      advice: [{ subjects: ['search'] }],
    },
  ],
  quiet: [
    {
      name: 'no other open application',
      search: afterAccepting(
        applied('a', 'arc', 40, { stage: 'rejected' }),
        applied('b', 'bolt', 30, { stage: 'withdrawn' }),
      ),
      status: 'passed',
    },
    {
      name: 'a saved posting is not an application to withdraw',
      search: afterAccepting(applied('s', 'arc', 0, { stage: 'saved', appliedAt: undefined })),
      status: 'passed',
    },
    {
      name: 'another open role at the company you joined',
      search: afterAccepting(applied('v2', 'vista', 20)),
      status: 'passed',
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

  it('names the company still open, once', async () => {
    const search = afterAccepting(
      applied('a', 'arc', 20, { role: 'Trainer' }),
      applied('b', 'arc', 10, { role: 'Coach' }),
    );
    const [advice] = (await evaluate(search)).advice;
    expect(advice?.message).toBe(
      'Congratulations on accepting your offer. Arc still has you in the running. Send them a short, friendly note to withdraw: thank them for their time and say you have accepted another role, so they can move on and remember you well.',
    );
    expect(advice?.actions).toEqual([
      {
        id: 'withdraw-after-accepting:withdraw',
        kind: 'withdraw',
        label: 'Write to Arc to withdraw, with a short thank-you note',
        due: '2026-12-02',
      },
    ]);
  });

  it('lists several companies', async () => {
    const search = afterAccepting(applied('a', 'arc', 20), applied('b', 'bolt', 10));
    const [advice] = (await evaluate(search)).advice;
    expect(advice?.message).toContain(
      'Arc and Bolt still have you in the running. Send each of them a short',
    );
  });
});
