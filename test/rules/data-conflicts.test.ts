import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/index';
import { interviewDataConflict } from '../../src/rules/interview-data-conflict/rule';
import { messageDataConflict } from '../../src/rules/message-data-conflict/rule';
import { referralDataConflict } from '../../src/rules/referral-data-conflict/rule';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo } from '../helpers/search';

const message = (id: string, extra: Record<string, unknown>) => ({
  id,
  direction: 'outbound',
  kind: 'follow-up',
  at: daysAgo(2),
  ...extra,
});

ruleTester.run(messageDataConflict, {
  asOf: AS_OF,
  fires: [
    {
      name: 'filed under one company while its application is at another',
      search: buildSearch({
        applications: [applied('a', 'acme', 12)],
        companies: [{ id: 'globex', name: 'Globex' }],
        messages: [message('m', { applicationId: 'a', companyId: 'globex' })],
      }),
      advice: [{ subjects: ['m'], severity: 'info' }],
    },
    {
      name: 'filed under one company while its referral is for another',
      search: buildSearch({
        referrals: [
          {
            id: 'r',
            contactId: 'k',
            companyId: 'acme',
            requestedAt: daysAgo(5),
            status: 'requested',
          },
        ],
        companies: [{ id: 'globex', name: 'Globex' }],
        messages: [message('m', { referralId: 'r', companyId: 'globex' })],
      }),
      advice: [{ subjects: ['m'] }],
    },
    {
      name: 'dated before 1990, and after today, grouped',
      search: buildSearch({
        applications: [applied('a', 'acme', 12)],
        messages: [
          message('old', { applicationId: 'a', at: '1985-03-01' }),
          message('new', { applicationId: 'a', at: daysAgo(-3) }),
        ],
      }),
      advice: [{ subjects: ['old', 'new'] }],
    },
  ],
  quiet: [
    {
      name: 'filed under the company of its application, dated from 1990 to today',
      search: buildSearch({
        applications: [applied('a', 'acme', 12)],
        messages: [
          message('m', { applicationId: 'a', companyId: 'acme' }),
          message('n', { applicationId: 'a', at: '1990-01-01' }),
          message('o', { applicationId: 'a', at: AS_OF }),
        ],
      }),
      status: 'passed',
    },
    { name: 'no messages', search: buildSearch({}), status: 'not-applicable' },
  ],
});

const interview = (extra: Record<string, unknown>) => ({
  id: 'i',
  applicationId: 'a',
  at: daysAgo(2),
  ...extra,
});
const interviewing = applied('a', 'acme', 20, { stage: 'interviewing' });

ruleTester.run(interviewDataConflict, {
  asOf: AS_OF,
  fires: [
    {
      name: 'marked completed but dated tomorrow',
      search: buildSearch({
        applications: [interviewing],
        interviews: [interview({ at: daysAgo(-1), completed: true })],
      }),
      advice: [{ subjects: ['i'], severity: 'info' }],
    },
    {
      name: 'a decision date before 1990',
      search: buildSearch({
        applications: [interviewing],
        interviews: [interview({ decisionExpectedBy: '1989-06-01' })],
      }),
      advice: [{ subjects: ['i'] }],
    },
  ],
  quiet: [
    {
      name: 'an upcoming interview not marked completed, and a completed one today',
      search: buildSearch({
        applications: [interviewing, applied('b', 'globex', 20, { stage: 'interviewing' })],
        interviews: [
          interview({ at: daysAgo(-1) }),
          interview({ id: 'j', applicationId: 'b', at: AS_OF, completed: true }),
        ],
      }),
      status: 'passed',
    },
  ],
});

const referral = (extra: Record<string, unknown>) => ({
  id: 'r',
  contactId: 'k',
  companyId: 'acme',
  requestedAt: daysAgo(9),
  status: 'applied',
  ...extra,
});

ruleTester.run(referralDataConflict, {
  asOf: AS_OF,
  fires: [
    {
      name: 'for one company, linked to an application at another',
      search: buildSearch({
        applications: [applied('g', 'globex', 5)],
        referrals: [referral({ applicationId: 'g' })],
      }),
      advice: [{ subjects: ['r'], severity: 'info' }],
    },
    {
      name: 'named by an application at another company',
      search: buildSearch({
        applications: [applied('g', 'globex', 5, { referralId: 'r' })],
        referrals: [referral({})],
      }),
      advice: [{ subjects: ['r'] }],
    },
    {
      name: 'requested after today, or updated before 1990',
      search: buildSearch({
        referrals: [
          referral({ requestedAt: daysAgo(-4) }),
          referral({ id: 's', updatedAt: '1980-01-01' }),
        ],
      }),
      advice: [{ subjects: ['r', 's'] }],
    },
  ],
  quiet: [
    {
      name: 'linked to an application at its own company',
      search: buildSearch({
        applications: [applied('a', 'acme', 5, { referralId: 'r' })],
        referrals: [referral({ applicationId: 'a' })],
      }),
      status: 'passed',
    },
  ],
});

describe('data conflict wording', () => {
  it('names the record and says what does not add up', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [messageDataConflict, referralDataConflict] }],
    });
    const report = await advisor.evaluate(
      buildSearch({
        applications: [applied('a', 'acme', 12, { role: 'Planner' }), applied('g', 'globex', 5)],
        companies: [{ id: 'initech', name: 'Initech' }],
        messages: [message('m', { applicationId: 'a', companyId: 'initech' })],
        referrals: [referral({ applicationId: 'g' })],
      }),
      { asOf: AS_OF },
    );
    const labels = report.advice.flatMap((a) => a.actions.map((x) => x.label));
    expect(labels).toEqual([
      'Fix the record of your follow-up of 2026-11-23 about the Planner role at Acme. It is filed under Initech, but its application or referral is at Acme: file it under one company.',
      'Fix the referral from Contact k for Acme. It is linked to an application at Globex: link it to the application it led to.',
    ]);
  });
});
