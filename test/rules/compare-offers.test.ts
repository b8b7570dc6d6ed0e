import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/index';
import { compareOffers } from '../../src/rules/compare-offers';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../helpers/search';

const offerApp = (id: string, companyId: string, interest?: number) =>
  applied(id, companyId, 30, { stage: 'offer', ...(interest ? { interest } : {}) });
const offer = (id: string, applicationId: string, expiresIn?: number) => ({
  id,
  applicationId,
  receivedAt: daysAgo(2),
  status: 'pending',
  ...(expiresIn === undefined ? {} : { expiresAt: daysAgo(-expiresIn) }),
});

ruleTester.run(compareOffers, {
  asOf: AS_OF,
  fires: [
    {
      name: 'two open offers: one advice naming both',
      search: buildSearch({
        applications: [offerApp('a', 'acme'), offerApp('b', 'bolt')],
        offers: [offer('oa', 'a', 4), offer('ob', 'b')],
      }),
      advice: [{ subjects: ['oa', 'ob'], severity: 'medium' }],
    },
  ],
  quiet: [
    {
      name: 'one open offer',
      search: buildSearch({ applications: [offerApp('a', 'acme')], offers: [offer('oa', 'a')] }),
      status: 'passed',
    },
    {
      // Past its deadline, the second offer no longer counts as open.
      name: 'the second offer has lapsed',
      search: buildSearch({
        applications: [offerApp('a', 'acme'), offerApp('b', 'bolt')],
        offers: [offer('oa', 'a', 4), offer('ob', 'b', -1)],
      }),
      status: 'passed',
    },
    {
      name: 'another offer was accepted',
      search: (() => {
        const hired = acceptedOffer();
        return buildSearch({
          applications: [offerApp('a', 'acme'), offerApp('b', 'bolt'), hired.application],
          offers: [offer('oa', 'a'), offer('ob', 'b'), hired.offer],
        });
      })(),
      status: 'not-applicable',
    },
  ],
});

describe('compare-offers wording', () => {
  const evaluate = (search: unknown) =>
    createAdvisor({ extends: [{ name: 'under-test', rules: [compareOffers] }] }).evaluate(search, {
      asOf: AS_OF,
    });

  it('gives the first deadline, the preferred offer and what to ask each', async () => {
    const [advice] = (
      await evaluate(
        buildSearch({
          applications: [offerApp('a', 'acme', 5), offerApp('b', 'bolt', 3)],
          offers: [offer('oa', 'a', 4), offer('ob', 'b', 2)],
        }),
      )
    ).advice;
    expect(advice?.message).toBe(
      'You have offers for the Analyst role at Acme and the Analyst role at Bolt, and the first deadline is 2026-11-27. You rated Acme highest; check that the others do not beat it on what matters most to you. Ask each employer for whatever you still need to compare them (the full package in writing, the team you would join, the start date) and decide before the first deadline, or ask for a few more days early.',
    );
    expect(advice?.actions.map((a) => [a.label, a.due])).toEqual([
      [
        'Ask Acme what you still need to know about the Analyst offer before 2026-11-29',
        '2026-11-27',
      ],
      [
        'Ask Bolt what you still need to know about the Analyst offer before 2026-11-27',
        '2026-11-27',
      ],
    ]);
    expect(advice?.message).not.toContain('you choose');
  });

  it('without ratings, lists what to weigh', async () => {
    const [advice] = (
      await evaluate(
        buildSearch({
          applications: [offerApp('a', 'acme', 4), offerApp('b', 'bolt', 4)],
          offers: [offer('oa', 'a'), offer('ob', 'b')],
        }),
      )
    ).advice;
    expect(advice?.message).toContain(
      'Rank them on what matters most to you: the work, the team, pay and benefits, growth, and location.',
    );
    expect(advice?.message).not.toContain('first deadline is');
  });
});
