import { describe, expect, it } from 'vitest';
import { evaluateSearch } from '../../src/index';
import { AS_OF, applied, buildSearch, daysAgo } from '../helpers/search';

describe('advice on an offer, with the recommended rules', () => {
  it('puts a deadline tomorrow above telling the other companies about the offer', async () => {
    const search = buildSearch({
      applications: [
        applied('a', 'acme', 30, { stage: 'offer' }),
        applied('g', 'globex', 20, { stage: 'final-round' }),
      ],
      offers: [
        {
          id: 'o',
          applicationId: 'a',
          receivedAt: daysAgo(3),
          expiresAt: daysAgo(-1),
          status: 'pending',
        },
      ],
    });
    const report = await evaluateSearch(search, { asOf: AS_OF });
    const ids = report.advice.map((a) => a.ruleId);
    const deadline = ids.indexOf('offer-deadline-imminent');
    const leverage = ids.indexOf('use-offer-leverage');

    expect(deadline).toBeGreaterThanOrEqual(0);
    expect(leverage).toBeGreaterThan(deadline);
    expect(report.advice[deadline]?.severity).toBe('critical');
    expect(report.advice[leverage]?.severity).toBe('high');
    expect(report.advice[deadline]?.actions[0]?.due).toBe('2026-11-26');
    expect(report.advice[leverage]?.message).toContain('Globex');
  });
});

describe('with two offers, choosing comes before negotiating', () => {
  const twoOffers = (osprey: Record<string, unknown>, pebble: Record<string, unknown>) =>
    buildSearch({
      applications: [
        applied('a', 'acme', 30, { stage: 'offer', interest: 5 }),
        applied('b', 'bolt', 25, { stage: 'offer', interest: 3 }),
      ],
      offers: [
        { id: 'oa', applicationId: 'a', receivedAt: daysAgo(4), status: 'pending', ...osprey },
        { id: 'ob', applicationId: 'b', receivedAt: daysAgo(2), status: 'pending', ...pebble },
      ],
    });
  const order = async (search: unknown) =>
    (await evaluateSearch(search, { asOf: AS_OF })).advice
      .filter((a) => a.category === 'offers')
      .map((a) => [a.ruleId, a.severity, a.dueInDays]);

  it('puts comparing first when neither offer names a deadline', async () => {
    expect(await order(twoOffers({}, {}))).toEqual([
      ['compare-offers', 'high', 2],
      ['offer-not-negotiated', 'high', 3],
    ]);
  });

  it('puts comparing first when the preferred offer expires first', async () => {
    expect(await order(twoOffers({ expiresAt: daysAgo(-3) }, {}))).toEqual([
      ['compare-offers', 'high', 2],
      ['offer-not-negotiated', 'high', 3],
    ]);
    // Its deadline tomorrow: the questions are due today, the negotiation tomorrow.
    const tight = await order(twoOffers({ expiresAt: daysAgo(-1) }, { expiresAt: daysAgo(-6) }));
    expect(tight.slice(0, 3)).toEqual([
      ['offer-deadline-imminent', 'critical', 0],
      ['compare-offers', 'high', 0],
      ['offer-not-negotiated', 'high', 1],
    ]);
  });

  it('with one offer, there is nothing to compare and the negotiation leads', async () => {
    const search = buildSearch({
      applications: [applied('a', 'acme', 30, { stage: 'offer', interest: 5 })],
      offers: [{ id: 'oa', applicationId: 'a', receivedAt: daysAgo(4), status: 'pending' }],
    });
    expect(await order(search)).toEqual([['offer-not-negotiated', 'high', 3]]);
  });
});
