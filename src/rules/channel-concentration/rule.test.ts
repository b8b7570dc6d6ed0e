import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, spread } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { channelConcentration } from './rule';

/**
 * A search started three weeks ago with `n` job-board applications at different companies, one a
 * day from four days ago back (three in the last week), the first of them interviewing: on the
 * planned 5 a week from n = 15.
 */
const threeWeeks = (n: number) =>
  buildSearch({
    candidate: { searchStartedAt: daysAgo(21) },
    applications: Array.from({ length: n }, (_, i) =>
      applied(`a${i}`, `c${i}`, (i % 20) + 4, i === 0 ? { stage: 'interviewing' } : {}),
    ),
  });

/** `board` job-board applications and `referred` referral ones, all sent `days` ago. */
const mix = (board: number, referred: number, days = 5) =>
  buildSearch({
    applications: [
      ...spread(board, days),
      ...Array.from({ length: referred }, (_, i) =>
        applied(`r${i}`, `r${i}`, days, { channel: 'referral' }),
      ),
    ],
  });

ruleTester.run(channelConcentration, {
  asOf: AS_OF,
  fires: [
    {
      name: 'five applications at three companies, all through job boards',
      search: buildSearch({
        applications: [...spread(3, 5), applied('x', 'c0', 5), applied('y', 'c1', 5)],
      }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'interviews under way and applying on pace (15 in 3 weeks): low',
      search: threeWeeks(15),
      advice: [{ subjects: ['search'], severity: 'low' }],
    },
    {
      name: 'interviews under way, just below the pace (14 in 3 weeks): medium',
      search: threeWeeks(14),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'four of five recent applications through job boards (80%)',
      search: mix(4, 1),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'five of five, at the minimum count',
      search: mix(5, 0),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'concentration on referrals counts too',
      search: mix(0, 6),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'the share and the minimum count are options',
      search: mix(2, 1),
      options: { maxChannelShare: 0.6, minRecentApplications: 3 },
      advice: [{ subjects: ['search'] }],
    },
  ],
  quiet: [
    {
      // Two companies: the narrowness is one of companies, single-basket's advice.
      name: 'every application at two companies',
      search: buildSearch({
        applications: Array.from({ length: 5 }, (_, i) =>
          applied(`k${i}`, i % 2 === 0 ? 'c0' : 'c1', 5),
        ),
      }),
      status: 'passed',
    },
    { name: 'seven of nine (78%) is just below the share', search: mix(7, 2), status: 'passed' },
    {
      name: 'a share just below a raised limit',
      search: mix(4, 1),
      options: { maxChannelShare: 0.81 },
      status: 'passed',
    },
    { name: 'four of four is too few to judge', search: mix(4, 0), status: 'passed' },
    {
      name: 'applications older than 30 days do not count',
      search: mix(5, 0, 30),
      status: 'passed',
    },
    {
      name: 'an offer is pending',
      search: buildSearch({
        applications: [...spread(5, 5), applied('o', 'acme', 20, { stage: 'offer' })],
        offers: [{ id: 'o1', applicationId: 'o', receivedAt: daysAgo(2), status: 'pending' }],
      }),
      status: 'not-applicable',
    },
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [...spread(5, 5), applied('o', 'acme', 20, { stage: 'accepted' })],
        offers: [{ id: 'o1', applicationId: 'o', receivedAt: daysAgo(2), status: 'accepted' }],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('channel-concentration wording', () => {
  it('quotes the share, the count and the channel', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [channelConcentration] }],
    });
    const report = await advisor.evaluate(mix(4, 1), { asOf: AS_OF });
    expect(report.advice[0]?.message).toContain(
      '80% of your 5 applications in the last 30 days went through the same channel (job boards).',
    );
  });
});
