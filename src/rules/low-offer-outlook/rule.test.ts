import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, spread } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { lowOfferOutlook } from './rule';

// An interviewing application carries a chance of exactly 0.25 by default.
const interviewing = applied('a', 'acme', 3, { stage: 'interviewing' });
const withGoal = (offerProbability: number, applications: unknown[]) =>
  buildSearch({ candidate: { goals: { offerProbability } }, applications });

/**
 * A search started three weeks ago with `n` applications at different companies spread over
 * those weeks (one a day from yesterday back), the first `interviews` of them interviewing.
 */
const threeWeeks = (n: number, interviews = 0, weeklyApplications?: number) =>
  buildSearch({
    candidate: {
      searchStartedAt: daysAgo(21),
      ...(weeklyApplications === undefined ? {} : { goals: { weeklyApplications } }),
    },
    applications: Array.from({ length: n }, (_, i) =>
      applied(`a${i}`, `c${i}`, (i % 20) + 1, i < interviews ? { stage: 'interviewing' } : {}),
    ),
  });

/**
 * A search started three weeks ago: `lastWeek` applications sent yesterday and `earlier` ones 8
 * to 20 days ago, at different companies, the first `interviews` of them interviewing.
 */
const paced = (lastWeek: number, earlier: number, interviews = 0, weeklyApplications?: number) =>
  buildSearch({
    candidate: {
      searchStartedAt: daysAgo(21),
      ...(weeklyApplications === undefined ? {} : { goals: { weeklyApplications } }),
    },
    applications: Array.from({ length: lastWeek + earlier }, (_, i) =>
      applied(
        `a${i}`,
        `c${i}`,
        i < lastWeek ? 1 : 8 + (i % 13),
        i < interviews ? { stage: 'interviewing' } : {},
      ),
    ),
  });

