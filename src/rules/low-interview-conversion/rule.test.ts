import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, spread } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { channelConcentration } from '../channel-concentration/rule';
import { networkUnderused } from '../network-underused/rule';
import { lowInterviewConversion } from './rule';

const cold = (n: number, extra: unknown[] = []) =>
  buildSearch({ applications: [...spread(n, 20), ...extra] });

ruleTester.run(lowInterviewConversion, {
  asOf: AS_OF,
  fires: [
    {
      name: 'thirty cold applications and no screen',
      search: cold(30),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'company-site applications are cold too, and rejections still count',
      search: cold(28, [
        applied('s', 'site', 20, { channel: 'company-site' }),
        applied('r', 'rej', 40, { stage: 'rejected' }),
      ]),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'sixty cold applications and no screen is high',
      search: cold(60),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'fifty-nine is still medium',
      search: cold(59),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'the count for high is an option',
      search: cold(40),
      options: { highAfterApplications: 40 },
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'the count is an option',
      search: cold(10),
      options: { minColdApplications: 10 },
      advice: [{ subjects: ['search'] }],
    },
  ],
  quiet: [
    { name: 'twenty-nine cold applications', search: cold(29), status: 'passed' },
    {
      name: 'referred applications are not cold',
      search: cold(29, [applied('r', 'ref', 20, { channel: 'referral' })]),
      status: 'passed',
    },
    {
      name: 'one application reached screening',
      search: cold(30, [applied('s', 'scr', 20, { stage: 'screening' })]),
      status: 'passed',
    },
    {
      name: 'an interview is recorded, even on a rejected application',
      search: buildSearch({
        applications: [...spread(29, 20), applied('x', 'x', 40, { stage: 'rejected' })],
        interviews: [{ id: 'i', applicationId: 'x', at: daysAgo(30) }],
      }),
      status: 'passed',
    },
    {
      name: 'a raised count',
      search: cold(30),
      options: { minColdApplications: 31 },
      status: 'passed',
    },
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [...spread(30, 20), applied('o', 'acme', 40, { stage: 'accepted' })],
        offers: [{ id: 'o1', applicationId: 'o', receivedAt: daysAgo(2), status: 'accepted' }],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('low-interview-conversion wording', () => {
  it('advises on conversion, not volume', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [lowInterviewConversion] }],
    });
    const report = await advisor.evaluate(cold(30), { asOf: AS_OF });
    const [advice] = report.advice;
    expect(advice?.message).toContain('You have sent 30 applications through job boards');
    expect(advice?.message).toContain('referrals');
    expect(advice?.actions.map((a) => a.kind)).toEqual(['review-resume', 'ask-referral', 'tailor']);
    // Every action fits in the coming week.
    expect(advice?.actions.map((a) => a.due)).toEqual(['2026-12-02', '2026-12-02', '2026-12-02']);
  });

  it('says how often no call at all happens by chance, instead of blaming the approach', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [lowInterviewConversion] }],
    });
    // 0.97^30 ≈ 0.40 and 0.97^60 ≈ 0.16.
    const [thirty] = (await advisor.evaluate(cold(30), { asOf: AS_OF })).advice;
    expect(thirty?.message).toContain('that happens by chance about 40% of the time');
    expect(thirty?.message).not.toContain('More of the same');
    const [sixty] = (await advisor.evaluate(cold(60), { asOf: AS_OF })).advice;
    expect(sixty?.message).toContain('that happens by chance about 16% of the time');
  });

  it('absorbs the channel-mix and network advice it already covers', async () => {
    const advisor = createAdvisor({
      extends: [
        {
          name: 'under-test',
          rules: [lowInterviewConversion, networkUnderused, channelConcentration],
        },
      ],
    });
    const report = await advisor.evaluate(cold(30), { asOf: AS_OF });
    expect(report.advice.map((a) => a.ruleId)).toEqual(['low-interview-conversion']);
    expect(
      report.outcomes
        .filter((o) => o.mergedInto === 'low-interview-conversion')
        .map((o) => o.ruleId),
    ).toEqual(['network-underused', 'channel-concentration']);
  });
});
