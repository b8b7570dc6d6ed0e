import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, spread } from '../../../test/helpers/search';
import { createAdvisor, evaluateSearch } from '../../index';
import { noRecentApplications } from './rule';

ruleTester.run(noRecentApplications, {
  asOf: AS_OF,
  fires: [
    {
      name: 'a week since the last application',
      search: buildSearch({ applications: [applied('a', 'acme', 7)] }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'two weeks is high',
      search: buildSearch({ applications: [applied('a', 'acme', 14)] }),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'just under two weeks is medium',
      search: buildSearch({ applications: [applied('a', 'acme', 13)] }),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
  ],
  quiet: [
    {
      name: 'nothing sent yet is start-applying, not applying that stopped',
      search: buildSearch({ candidate: { searchStartedAt: daysAgo(30) } }),
      status: 'not-applicable',
    },
    {
      name: 'applied just under a week ago',
      search: buildSearch({ applications: [applied('a', 'acme', 6)] }),
      status: 'passed',
    },
    {
      name: 'the window is an option',
      search: buildSearch({ applications: [applied('a', 'acme', 8)] }),
      options: { afterDays: 9 },
      status: 'passed',
    },
    {
      name: 'an offer is pending',
      search: buildSearch({
        applications: [applied('a', 'acme', 30, { stage: 'offer' })],
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

describe('no-recent-applications wording', () => {
  const evaluate = (goals?: { weeklyApplications: number }) =>
    createAdvisor({ extends: [{ name: 'under-test', rules: [noRecentApplications] }] }).evaluate(
      buildSearch({
        candidate: goals ? { goals } : {},
        applications: [applied('a', 'acme', 10)],
      }),
      { asOf: AS_OF },
    );

  it("suggests the candidate's own weekly goal when there is one", async () => {
    const [advice] = (await evaluate({ weeklyApplications: 8 })).advice;
    expect(advice?.message).toBe(
      'Your last application went out 10 days ago. Get back to a steady flow of about 8 a week, your own goal, until an offer is signed, whatever is already in progress.',
    );
    expect(advice?.actions[0]?.label).toBe('Send 8 applications this week');
  });

  it('falls back to the option otherwise', async () => {
    const [advice] = (await evaluate()).advice;
    expect(advice?.message).toContain('about 5 a week until an offer is signed');
    expect(advice?.actions[0]?.label).toBe('Send 5 applications this week');
  });
});

describe('no-recent-applications folding', () => {
  // Eight cold applications: the outlook is far below an even chance in both searches.
  const stalledFor = (days: number) =>
    evaluateSearch(buildSearch({ applications: spread(8, days) }), { asOf: AS_OF });

  it('takes in the low outlook once applying has stopped, so its two steps are given once', async () => {
    const report = await stalledFor(7);
    const ids = report.advice.map((a) => a.ruleId);
    expect(ids).toContain('no-recent-applications');
    expect(ids).not.toContain('low-offer-outlook');
    expect(report.outcomes.find((o) => o.ruleId === 'low-offer-outlook')?.mergedInto).toBe(
      'no-recent-applications',
    );
    const restart = report.advice.find((a) => a.ruleId === 'no-recent-applications');
    expect(restart?.message).toContain(
      'This takes in another finding: "Your chance of an offer is below your target".',
    );
  });

  it('leaves the outlook its own advice while applying goes on', async () => {
    const report = await stalledFor(6);
    const ids = report.advice.map((a) => a.ruleId);
    expect(ids).not.toContain('no-recent-applications');
    expect(ids).toContain('low-offer-outlook');
  });
});
