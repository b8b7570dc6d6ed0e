import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, spread } from '../../../test/helpers/search';
import { createAdvisor, evaluateSearch } from '../../index';
import { singleBasket } from './rule';

/** A search holding one pending offer from Top, expiring in `days` days, plus `others`. */
const holding = (days: number | undefined, ...others: Record<string, unknown>[]) =>
  buildSearch({
    applications: [applied('o', 'top', 30, { stage: 'offer' }), ...others],
    offers: [
      {
        id: 'offer',
        applicationId: 'o',
        receivedAt: daysAgo(2),
        status: 'pending',
        ...(days === undefined ? {} : { expiresAt: daysAgo(-days) }),
      },
    ],
  });

ruleTester.run(singleBasket, {
  asOf: AS_OF,
  fires: [
    {
      name: 'one company, nothing sent for a week, is critical',
      search: buildSearch({ applications: spread(1, 7) }),
      advice: [{ subjects: ['search'], severity: 'critical' }],
    },
    {
      // The first application went out this week: thin, not yet stalled.
      name: 'one company, applied 6 days ago, is high',
      search: buildSearch({ applications: spread(1, 6) }),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'four companies is high',
      search: buildSearch({ applications: spread(4, 3) }),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      // Enough companies: the narrowness is one favourite, a lesser worry than few companies.
      // Five applications in ten days is 3.5 a week, below the planned 5.
      name: 'five companies, one interviewing carries most of the chance, applying slowed: medium',
      search: buildSearch({
        applications: [
          ...spread(4, 10),
          applied('top', 'top', 10, { stage: 'final-round', interest: 5 }),
        ],
      }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'top company share at the limit',
      search: buildSearch({
        applications: [...spread(5, 10), applied('top', 'top', 10, { stage: 'screening' })],
      }),
      options: { maxTopCompanyShare: 0.61 },
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'while deciding: the only offer lapses within 3 days and nothing else is live (medium)',
      search: holding(2),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'while deciding: the window is an option',
      search: holding(5),
      options: { offerExpiresWithinDays: 6 },
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'two applications at one company count as one company',
      search: buildSearch({ applications: [...spread(4, 10), applied('again', 'c0', 10)] }),
      options: { maxTopCompanyShare: 1 },
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'minCompanies is an option',
      search: buildSearch({ applications: spread(6, 10) }),
      options: { minCompanies: 7 },
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      // Five sent this week meet the planned 5 a week: narrow but growing.
      name: 'four companies with applying on pace: medium',
      search: buildSearch({ applications: [...spread(4, 3), applied('again', 'c0', 3)] }),
      options: { maxTopCompanyShare: 1 },
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'three companies on pace, the fewest that eases it: medium',
      search: buildSearch({
        applications: [...spread(3, 3), applied('b', 'c0', 3), applied('c', 'c1', 3)],
      }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'two companies on pace, just too few to ease it: high',
      search: buildSearch({
        applications: [
          ...spread(2, 3),
          applied('b', 'c0', 3),
          applied('c', 'c1', 3),
          applied('d', 'c0', 3),
        ],
      }),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'four companies, four sent this week, just below the pace: high',
      search: buildSearch({ applications: spread(4, 3) }),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'the companies from which applying on pace eases it are an option',
      search: buildSearch({ applications: [...spread(4, 3), applied('again', 'c0', 3)] }),
      options: { onPaceMinCompanies: 5 },
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
  ],
  quiet: [
    {
      name: 'five companies with similar chances',
      search: buildSearch({ applications: spread(5, 3) }),
      status: 'passed',
    },
    {
      // Screening (0.08) against five fresh cold applications (0.01 each): a share of 0.615.
      name: 'top company share just below the limit',
      search: buildSearch({
        applications: [...spread(5, 10), applied('top', 'top', 10, { stage: 'screening' })],
      }),
      options: { maxTopCompanyShare: 0.62 },
      status: 'passed',
    },
    { name: 'nothing applied yet', search: buildSearch({}), status: 'not-applicable' },
    {
      // The same favourite, but five applications in three days: applying is on pace.
      name: 'five companies, one carries most of the chance, while applying on pace',
      search: buildSearch({
        applications: [...spread(4, 3), applied('top', 'top', 3, { stage: 'final-round' })],
      }),
      status: 'passed',
    },
    {
      // The deadline is the end of that day: 3.99 days away, just past the 3-day window.
      name: 'while deciding: the offer lapses just after the window',
      search: holding(3),
      status: 'passed',
    },
    {
      name: 'while deciding: another company is still live',
      search: holding(2, applied('a', 'acme', 3)),
      status: 'passed',
    },
    {
      name: 'while deciding: an offer without a deadline',
      search: holding(undefined),
      status: 'passed',
    },
    {
      name: 'an accepted offer ends the search',
      search: buildSearch({
        applications: [applied('a', 'acme', 30, { stage: 'accepted' })],
        offers: [{ id: 'o', applicationId: 'a', receivedAt: '2026-11-01', status: 'accepted' }],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('single-basket wording', () => {
  const advise = async (search: unknown) => {
    const report = await createAdvisor({
      extends: [{ name: 'under-test', rules: [singleBasket] }],
    }).evaluate(search, { asOf: AS_OF });
    return report.advice[0]?.message ?? '';
  };

  it('names a target of 80% without an article that reads wrongly before it ("a 80%")', async () => {
    const message = await advise(
      buildSearch({
        candidate: { goals: { offerProbability: 0.8 } },
        applications: spread(4, 3),
      }),
    );
    expect(message).toMatch(/At 5 a week your chance would reach 80% in about \d+ weeks/);
    expect(message).not.toMatch(/\ba \d+%/);
  });

  it('says one company carries the chance, without calling six companies too few', async () => {
    const message = await advise(
      buildSearch({
        applications: [...spread(5, 10), applied('top', 'top', 10, { stage: 'final-round' })],
      }),
    );
    expect(message).toMatch(
      /^Your search rests on Top: it carries \d+% of your chance of an offer, across 6 companies\./,
    );
    expect(message).not.toContain('only');
    expect(message).not.toContain('aiming for');
  });

  it('counts the companies when there are too few, and gives a weekly plan, not a pile', async () => {
    const message = await advise(buildSearch({ applications: spread(4, 3) }));
    expect(message).toContain('Your open applications are at only 4 companies');
    expect(message).toContain('aiming for 5 companies or more');
    expect(message).toMatch(/At 5 a week your chance would reach 50% in about \d+ weeks/);
    expect(message).toContain('a referral counts like about 6 cold applications');
    expect(message).not.toMatch(/\d+ more cold applications/);
    // What the cited interview rates support; nobody measured how many get no answer at all.
    expect(message).toContain('Most applications never lead to an interview: keep applying');
    expect(message).not.toContain('never get an answer');
  });

  it('suggests asking a contact who works at the one company', async () => {
    const message = await advise(
      buildSearch({
        contacts: [{ id: 'k', name: 'Kim', companyId: 'top' }],
        applications: [applied('a', 'top', 3)],
      }),
    );
    expect(message).toContain('You know Kim at Top: ask them how things look from the inside.');
  });

  it('takes in the network advice, so asking for a referral is said once', async () => {
    // Ten cold applications at two companies, no screens: both rules find the search narrow.
    const search = buildSearch({
      contacts: [{ id: 'k', name: 'Kim', companyId: 'top' }],
      applications: [
        ...Array.from({ length: 9 }, (_, i) => applied(`t${i}`, 'top', 12, { role: `Role ${i}` })),
        applied('o', 'other', 12),
      ],
    });
    const report = await evaluateSearch(search, { asOf: AS_OF });
    const ids = report.advice.map((a) => a.ruleId);
    expect(ids).toContain('single-basket');
    expect(ids).not.toContain('network-underused');
    expect(report.outcomes.find((o) => o.ruleId === 'network-underused')).toMatchObject({
      status: 'advice',
      mergedInto: 'single-basket',
    });
  });

  it('says many different roles at one employer can look unfocused, from three', async () => {
    const roles = (n: number) =>
      Array.from({ length: n }, (_, i) => applied(`r${i}`, 'top', 3, { role: `Role ${i}` }));
    expect(await advise(buildSearch({ applications: roles(3) }))).toContain(
      'You applied there as Role 0, Role 1 and Role 2; many roles at one employer can look unfocused',
    );
    expect(await advise(buildSearch({ applications: roles(2) }))).not.toContain('unfocused');
  });

  it('while deciding, speaks of the lapsing offer rather than of companies', async () => {
    const message = await advise(holding(2));
    expect(message).toBe(
      'Your offer from Top lapses on 2026-11-27 and nothing else is live: if you turn it down or it falls through, you start again from nothing. Send a few applications now.',
    );
  });
});
