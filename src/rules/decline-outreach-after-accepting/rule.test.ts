import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { declineOutreachAfterAccepting } from './rule';

const hired = acceptedOffer('vista');
const inbound = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  direction: 'inbound',
  kind: 'outreach',
  at: daysAgo(2),
  companyId: 'arc',
  ...extra,
});
const afterAccepting = (...messages: Record<string, unknown>[]) =>
  buildSearch({ applications: [hired.application], offers: [hired.offer], messages });

ruleTester.run(declineOutreachAfterAccepting, {
  asOf: AS_OF,
  fires: [
    {
      name: 'a recruiter wrote two days ago and is waiting (low)',
      search: afterAccepting(inbound('m')),
      advice: [{ subjects: ['m'], severity: 'low' }],
    },
    {
      name: 'several messages make one advice',
      search: afterAccepting(inbound('m'), inbound('n', { companyId: 'bolt', kind: 'follow-up' })),
      advice: [{ subjects: ['m', 'n'], severity: 'low' }],
    },
  ],
  quiet: [
    {
      name: 'already answered',
      search: afterAccepting(inbound('m', { repliedAt: daysAgo(1) })),
      status: 'passed',
    },
    {
      name: 'a message from the employer you joined',
      search: afterAccepting(inbound('m', { companyId: 'vista' })),
      status: 'passed',
    },
    {
      name: 'a message about an open application (withdraw-after-accepting covers it)',
      search: buildSearch({
        applications: [hired.application, applied('a', 'arc', 10)],
        offers: [hired.offer],
        messages: [inbound('m', { applicationId: 'a' })],
      }),
      status: 'passed',
    },
    {
      name: 'before an offer is accepted (unanswered-outreach speaks instead)',
      search: buildSearch({ applications: [applied('a', 'bolt', 3)], messages: [inbound('m')] }),
      status: 'not-applicable',
    },
  ],
});

describe('decline-outreach-after-accepting wording', () => {
  it('asks for a short, friendly reply', async () => {
    const report = await createAdvisor({
      extends: [{ name: 'under-test', rules: [declineOutreachAfterAccepting] }],
    }).evaluate(afterAccepting(inbound('m', { contactId: 'k' })), { asOf: AS_OF });
    const [advice] = report.advice;
    expect(advice?.message).toBe(
      'You have not answered the message of 2026-11-23 from Arc yet. Now that you have accepted an offer, reply briefly: thank them, say you have accepted a role, and that you would be glad to stay in touch.',
    );
    expect(advice?.actions).toEqual([
      {
        id: 'decline-outreach-after-accepting:m:reply',
        kind: 'reply',
        label: 'Reply to Contact k at Arc that you have accepted a role',
        due: '2026-12-02',
        subject: { kind: 'message', id: 'm' },
      },
    ]);
  });

  it('names the company behind each message', async () => {
    const report = await createAdvisor({
      extends: [{ name: 'under-test', rules: [declineOutreachAfterAccepting] }],
    }).evaluate(afterAccepting(inbound('m'), inbound('n', { companyId: 'bolt' })), { asOf: AS_OF });
    expect(report.advice[0]?.message).toMatch(
      /^You have not answered the message of 2026-11-23 from Arc and the message of 2026-11-23 from Bolt yet\. .* thank each of them,/,
    );
  });
});
