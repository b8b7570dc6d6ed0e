import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/index';
import { lowOfferOutlook } from '../../src/rules/low-offer-outlook';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, applied, buildSearch, spread } from '../helpers/search';

// An interviewing application carries a chance of exactly 0.25 by default.
const interviewing = applied('a', 'acme', 3, { stage: 'interviewing' });
const withGoal = (offerProbability: number, applications: unknown[]) =>
  buildSearch({ candidate: { goals: { offerProbability } }, applications });

ruleTester.run(lowOfferOutlook, {
  asOf: AS_OF,
  fires: [
    {
      name: 'five fresh cold applications are far below the default 80%',
      search: buildSearch({ applications: spread(5, 3) }),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: "a chance just below the candidate's own target",
      search: withGoal(0.26, [interviewing]),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'one open application is enough by default',
      search: buildSearch({ applications: [applied('a', 'acme', 3)] }),
      advice: [{ subjects: ['search'] }],
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
      name: 'a chance exactly at the target',
      search: withGoal(0.25, [interviewing]),
      status: 'passed',
    },
    {
      name: 'a chance above the target',
      search: withGoal(0.2, [interviewing]),
      status: 'passed',
    },
    {
      name: 'nothing applied yet (no-recent-applications says to start)',
      search: buildSearch({ candidate: { searchStartedAt: '2026-11-01' } }),
      status: 'passed',
    },
    {
      name: 'only saved postings',
      search: buildSearch({ applications: [applied('a', 'acme', 3, { stage: 'saved' })] }),
      status: 'passed',
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
      status: 'passed',
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
  it('quotes the chance, the target and what would reach it', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [lowOfferOutlook] }],
    });
    const report = await advisor.evaluate(withGoal(0.5, [interviewing]), { asOf: AS_OF });
    const { offerOutlook } = report.metrics;
    expect(offerOutlook.toReachTarget.cold).toBe(41);
    expect(offerOutlook.toReachTarget.referred).toBe(7);
    expect(report.advice[0]?.message).toBe(
      'With 1 open application, your rough chance of at least one offer is 25%, short of your 50% target. About 41 more cold applications, or about 7 referred ones, would reach it. Each referral is worth many cold applications, so ask people you know first, and keep applying while you wait.',
    );
    expect(report.advice[0]?.actions.map((a) => a.due)).toEqual(['2026-12-02', '2026-12-02']);
  });

  it('offers the referral route alone when cold applications cannot reach the target', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [lowOfferOutlook] }],
      outlook: {
        appliedByChannel: {
          'job-board': 0,
          'company-site': 0,
          referral: 0.06,
          network: 0.04,
          recruiter: 0.03,
          agency: 0.02,
          other: 0,
        },
      },
    });
    const report = await advisor.evaluate(withGoal(0.5, [interviewing]), { asOf: AS_OF });
    expect(report.advice[0]?.message).toContain(
      'About 7 more referred applications would reach it.',
    );
    expect(report.advice[0]?.message).not.toContain('more cold');
  });
});
