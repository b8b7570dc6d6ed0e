import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { selfScreening } from './rule';

/** A posting saved `days` ago, meeting `match` of its requirements. */
const saved = (id: string, companyId: string, days: number, match: number, extra = {}) =>
  applied(id, companyId, 0, {
    stage: 'saved',
    appliedAt: undefined,
    savedAt: daysAgo(days),
    qualificationMatch: match,
    ...extra,
  });
const one = (days: number, match: number, extra = {}) =>
  buildSearch({ applications: [saved('a', 'acme', days, match, extra)] });

const hired = acceptedOffer();

ruleTester.run(selfScreening, {
  asOf: AS_OF,
  fires: [
    {
      name: 'saved three days ago at a 70% match',
      search: one(3, 0.7),
      advice: [{ subjects: ['a'], severity: 'medium' }],
    },
    { name: 'a 50% match, at the lower bound', search: one(5, 0.5), advice: [{ subjects: ['a'] }] },
    {
      name: 'a 99% match, at the upper bound',
      search: one(5, 0.99),
      advice: [{ subjects: ['a'] }],
    },
    {
      name: 'a deadline still ahead does not stop it',
      search: one(5, 0.8, { postingDeadline: daysAgo(-10) }),
      advice: [{ subjects: ['a'] }],
    },
    {
      name: 'several saved postings are grouped into one advice',
      search: buildSearch({
        applications: [saved('a', 'acme', 4, 0.6), saved('b', 'globex', 10, 0.9)],
      }),
      advice: [{ subjects: ['a', 'b'], severity: 'medium' }],
    },
    {
      name: 'the match range and the wait are options',
      search: one(1, 0.3),
      options: { minMatch: 0.3, afterDays: 1 },
      advice: [{ subjects: ['a'] }],
    },
  ],
  quiet: [
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [saved('a', 'acme', 3, 0.7), hired.application],
        offers: [hired.offer],
      }),
      status: 'not-applicable',
    },
    { name: 'saved just under three days ago', search: one(2, 0.7), status: 'passed' },
    { name: 'a match just under 50%', search: one(5, 0.49), status: 'passed' },
    { name: 'a full match is not self-screening', search: one(5, 1), status: 'passed' },
    {
      name: 'the posting has closed',
      search: one(5, 0.7, { postingDeadline: daysAgo(1) }),
      status: 'passed',
    },
    {
      name: 'a raised lower bound',
      search: one(5, 0.5),
      options: { minMatch: 0.6 },
      status: 'passed',
    },
    {
      name: 'no qualification match recorded',
      search: one(5, 0.7, { qualificationMatch: undefined }),
      status: 'needs-data',
    },
    {
      name: 'no saved date recorded',
      search: one(5, 0.7, { savedAt: undefined }),
      status: 'needs-data',
    },
    {
      name: 'already applied',
      search: buildSearch({ applications: [applied('a', 'acme', 5, { qualificationMatch: 0.7 })] }),
      status: 'not-applicable',
    },
  ],
});

describe('self-screening wording', () => {
  const advisor = createAdvisor({ extends: [{ name: 'under-test', rules: [selfScreening] }] });

  it('quotes the match of a single posting and asks to apply', async () => {
    const report = await advisor.evaluate(one(4, 0.7), { asOf: AS_OF });
    const [advice] = report.advice;
    expect(advice?.message).toContain(
      'You saved the Analyst role at Acme 4 days ago and meet 70% of the listed requirements',
    );
    expect(advice?.actions).toEqual([
      {
        id: 'self-screening:a:apply',
        kind: 'apply',
        label: 'Apply for the Analyst role at Acme',
        due: '2026-11-27',
        subject: { kind: 'application', id: 'a' },
      },
    ]);
  });

  it('past five postings, leaves the rest for later without calling saved postings silent', async () => {
    const postings = Array.from({ length: 7 }, (_, i) => saved(`s${i}`, `c${i}`, 4 + i, 0.7));
    const report = await advisor.evaluate(buildSearch({ applications: postings }), {
      asOf: AS_OF,
    });
    const [advice] = report.advice;
    expect(advice?.actions).toHaveLength(5);
    expect(advice?.message).toMatch(
      / The steps below cover the ones that matter most; the rest are older or less wanted: come back to them once these are done\.$/,
    );
    expect(advice?.message).not.toContain('silent');
  });
});
