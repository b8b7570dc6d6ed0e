import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, spread } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { networkUnderused } from './rule';

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

const warm = (n: number) =>
  Array.from({ length: n }, (_, i) => applied(`w${i}`, `warm${i}`, 5, { channel: 'referral' }));

ruleTester.run(networkUnderused, {
  asOf: AS_OF,
  fires: [
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
      name: 'ten applications, all cold',
      search: buildSearch({ applications: spread(10, 5) }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      // 20 cold at 1% each: about an 18% chance of an offer, below the even chance.
      name: 'twenty cold applications, none screened, outlook below target: high',
      search: buildSearch({ applications: spread(20, 5) }),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'nineteen cold applications, none screened: still medium',
      search: buildSearch({ applications: spread(19, 5) }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      // The screen is also an interview under way, with 20 sent this week: healthy and on pace.
      name: 'twenty cold applications, one of them screened: not high',
      search: buildSearch({
        applications: [...spread(19, 5), applied('s', 'screened', 5, { stage: 'screening' })],
      }),
      advice: [{ subjects: ['search'], severity: 'low' }],
    },
    {
      name: 'twenty cold applications, none screened, outlook at its target: medium',
      search: buildSearch({
        candidate: { goals: { offerProbability: 0.15 } },
        applications: spread(20, 5),
      }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'the count from which silence is high is an option',
      search: buildSearch({ applications: spread(10, 5) }),
      options: { highAfterApplications: 10 },
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'one warm application in eleven is just under 10%',
      search: buildSearch({ applications: [...spread(10, 5), ...warm(1)] }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'closed applications count too',
      search: buildSearch({ applications: spread(10, 40, { stage: 'rejected' }) }),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'thresholds follow the options',
      search: buildSearch({ applications: [...spread(4, 5), ...warm(1)] }),
      options: { minApplications: 5, minWarmShare: 0.25 },
      advice: [{ subjects: ['search'] }],
    },
  ],
  quiet: [
    {
      name: 'just under ten applications',
      search: buildSearch({ applications: spread(9, 5) }),
      status: 'passed',
    },
    {
      name: 'exactly 10% through people',
      search: buildSearch({ applications: [...spread(9, 5), ...warm(1)] }),
      status: 'passed',
    },
    {
      name: 'saved postings are not applications',
      search: buildSearch({ applications: spread(12, 5, { stage: 'saved' }) }),
      status: 'not-applicable',
    },
    {
      name: 'a pending offer',
      search: buildSearch({
        applications: [...spread(10, 5), applied('o', 'acme', 20, { stage: 'offer' })],
        offers: [{ id: 'of', applicationId: 'o', receivedAt: '2026-11-20', status: 'pending' }],
      }),
      status: 'not-applicable',
    },
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [...spread(10, 5), applied('o', 'acme', 20, { stage: 'accepted' })],
        offers: [{ id: 'of', applicationId: 'o', receivedAt: '2026-11-20', status: 'accepted' }],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('network-underused wording', () => {
  const advisor = createAdvisor({ extends: [{ name: 'under-test', rules: [networkUnderused] }] });

  it('says none went through a person, gives the outlook when high, and names contacts where she applied', async () => {
    const search = buildSearch({
      applications: spread(20, 5),
      contacts: [
        { id: 'k1', name: 'Omar Haddad', companyId: 'c3' },
        { id: 'k2', name: 'Ann Lee', companyId: 'elsewhere' },
      ],
    });
    const [advice] = (await advisor.evaluate(search, { asOf: AS_OF })).advice;
    expect(advice?.severity).toBe('high');
    expect(advice?.message).toContain(
      'None of your 20 applications went through a person (a referral, a contact or a recruiter); all went in cold.',
    );
    expect(advice?.message).toContain(
      'No application has led to a screening call yet, and your rough chance of an offer from what is open is 18%.',
    );
    expect(advice?.message).toContain(
      'You know Omar Haddad at C3, where you have applied: start there, and ask them to put in a word for you.',
    );
    expect(advice?.message).not.toContain('Ann Lee');
    expect(advice?.message).toContain('look for people at the other companies too.');
    expect(advice?.message).not.toContain('someone who knows someone');
  });

  it('gives the share when some went through a person, and no outlook below high', async () => {
    const search = buildSearch({ applications: [...spread(18, 5), ...warm(1)] });
    const [advice] = (await advisor.evaluate(search, { asOf: AS_OF })).advice;
    expect(advice?.severity).toBe('medium');
    expect(advice?.message).toMatch(
      /^Only 5% of your 19 applications went through a person \(a referral, a contact or a recruiter\); the rest went in cold\./,
    );
    expect(advice?.message).not.toContain('screening call');
    expect(advice?.message).not.toContain('You know');
    expect(advice?.message).toContain('or someone who knows someone, and ask for a referral');
  });
});