ruleTester.run(lowOfferOutlook, {
  asOf: AS_OF,
  fires: [
    {
      // 15 applications in 3 weeks is 5 a week: growing on pace, so low, below the even chance.
      name: 'on pace with 15 open applications and an interview running: low',
      search: threeWeeks(15, 1),
      advice: [{ subjects: ['search'], severity: 'low' }],
    },
    {
      name: 'just below the pace (14 in 3 weeks, 4 in the last 7 days) with many live companies: medium',
      search: paced(4, 10, 1),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'a last week that met the pace counts as on pace (5 of 9 in 3 weeks): low',
      search: paced(5, 4, 1),
      advice: [{ subjects: ['search'], severity: 'low' }],
    },
    {
      name: 'a last week just short of the pace (4 of 9 in 3 weeks): medium',
      search: paced(4, 5, 1),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'below the pace and thin (2 live companies): high',
      search: threeWeeks(2),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'below the pace with 3 live companies, just not thin: medium',
      search: threeWeeks(3),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: "the candidate's own weekly goal sets the pace (2 a week, 3 in 3 weeks, 1 last week): medium",
      search: paced(1, 2, 0, 2),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: "a last week that met the candidate's own goal (2 a week, 2 last week): low",
      search: paced(2, 1, 0, 2),
      advice: [{ subjects: ['search'], severity: 'low' }],
    },
    {
      name: "on the candidate's own pace (1 a week, 3 in 3 weeks): low",
      search: threeWeeks(3, 0, 1),
      advice: [{ subjects: ['search'], severity: 'low' }],
    },
    {
      // 1 application a week; 2 more at 1% lift 25% to 26%: two weeks away.
      name: "a chance just below the candidate's own target, two weeks away at the recent pace",
      search: withGoal(0.26, [interviewing]),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'the minimum pipeline is an option',
      search: buildSearch({ applications: spread(3, 3) }),
      options: { minActiveApplications: 3 },
      advice: [{ subjects: ['search'] }],
    },
  ],
  quiet: [
    {
      // One more application at 1% lifts 25% to 25.5%: the recent pace gets there within a week.
      name: 'a target the recent pace reaches within a week',
      search: withGoal(0.255, [interviewing]),
      status: 'passed',
    },
    {
      name: 'the weeks within which the gap counts as closing are an option',
      search: withGoal(0.26, [interviewing]),
      options: { quietWithinWeeks: 2 },
      status: 'passed',
    },
    {
      name: 'a chance exactly at the target',
      search: withGoal(0.25, [interviewing]),
      status: 'passed',
    },
    {
      // 13 cold at 1% and 2 interviews at 25% each: just over an even chance.
      name: 'a healthy search with two interviews reaches the default even chance',
      search: threeWeeks(15, 2),
      status: 'passed',
    },
    {
      name: 'nothing applied yet (no-recent-applications says to start)',
      search: buildSearch({ candidate: { searchStartedAt: '2026-11-01' } }),
      status: 'not-applicable',
    },
    {
      name: 'only saved postings',
      search: buildSearch({ applications: [applied('a', 'acme', 3, { stage: 'saved' })] }),
      status: 'not-applicable',
    },
    {
      name: 'fewer open applications than the option asks for',
      search: buildSearch({ applications: spread(2, 3) }),
      options: { minActiveApplications: 3 },
      status: 'passed',
    },
    {
      name: 'an offer is pending',
      search: buildSearch({
        applications: [applied('a', 'acme', 30, { stage: 'offer' }), applied('b', 'globex', 3)],
        offers: [{ id: 'o', applicationId: 'a', receivedAt: '2026-11-20', status: 'pending' }],
      }),
      status: 'not-applicable',
    },
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [applied('a', 'acme', 30, { stage: 'accepted' })],
        offers: [{ id: 'o', applicationId: 'a', receivedAt: '2026-11-20', status: 'accepted' }],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('low-offer-outlook wording', () => {
  const advisor = createAdvisor({ extends: [{ name: 'under-test', rules: [lowOfferOutlook] }] });

  it('turns the gap into weeks at the recent pace, never a pile of applications', async () => {
    // Five cold applications sent 3 days ago: 5 a week; 64 more at 1% reach an even chance.
    const report = await advisor.evaluate(buildSearch({ applications: spread(5, 3) }), {
      asOf: AS_OF,
    });
    const { offerOutlook } = report.metrics;
    expect(offerOutlook.weeklyPace).toBe(5);
    expect(offerOutlook.weeksToTarget).toBe(13);
    expect(offerOutlook.targetReachedBy).toBe('2027-02-24');
    expect(report.advice[0]?.message).toBe(
      'With 5 open applications, your rough chance of at least one offer from what is open now is 5%, below the 50% you aim for. At the pace of your last 7 days (5 applications, about 5 a week), you would reach it in about 13 weeks (around 2027-02-24), if what is open stays open. Each referral counts like about 6 cold applications, so asking people you know is the quickest way to close the gap.',
    );
    expect(report.advice[0]?.actions.map((a) => a.due)).toEqual(['2026-12-02', '2026-12-02']);
  });

  it('asks to keep the pace at low, and for more applications once it falls behind', async () => {
    // 15 in 3 weeks is the planned 5 a week (low); 4 last week and 10 before falls short (medium).
    const onPace = await advisor.evaluate(threeWeeks(15, 1), { asOf: AS_OF });
    expect(onPace.advice[0]?.severity).toBe('low');
    expect(onPace.advice[0]?.actions[1]?.label).toBe(
      'Keep to your 5 applications this week, favouring roles where someone can refer you',
    );
    const behind = await advisor.evaluate(paced(4, 10, 1), { asOf: AS_OF });
    expect(behind.advice[0]?.severity).toBe('medium');
    expect(behind.advice[0]?.actions[1]?.label).toBe(
      'Send 5 applications this week, favouring roles where someone can refer you',
    );
  });

  it('adds the planned pace when the recent one is below it', async () => {
    const report = await advisor.evaluate(threeWeeks(3), { asOf: AS_OF });
    const message = report.advice[0]?.message ?? '';
    expect(message).toContain('At the pace of your last 21 days (3 applications, about 1 a week)');
    expect(message).toMatch(/ At 5 a week it would take about \d+ weeks\./);
  });

  it('says the outlook cannot grow when nothing went out in four weeks', async () => {
    const report = await advisor.evaluate(buildSearch({ applications: spread(3, 40) }), {
      asOf: AS_OF,
    });
    expect(report.advice[0]?.message).toContain(
      'Nothing went out in the last four weeks, so the outlook will not grow until applications do.',
    );
    expect(report.advice[0]?.severity).toBe('high');
  });
});
