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
