import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/index';
import { dataGaps } from '../../src/rules/data-gaps';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo } from '../helpers/search';

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
  ],
  quiet: [
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
      'Some details of the Analyst role at Acme and the Analyst role at Globex are missing or do not add up',
    );
    expect(advice?.actions.map((a) => a.label)).toEqual([
      'Fix the record for the Analyst role at Acme. Add the date you applied.',
      'Fix the record for the Analyst role at Globex. Its saved or applied date is after today: correct it. Interviews are recorded for it: update its stage.',
    ]);
  });
});
