import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { dataGaps } from './rule';

const undated = (id: string, companyId: string, extra = {}) =>
  applied(id, companyId, 0, { appliedAt: undefined, ...extra });
const interviewFor = (applicationId: string, days: number) => ({
  id: `i-${applicationId}`,
  applicationId,
  at: daysAgo(days),
});

ruleTester.run(dataGaps, {
  asOf: AS_OF,
  fires: [
    {
      name: 'sent without an application date',
      search: buildSearch({ applications: [undated('a', 'acme')] }),
      advice: [{ subjects: ['a'], severity: 'info' }],
    },
    {
      name: 'an interview-stage application without a date',
      search: buildSearch({ applications: [undated('a', 'acme', { stage: 'interviewing' })] }),
      advice: [{ subjects: ['a'], severity: 'info' }],
    },
    {
      name: 'applied just after the evaluation date',
      search: buildSearch({ applications: [applied('a', 'acme', -0.1)] }),
      advice: [{ subjects: ['a'] }],
    },
    {
      name: 'saved after the evaluation date',
      search: buildSearch({
        applications: [undated('a', 'acme', { stage: 'saved', savedAt: daysAgo(-2) })],
      }),
      advice: [{ subjects: ['a'] }],
    },
    {
      name: 'an interview recorded while the stage still says applied',
      search: buildSearch({
        applications: [applied('a', 'acme', 20)],
        interviews: [interviewFor('a', 5)],
      }),
      advice: [{ subjects: ['a'] }],
    },
    {
      name: 'an upcoming interview recorded while the stage still says saved',
      search: buildSearch({
        applications: [undated('a', 'acme', { stage: 'saved' })],
        interviews: [interviewFor('a', -3)],
      }),
      advice: [{ subjects: ['a'] }],
    },
    {
      name: 'gaps of different kinds are grouped into one advice',
      search: buildSearch({
        applications: [undated('a', 'acme'), applied('b', 'globex', -3)],
      }),
      advice: [{ subjects: ['a', 'b'], severity: 'info' }],
    },
    {
      name: 'a stage history out of order',
      search: buildSearch({
        applications: [
          applied('a', 'acme', 20, {
            stage: 'screening',
            stageHistory: [
              { stage: 'screening', at: daysAgo(5) },
              { stage: 'applied', at: daysAgo(20) },
            ],
          }),
        ],
      }),
      advice: [{ subjects: ['a'] }],
    },
    {
      name: 'a date before 1990',
      search: buildSearch({ applications: [applied('a', 'acme', 3, { postedAt: '1989-12-31' })] }),
      advice: [{ subjects: ['a'] }],
    },
    {
      name: 'two companies with the same name, kept apart',
      search: buildSearch({
        companies: [
          { id: 'acme-1', name: 'Acme' },
          { id: 'acme-2', name: ' acme ' },
        ],
        applications: [
          applied('a', 'acme-1', 3),
          applied('b', 'acme-2', 4),
          applied('c', 'globex', 2),
        ],
      }),
      advice: [{ subjects: ['a', 'b'] }],
    },
  ],
  quiet: [
    {
      name: 'a stage history in order, dated from 1990 on',
      search: buildSearch({
        applications: [
          applied('a', 'acme', 20, {
            stage: 'screening',
            postedAt: '1990-01-01',
            stageHistory: [
              { stage: 'applied', at: daysAgo(20) },
              { stage: 'screening', at: daysAgo(5) },
            ],
          }),
        ],
      }),
      status: 'passed',
    },
    {
      name: 'companies with different names',
      search: buildSearch({
        companies: [
          { id: 'acme-1', name: 'Acme' },
          { id: 'acme-2', name: 'Acme Labs' },
        ],
        applications: [applied('a', 'acme-1', 3), applied('b', 'acme-2', 4)],
      }),
      status: 'passed',
    },
    {
      name: 'applied today',
      search: buildSearch({ applications: [applied('a', 'acme', 0)] }),
      status: 'passed',
    },
    {
      name: 'a saved posting has no application date yet',
      search: buildSearch({ applications: [undated('a', 'acme', { stage: 'saved' })] }),
      status: 'passed',
    },
    {
      name: 'interviews at an interview stage',
      search: buildSearch({
        applications: [applied('a', 'acme', 20, { stage: 'screening' })],
        interviews: [interviewFor('a', 5)],
      }),
      status: 'passed',
    },
    {
      name: 'closed applications are left alone',
      search: buildSearch({ applications: [undated('a', 'acme', { stage: 'rejected' })] }),
      status: 'not-applicable',
    },
    { name: 'no applications', search: buildSearch({}), status: 'not-applicable' },
  ],
});

describe('companies with the same name', () => {
  it('are never merged in any fact', async () => {
    const report = await createAdvisor().evaluate(
      buildSearch({
        companies: [
          { id: 'acme-1', name: 'Acme' },
          { id: 'acme-2', name: 'Acme' },
        ],
        applications: [applied('a', 'acme-1', 3), applied('b', 'acme-2', 4)],
      }),
      { asOf: AS_OF },
    );
    expect(report.metrics.activeCompanies).toBe(2);
    const gaps = report.advice.find((a) => a.ruleId === 'data-gaps');
    expect(gaps?.actions[0]?.label).toContain('Another company in your search is also called Acme');
  });
});

describe('data-gaps wording', () => {
  it('says what to fix for each application', async () => {
    const advisor = createAdvisor({ extends: [{ name: 'under-test', rules: [dataGaps] }] });
    const report = await advisor.evaluate(
      buildSearch({
        applications: [undated('a', 'acme'), applied('b', 'globex', -3)],
        interviews: [interviewFor('b', -5)],
      }),
      { asOf: AS_OF },
    );
    const [advice] = report.advice;
    expect(advice?.message).toContain(
      'Some details of the Analyst role at Globex and the Analyst role at Acme are missing or do not add up',
    );
    expect(advice?.actions.map((a) => a.label)).toEqual([
      'Fix the record for the Analyst role at Globex. Its saved or applied date is after today: correct it. Interviews are recorded for it: update its stage.',
      'Fix the record for the Analyst role at Acme. Add the date you applied.',
    ]);
  });
});
