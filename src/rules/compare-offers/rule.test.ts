import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { compareOffers } from './rule';

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
      advice: [{ subjects: ['oa', 'ob'], severity: 'high' }],
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
      'You have offers for the Analyst role at Acme and the Analyst role at Bolt, and the first deadline is 2026-11-27. You rated Acme highest; check that the other does not beat it on what matters most to you. Ask each employer for whatever you still need to compare them (the full package in writing, the team you would join, the start date) and decide before the first deadline, or ask for a few more days early.',
    );
    // The first deadline is in two days: the questions are due the day before it.
    expect(advice?.actions.map((a) => [a.label, a.due])).toEqual([
      [
        'Ask Acme what you still need to know about the Analyst offer before 2026-11-29',
        '2026-11-26',
      ],
      [
        'Ask Bolt what you still need to know about the Analyst offer before 2026-11-27',
        '2026-11-26',
      ],
    ]);
    expect(advice?.message).not.toContain('you choose');
  });

  it('with three offers, speaks of the others', async () => {
    const [advice] = (
      await evaluate(
        buildSearch({
          applications: [offerApp('a', 'acme', 5), offerApp('b', 'bolt', 3), offerApp('c', 'cove')],
          offers: [offer('oa', 'a'), offer('ob', 'b'), offer('oc', 'c')],
        }),
      )
    ).advice;
    expect(advice?.message).toContain(
      'You rated Acme highest; check that the others do not beat it on what matters most to you.',
    );
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

describe('compare-offers due date: within two days, and before the first deadline', () => {
  const dueWith = async (expiresIn: (number | undefined)[]) => {
    const report = await createAdvisor({
      extends: [{ name: 'under-test', rules: [compareOffers] }],
    }).evaluate(
      buildSearch({
        applications: expiresIn.map((_, i) => offerApp(`a${i}`, `co${i}`)),
        offers: expiresIn.map((days, i) => offer(`o${i}`, `a${i}`, days)),
      }),
      { asOf: AS_OF },
    );
    const advice = report.advice[0];
    return { dues: advice?.actions.map((a) => a.due), dueInDays: advice?.dueInDays };
  };

  it('without deadlines, in two days', async () => {
    expect(await dueWith([undefined, undefined])).toEqual({
      dues: ['2026-11-27', '2026-11-27'],
      dueInDays: 2,
    });
  });

  it('with the first deadline three days away, still in two days (the day before it)', async () => {
    expect((await dueWith([3, undefined])).dues).toEqual(['2026-11-27', '2026-11-27']);
    expect((await dueWith([12, 30])).dues).toEqual(['2026-11-27', '2026-11-27']);
  });

  it('with the first deadline two days away, the day before it', async () => {
    expect((await dueWith([2, undefined, 9])).dues).toEqual([
      '2026-11-26',
      '2026-11-26',
      '2026-11-26',
    ]);
  });

  it('with the first deadline tomorrow, today, never in the past', async () => {
    expect(await dueWith([1, 5])).toEqual({ dues: ['2026-11-25', '2026-11-25'], dueInDays: 0 });
    // An offer expiring today is open until the end of the day.
    expect(await dueWith([0, 5])).toEqual({ dues: ['2026-11-25', '2026-11-25'], dueInDays: 0 });
  });
});
