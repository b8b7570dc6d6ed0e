import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import {
  AS_OF,
  acceptedOffer,
  applied,
  buildSearch,
  daysAgo,
  instantAgo,
} from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { selfScreening } from '../self-screening/rule';
import { applicationDeadlineSoon } from './rule';

/** A saved posting closing `days` after the evaluation date. */
const saved = (id: string, companyId: string, days: number | undefined) =>
  applied(id, companyId, 0, {
    stage: 'saved',
    appliedAt: undefined,
    savedAt: daysAgo(5),
    postingDeadline: days === undefined ? undefined : instantAgo(-days),
  });
const closingIn = (days: number | undefined) =>
  buildSearch({ applications: [saved('a', 'acme', days)] });

const hired = acceptedOffer();

ruleTester.run(applicationDeadlineSoon, {
  asOf: AS_OF,
  fires: [
    {
      name: 'closes in three days',
      search: closingIn(3),
      advice: [{ subjects: ['a'], severity: 'medium' }],
    },
    { name: 'closes today', search: closingIn(0), advice: [{ subjects: ['a'] }] },
    {
      name: 'each posting gets its own advice (different deadlines)',
      search: buildSearch({ applications: [saved('a', 'acme', 1), saved('b', 'globex', 2)] }),
      advice: [{ subjects: ['a'] }, { subjects: ['b'] }],
    },
    {
      name: 'the window is an option',
      search: closingIn(7),
      options: { withinDays: 7 },
      advice: [{ subjects: ['a'] }],
    },
  ],
  quiet: [
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [saved('a', 'acme', 3), hired.application],
        offers: [hired.offer],
      }),
      status: 'not-applicable',
    },
    { name: 'closes in just over three days', search: closingIn(4), status: 'passed' },
    { name: 'already closed', search: closingIn(-0.1), status: 'passed' },
    {
      name: 'a narrower window',
      search: closingIn(3),
      options: { withinDays: 2 },
      status: 'passed',
    },
    { name: 'no deadline recorded', search: closingIn(undefined), status: 'needs-data' },
    {
      name: 'already applied',
      search: buildSearch({
        applications: [applied('a', 'acme', 2, { postingDeadline: instantAgo(-1) })],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('application-deadline-soon wording', () => {
  it('names the role and makes the action due the day before the posting closes', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [applicationDeadlineSoon] }],
    });
    const report = await advisor.evaluate(closingIn(2), { asOf: AS_OF });
    const [advice] = report.advice;
    expect(advice?.message).toContain(
      'The posting for the Analyst role at Acme closes in 2 days (2026-11-27),',
    );
    expect(advice?.actions[0]).toMatchObject({
      kind: 'apply',
      label: 'Apply for the Analyst role at Acme before the posting closes',
      due: '2026-11-26',
    });
  });

  it('makes the action due today, not yesterday, when the posting closes today', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [applicationDeadlineSoon] }],
    });
    const report = await advisor.evaluate(closingIn(0.5), { asOf: AS_OF });
    expect(report.advice[0]?.actions[0]?.due).toBe(AS_OF);
    expect(report.advice[0]?.message).toContain(`closes today (${AS_OF}),`);
    expect(report.advice[0]?.dueInDays).toBe(0);
  });

  it('absorbs the self-screening nudge for the same posting', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [applicationDeadlineSoon, selfScreening] }],
    });
    const search = buildSearch({
      applications: [{ ...saved('a', 'acme', 2), qualificationMatch: 0.7 }],
    });
    const report = await advisor.evaluate(search, { asOf: AS_OF });
    expect(report.advice.map((a) => a.ruleId)).toEqual(['application-deadline-soon']);
    expect(report.advice[0]?.evidence.map((e) => e.fact)).toContain(
      'application.qualificationMatch',
    );
  });
});
