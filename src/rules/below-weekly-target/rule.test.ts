import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, spread } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { belowWeeklyTarget } from './rule';

/** A search started `age` days ago with `n` applications sent yesterday. */
const week = (n: number, age = 7, goals: Record<string, unknown> = {}) =>
  buildSearch({
    candidate: { searchStartedAt: daysAgo(age), goals },
    applications: spread(n, 1),
  });
const GOAL = { weeklyApplications: 5 };

/**
 * A search four weeks old with no weekly goal: `earlier` applications 8 to 26 days ago (a usual
 * pace of `earlier / 3` a week) and `lastWeek` sent yesterday.
 */
const slowed = (lastWeek: number, earlier: number) =>
  buildSearch({
    candidate: { searchStartedAt: daysAgo(28) },
    applications: [
      ...spread(lastWeek, 1),
      ...Array.from({ length: earlier }, (_, i) => applied(`e${i}`, `e${i}`, 8 + (i % 19))),
    ],
  });

ruleTester.run(belowWeeklyTarget, {
  asOf: AS_OF,
  fires: [
    {
      name: "four applications against the candidate's own goal of five",
      search: week(4, 7, GOAL),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'a single application this week still counts as below the goal',
      search: week(1, 7, GOAL),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: "the candidate's own goal replaces the default",
      search: week(7, 7, { weeklyApplications: 8 }),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'the age of the search comes from the earliest application without a start date',
      search: buildSearch({
        candidate: { goals: GOAL },
        applications: [...spread(2, 1), applied('old', 'old', 10)],
      }),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'without a goal: a week under half the usual pace (1 against 4 a week)',
      search: slowed(1, 12),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'without a goal: just under half the usual pace (2 against 4.3 a week)',
      search: slowed(2, 13),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'without a goal, the weekly target is an option (5 against 12 a week, target 6)',
      search: slowed(5, 36),
      options: { weeklyTarget: 6 },
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'without a goal, the share that counts as a slowdown is an option',
      search: slowed(2, 12),
      options: { slowdownShare: 0.6 },
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'the minimum age of the search is an option',
      search: week(4, 3, GOAL),
      options: { minSearchAgeDays: 3 },
      advice: [{ subjects: ['search'] }],
    },
  ],
  quiet: [
    { name: 'five applications meet a goal of five', search: week(5, 7, GOAL), status: 'passed' },
    {
      name: 'a search just under a week old',
      search: week(4, 6.9, GOAL),
      status: 'passed',
    },
    {
      name: 'without a goal: exactly half the usual pace (2 against 4 a week)',
      search: slowed(2, 12),
      status: 'passed',
    },
    {
      name: 'without a goal: a steady pace (3 this week, about 4 a week before)',
      search: slowed(3, 12),
      status: 'passed',
    },
    {
      name: 'without a goal: five this week is never flagged, whatever the usual pace',
      search: slowed(5, 36),
      status: 'passed',
    },
    {
      name: 'without a goal: a search under two weeks old has no usual pace to compare with',
      search: week(1, 13),
      status: 'passed',
    },
    {
      name: 'without a goal: the first applications after a quiet spell are not a slowdown',
      search: slowed(1, 0),
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
      name: 'without a goal, a lower target in the options is met',
      search: slowed(3, 36),
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

  it('without a goal, compares with the usual pace, never a goal or other processes', async () => {
    const report = await advisor.evaluate(slowed(1, 13), { asOf: AS_OF });
    expect(report.advice[0]?.message).toBe(
      'You sent 1 application in the last 7 days, well down on your usual pace of about 4.3 a week in the weeks before. Block out a fixed time for applications in the next few days.',
    );
    expect(report.advice[0]?.actions[0]).toMatchObject({
      label: 'Send 4 applications in the next 7 days',
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
      candidate: { searchStartedAt: daysAgo(7), goals: GOAL },
      applications: [...spread(2, 1), applied('i', 'initech', 20, { stage: 'interviewing' })],
    });
    const report = await advisor.evaluate(withInterview, { asOf: AS_OF });
    expect(report.advice[0]?.message).toContain(
      'and keep to it even while your interviews with Initech look promising.',
    );
  });
});
