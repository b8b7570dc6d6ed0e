import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/index';
import { belowWeeklyTarget } from '../../src/rules/below-weekly-target';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, spread } from '../helpers/search';

/** A search started `age` days ago with `n` applications sent yesterday. */
const week = (n: number, age = 7, goals: Record<string, unknown> = {}) =>
  buildSearch({
    candidate: { searchStartedAt: daysAgo(age), goals },
    applications: spread(n, 1),
  });

ruleTester.run(belowWeeklyTarget, {
  asOf: AS_OF,
  fires: [
    {
      name: 'four applications against the default five, a week into the search',
      search: week(4),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'a single application this week still counts as below the goal',
      search: week(1),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: "the candidate's own goal replaces the default",
      search: week(7, 7, { weeklyApplications: 8 }),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'the age of the search comes from the earliest application without a start date',
      search: buildSearch({ applications: [...spread(2, 1), applied('old', 'old', 10)] }),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'the weekly target is an option',
      search: week(9),
      options: { weeklyTarget: 10 },
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'the minimum age of the search is an option',
      search: week(4, 3),
      options: { minSearchAgeDays: 3 },
      advice: [{ subjects: ['search'] }],
    },
  ],
  quiet: [
    { name: 'five applications meet the default goal', search: week(5), status: 'passed' },
    {
      name: 'a search just under a week old',
      search: week(4, 6.9),
      status: 'passed',
    },
    {
      name: 'no application this week (no-recent-applications covers it)',
      search: buildSearch({
        candidate: { searchStartedAt: daysAgo(30) },
        applications: spread(3, 8),
      }),
      status: 'passed',
    },
    {
      name: "the candidate's own lower goal is met",
      search: week(3, 7, { weeklyApplications: 3 }),
      status: 'passed',
    },
    {
      name: 'a goal of zero turns the check off',
      search: week(1, 7, { weeklyApplications: 0 }),
      status: 'passed',
    },
    {
      name: 'a lower target in the options is met',
      search: week(3),
      options: { weeklyTarget: 3 },
      status: 'passed',
    },
    {
      name: 'an offer is pending',
      search: buildSearch({
        candidate: { searchStartedAt: daysAgo(30) },
        applications: [...spread(2, 1), applied('o', 'acme', 20, { stage: 'offer' })],
        offers: [{ id: 'o1', applicationId: 'o', receivedAt: daysAgo(2), status: 'pending' }],
      }),
      status: 'not-applicable',
    },
    {
      name: 'an offer was accepted',
      search: buildSearch({
        candidate: { searchStartedAt: daysAgo(30) },
        applications: [...spread(2, 1), applied('o', 'acme', 20, { stage: 'accepted' })],
        offers: [{ id: 'o1', applicationId: 'o', receivedAt: daysAgo(2), status: 'accepted' }],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('below-weekly-target wording', () => {
  const advisor = createAdvisor({ extends: [{ name: 'under-test', rules: [belowWeeklyTarget] }] });

  it('quotes the default pace as advice, not as the candidate goal, and no other processes', async () => {
    const report = await advisor.evaluate(week(2), { asOf: AS_OF });
    expect(report.advice[0]?.message).toBe(
      'You sent 2 applications in the last 7 days, fewer than the 5 a week coaches commonly suggest. Block out a fixed time for applications in the next few days.',
    );
    expect(report.advice[0]?.actions[0]).toMatchObject({
      label: 'Send 5 applications in the next 7 days',
      due: '2026-12-02',
    });
  });

  it("quotes the candidate's own goal", async () => {
    const report = await advisor.evaluate(week(1, 7, { weeklyApplications: 8 }), { asOf: AS_OF });
    expect(report.advice[0]?.message).toContain('1 application in the last 7 days');
    expect(report.advice[0]?.message).toContain('short of your own goal of 8 a week.');
  });

  it('mentions the interviews under way only when there are some', async () => {
    const withInterview = buildSearch({
      candidate: { searchStartedAt: daysAgo(7) },
      applications: [...spread(2, 1), applied('i', 'initech', 20, { stage: 'interviewing' })],
    });
    const report = await advisor.evaluate(withInterview, { asOf: AS_OF });
    expect(report.advice[0]?.message).toContain(
      'and keep to it even while your interviews with Initech look promising.',
    );
  });
});
