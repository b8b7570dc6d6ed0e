import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { offerNotNegotiated } from './rule';

const app = applied('a', 'acme', 30, { stage: 'offer' });
const offer = (receivedDays: number, extra: Record<string, unknown> = {}) => ({
  id: 'o',
  applicationId: 'a',
  receivedAt: daysAgo(receivedDays),
  status: 'pending',
  ...extra,
});

/** Offers from Acme (interest `a`) and Bolt (interest `b`), both pending, Bolt's negotiated or not. */
const twoOffers = (a?: number, b?: number, boltNegotiated = false) =>
  buildSearch({
    applications: [
      { ...app, ...(a === undefined ? {} : { interest: a }) },
      applied('b', 'bolt', 25, { stage: 'offer', ...(b === undefined ? {} : { interest: b }) }),
    ],
    offers: [
      offer(1, { expiresAt: daysAgo(-5) }),
      {
        id: 'ob',
        applicationId: 'b',
        receivedAt: daysAgo(2),
        status: 'pending',
        negotiated: boltNegotiated,
      },
    ],
  });

ruleTester.run(offerNotNegotiated, {
  asOf: AS_OF,
  fires: [
    {
      name: 'two offers: only the one rated higher',
      search: twoOffers(5, 3),
      advice: [{ subjects: ['o'], severity: 'high' }],
    },
    {
      name: 'two offers rated the same: both',
      search: twoOffers(4, 4),
      advice: [{ subjects: ['o'] }, { subjects: ['ob'] }],
    },
    {
      name: 'two offers, interest not given: both',
      search: twoOffers(),
      advice: [{ subjects: ['o'] }, { subjects: ['ob'] }],
    },
    {
      name: 'an offer received today',
      search: buildSearch({ applications: [app], offers: [offer(0)] }),
      advice: [{ subjects: ['o'], severity: 'high' }],
    },
    {
      name: 'an offer with a deadline ahead',
      search: buildSearch({
        applications: [app],
        offers: [offer(1, { expiresAt: daysAgo(-3), negotiated: false })],
      }),
      advice: [{ subjects: ['o'], severity: 'high' }],
    },
    {
      name: 'the wait is an option',
      search: buildSearch({ applications: [app], offers: [offer(2)] }),
      options: { afterDays: 2 },
      advice: [{ subjects: ['o'] }],
    },
  ],
  quiet: [
    {
      name: 'another offer was accepted',
      search: (() => {
        const hired = acceptedOffer();
        return buildSearch({
          applications: [app, hired.application],
          offers: [offer(0), hired.offer],
        });
      })(),
      status: 'not-applicable',
    },
    {
      name: 'a longer wait set in the options',
      search: buildSearch({ applications: [app], offers: [offer(1)] }),
      options: { afterDays: 2 },
      status: 'passed',
    },
    {
      name: 'already negotiated',
      search: buildSearch({ applications: [app], offers: [offer(3, { negotiated: true })] }),
      status: 'passed',
    },
    {
      name: 'the offer has lapsed: offer-expired-unanswered speaks instead',
      search: buildSearch({ applications: [app], offers: [offer(6, { expiresAt: daysAgo(1) })] }),
      status: 'not-applicable',
    },
    {
      name: 'already accepted',
      search: buildSearch({
        applications: [{ ...app, stage: 'accepted' }],
        offers: [offer(3, { status: 'accepted' })],
      }),
      status: 'not-applicable',
    },
    { name: 'no offers', search: buildSearch({ applications: [app] }), status: 'not-applicable' },
    {
      name: 'the preferred offer is negotiated; the other is rated lower',
      search: buildSearch({
        applications: [
          { ...app, interest: 3 },
          applied('b', 'bolt', 25, { stage: 'offer', interest: 5 }),
        ],
        offers: [
          offer(1),
          {
            id: 'ob',
            applicationId: 'b',
            receivedAt: daysAgo(2),
            status: 'pending',
            negotiated: true,
          },
        ],
      }),
      status: 'passed',
    },
  ],
});

describe('offer-not-negotiated wording', () => {
  const evaluate = (search: unknown) =>
    createAdvisor({ extends: [{ name: 'under-test', rules: [offerNotNegotiated] }] }).evaluate(
      search,
      { asOf: AS_OF },
    );

  it('says which offer to negotiate, and cites what employers say rather than what they expect', async () => {
    const [advice] = (await evaluate(twoOffers(5, 3))).advice;
    expect(advice?.message).toBe(
      'You have not negotiated your offer for the Analyst role at Acme, which expires on 2026-11-30. It is the offer you rate highest, so it is the one to negotiate. About half of employers say their first offer is below what they would pay, so there is often room. Thank them, then ask for something specific (salary, signing bonus, start date or title), backed by market pay data and the competing offer you hold.',
    );
  });

  it('is due on the deadline when the offer names one', async () => {
    const [advice] = (
      await evaluate(
        buildSearch({ applications: [app], offers: [offer(1, { expiresAt: daysAgo(-9) })] }),
      )
    ).advice;
    expect(advice?.actions.map((a) => a.due)).toEqual(['2026-12-04']);
    expect(advice?.message).not.toContain('no deadline');
  });

  it('without a deadline, is still due this week, and says why', async () => {
    const [advice] = (await evaluate(buildSearch({ applications: [app], offers: [offer(4)] })))
      .advice;
    expect(advice?.actions.map((a) => a.due)).toEqual(['2026-11-28']);
    expect(advice?.dueInDays).toBe(3);
    expect(advice?.message).toContain(
      'It names no deadline, but offers commonly leave only a few business days to decide, so raise it this week.',
    );
  });

  it('with one offer, says nothing about others', async () => {
    const [advice] = (await evaluate(buildSearch({ applications: [app], offers: [offer(0)] })))
      .advice;
    expect(advice?.message).not.toContain('rate highest');
    expect(advice?.message).not.toContain('expect a counter');
    expect(advice?.message).not.toContain('competing offer');
  });
});
