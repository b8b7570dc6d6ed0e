import { describe, expect, it } from 'vitest';
import { restrictToAsOf } from '../../src/facts/as-of';
import { evaluateSearch, parseSearch } from '../../src/index';

const input = {
  companies: [
    { id: 'c1', name: 'One' },
    { id: 'c2', name: 'Two' },
  ],
  contacts: [{ id: 'p', name: 'Pat', companyId: 'c2' }],
  applications: [
    {
      id: 'early',
      companyId: 'c1',
      role: 'R',
      channel: 'job-board',
      stage: 'interviewing',
      appliedAt: '2026-10-01',
    },
    {
      id: 'tracked',
      companyId: 'c1',
      role: 'R',
      channel: 'referral',
      stage: 'rejected',
      savedAt: '2026-10-01',
      appliedAt: '2026-10-10',
      referralId: 'ref',
      stageHistory: [
        { stage: 'applied', at: '2026-10-10' },
        { stage: 'screening', at: '2026-10-20' },
        { stage: 'rejected', at: '2026-11-05' },
      ],
    },
    {
      id: 'late',
      companyId: 'c2',
      role: 'R',
      channel: 'job-board',
      stage: 'applied',
      appliedAt: '2026-11-20',
    },
    {
      id: 'saved-first',
      companyId: 'c2',
      role: 'R',
      channel: 'job-board',
      stage: 'offer',
      savedAt: '2026-10-01',
      appliedAt: '2026-10-20',
    },
    { id: 'undated', companyId: 'c2', role: 'R', channel: 'job-board', stage: 'saved' },
  ],
  referrals: [
    {
      id: 'ref',
      contactId: 'p',
      companyId: 'c1',
      requestedAt: '2026-10-05',
      status: 'applied',
      updatedAt: '2026-10-10',
      applicationId: 'tracked',
    },
    {
      id: 'ref-late',
      contactId: 'p',
      companyId: 'c2',
      requestedAt: '2026-11-10',
      status: 'requested',
    },
  ],
  messages: [
    {
      id: 'm1',
      direction: 'inbound',
      kind: 'outreach',
      at: '2026-10-12',
      repliedAt: '2026-10-20',
      applicationId: 'early',
    },
    { id: 'm2', direction: 'outbound', kind: 'follow-up', at: '2026-11-21', applicationId: 'late' },
    {
      id: 'm3',
      direction: 'outbound',
      kind: 'referral-request',
      at: '2026-10-04',
      referralId: 'ref-late',
      applicationId: 'late',
    },
  ],
  interviews: [
    { id: 'i1', applicationId: 'early', at: '2026-10-25', completed: true },
    { id: 'i2', applicationId: 'saved-first', at: '2026-10-30', completed: true },
  ],
  offers: [
    {
      id: 'o1',
      applicationId: 'saved-first',
      receivedAt: '2026-11-10',
      status: 'expired',
      expiresAt: '2026-11-20',
    },
  ],
};

describe('restrictToAsOf', () => {
  const search = parseSearch(input);
  const before = JSON.stringify(search);
  const at = (day: string) => restrictToAsOf(search, new Date(`${day}T00:00:00Z`));
  const stages = (day: string) =>
    Object.fromEntries(at(day).applications.map((a) => [a.id, a.stage]));

  it('drops what was recorded later and undoes later replies and updates', () => {
    const then = at('2026-10-15');
    expect(then.applications.map((a) => a.id)).toEqual([
      'early',
      'tracked',
      'saved-first',
      'undated',
    ]);
    expect(then.messages.map((m) => m.id)).toEqual(['m1', 'm3']);
    expect(then.messages[0]?.repliedAt).toBeUndefined();
    // References to records that did not exist yet are removed, so the search stays consistent.
    expect(then.messages[1]).not.toHaveProperty('applicationId');
    expect(then.messages[1]).not.toHaveProperty('referralId');
    expect(then.referrals.map((r) => r.id)).toEqual(['ref']);
    expect(then.offers).toEqual([]);
    expect(then.applications.find((a) => a.id === 'saved-first')).not.toHaveProperty('appliedAt');
  });

  it('takes each stage from stage history, or from the records of the time', () => {
    expect(stages('2026-10-15')).toEqual({
      early: 'applied',
      tracked: 'applied',
      'saved-first': 'saved',
      undated: 'saved',
    });
    expect(stages('2026-10-26')).toMatchObject({
      early: 'interviewing',
      tracked: 'screening',
      'saved-first': 'applied',
    });
    expect(stages('2026-11-12')).toMatchObject({
      early: 'interviewing',
      tracked: 'rejected',
      'saved-first': 'offer',
    });
    expect(at('2026-11-12').offers[0]?.status).toBe('pending');
    expect(at('2026-11-25').offers[0]?.status).toBe('expired');
    expect(stages('2026-11-25')).toMatchObject({ late: 'applied' });
  });

  it('drops later interviews and leaves a referral as requested until its update', () => {
    const then = at('2026-10-08');
    expect(then.interviews).toEqual([]);
    expect(at('2026-10-26').interviews.map((i) => i.id)).toEqual(['i1']);
    expect(then.referrals[0]?.status).toBe('requested');
    expect(then.referrals[0]).not.toHaveProperty('updatedAt');
    expect(at('2026-10-03').applications.find((a) => a.id === 'tracked')).not.toHaveProperty(
      'referralId',
    );
  });

  it('never changes the search given', () => {
    at('2026-10-15');
    expect(JSON.stringify(search)).toBe(before);
  });

  it('lets an evaluation ignore later records when asked, and report them as data gaps otherwise', async () => {
    const asOf = '2026-10-15';
    const plain = await evaluateSearch(input, { asOf });
    const then = await evaluateSearch(input, { asOf, ignoreLaterRecords: true });
    expect(plain.advice.some((a) => a.ruleId === 'data-gaps')).toBe(true);
    expect(then.advice.filter((a) => a.ruleId === 'data-gaps').map((a) => a.message)).toEqual([]);
    expect(then.metrics.totalApplications).toBe(2);
  });
});
