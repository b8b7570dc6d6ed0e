import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor, evaluateSearch } from '../../index';
import { declineOfferAfterAccepting } from './rule';

const hired = acceptedOffer('vista');
/** A pending offer for application `applicationId`, expiring `expiresInDays` from today if given. */
const pending = (id: string, applicationId: string, expiresInDays?: number) => ({
  id,
  applicationId,
  receivedAt: daysAgo(3),
  status: 'pending',
  ...(expiresInDays === undefined ? {} : { expiresAt: daysAgo(-expiresInDays) }),
});
/** The accepted offer at Vista, and these other applications and offers. */
const afterAccepting = (applications: unknown[], offers: unknown[]) =>
  buildSearch({
    applications: [hired.application, ...applications],
    offers: [hired.offer, ...offers],
  });

ruleTester.run(declineOfferAfterAccepting, {
  asOf: AS_OF,
  fires: [
    {
      name: 'an offer accepted, another still pending',
      search: afterAccepting([applied('a', 'arc', 30, { stage: 'offer' })], [pending('p', 'a')]),
      advice: [{ subjects: ['p'], severity: 'medium' }],
    },
    {
      name: 'a pending offer whose deadline is still ahead (tomorrow)',
      search: afterAccepting([applied('a', 'arc', 30, { stage: 'offer' })], [pending('p', 'a', 1)]),
      advice: [{ subjects: ['p'], severity: 'medium' }],
    },
    {
      name: 'two pending offers, one advice',
      search: afterAccepting(
        [applied('a', 'arc', 30, { stage: 'offer' }), applied('b', 'bolt', 30, { stage: 'offer' })],
        [pending('p', 'a'), pending('q', 'b')],
      ),
      advice: [{ subjects: ['p', 'q'], severity: 'medium' }],
    },
  ],
  quiet: [
    {
      name: 'a pending offer whose deadline has passed: nothing left to decline',
      search: afterAccepting(
        [applied('a', 'arc', 30, { stage: 'offer' })],
        [pending('p', 'a', -1)],
      ),
      status: 'passed',
    },
    {
      name: 'no other offer',
      search: afterAccepting([applied('a', 'arc', 30)], []),
      status: 'not-applicable',
    },
    {
      name: 'before any offer is accepted: the offer rules speak instead',
      search: buildSearch({
        applications: [applied('a', 'arc', 30, { stage: 'offer' })],
        offers: [pending('p', 'a')],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('decline-offer-after-accepting wording', () => {
  it('asks to decline the offer, due tomorrow, and nobody is told to withdraw from it', async () => {
    const search = afterAccepting(
      [applied('a', 'arc', 30, { role: 'Trainer', stage: 'offer' })],
      [pending('p', 'a', 10)],
    );
    const report = await evaluateSearch(search, { asOf: AS_OF });
    expect(report.advice.map((a) => a.ruleId)).toEqual(['decline-offer-after-accepting']);
    const [advice] = report.advice;
    expect(advice?.message).toBe(
      'Congratulations on accepting your offer. Your offer for the Trainer role at Arc is still waiting for your answer. Decline it now rather than let it lapse: thank them, say you have accepted another role, so they can turn to their other candidates and remember you well.',
    );
    expect(advice?.actions).toEqual([
      {
        id: 'decline-offer-after-accepting:p:answer-offer',
        kind: 'answer-offer',
        label: 'Decline the Trainer offer from Arc, with a short thank-you note',
        due: '2026-11-26',
        subject: { kind: 'offer', id: 'p' },
      },
    ]);
  });

  it('speaks of each offer when there are several', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [declineOfferAfterAccepting] }],
    });
    const search = afterAccepting(
      [applied('a', 'arc', 30, { stage: 'offer' }), applied('b', 'bolt', 30, { stage: 'offer' })],
      [pending('p', 'a'), pending('q', 'b')],
    );
    const [advice] = (await advisor.evaluate(search, { asOf: AS_OF })).advice;
    expect(advice?.message).toContain(
      'Your offers for the Analyst role at Arc and the Analyst role at Bolt are still waiting for your answer. Decline each now rather than let them lapse:',
    );
  });
});
