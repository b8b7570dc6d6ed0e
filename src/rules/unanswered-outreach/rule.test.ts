import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { unansweredOutreach } from './rule';

const inbound = (id: string, days: number, extra: Record<string, unknown> = {}) => ({
  id,
  direction: 'inbound',
  kind: 'outreach',
  at: daysAgo(days),
  companyId: 'acme',
  ...extra,
});

/** A referral to Acme that Contact k passed on: messages from Acme then follow a referral. */
const referral = {
  id: 'r',
  contactId: 'k',
  companyId: 'acme',
  requestedAt: daysAgo(20),
  status: 'forwarded',
};
const referred = (...messages: unknown[]) => buildSearch({ referrals: [referral], messages });

ruleTester.run(unansweredOutreach, {
  asOf: AS_OF,
  fires: [
    {
      name: 'one day unanswered is high',
      search: buildSearch({ messages: [inbound('m', 1)] }),
      advice: [{ subjects: ['m'], severity: 'high' }],
    },
    {
      name: 'a referred company, three days unanswered, is critical',
      search: referred(inbound('m', 3)),
      advice: [{ subjects: ['m'], severity: 'critical' }],
    },
    {
      name: 'a referred company, just under three days, is still high',
      search: referred(inbound('m', 2)),
      advice: [{ subjects: ['m'], severity: 'high' }],
    },
    {
      name: 'other outreach stays high, however long it waits',
      search: buildSearch({ messages: [inbound('m', 10)] }),
      advice: [{ subjects: ['m'], severity: 'high' }],
    },
    {
      name: 'an interview invitation counts, and is critical from three days',
      search: buildSearch({ messages: [inbound('m', 3, { kind: 'interview-invite' })] }),
      advice: [{ subjects: ['m'], severity: 'critical' }],
    },
    {
      name: 'an interview invitation just under three days is high',
      search: buildSearch({ messages: [inbound('m', 2, { kind: 'interview-invite' })] }),
      advice: [{ subjects: ['m'], severity: 'high' }],
    },
    {
      name: 'thresholds follow the options',
      search: buildSearch({ messages: [inbound('m', 5)] }),
      options: { highAfterDays: 5, criticalAfterDays: 10 },
      advice: [{ subjects: ['m'], severity: 'high' }],
    },
    {
      name: 'each waiting message is its own advice',
      search: buildSearch({
        messages: [
          inbound('m1', 4, { kind: 'interview-invite' }),
          inbound('m2', 2, { companyId: 'globex' }),
        ],
      }),
      advice: [
        { subjects: ['m1'], severity: 'critical' },
        { subjects: ['m2'], severity: 'high' },
      ],
    },
  ],
  quiet: [
    {
      name: 'received the same day',
      search: buildSearch({ messages: [inbound('m', 0)] }),
      status: 'passed',
    },
    {
      name: 'replied (repliedAt)',
      search: buildSearch({ messages: [inbound('m', 5, { repliedAt: daysAgo(4) })] }),
      status: 'passed',
    },
    {
      name: 'answered by a later outbound message to the same company',
      search: buildSearch({
        messages: [
          inbound('m', 5),
          { id: 'r', direction: 'outbound', kind: 'other', at: daysAgo(4), companyId: 'acme' },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'options raise the threshold',
      search: buildSearch({ messages: [inbound('m', 4)] }),
      options: { highAfterDays: 5 },
      status: 'passed',
    },
    {
      name: 'a rejection needs no reply',
      search: buildSearch({ messages: [inbound('m', 5, { kind: 'rejection' })] }),
      status: 'not-applicable',
    },
    { name: 'no messages at all', search: buildSearch({}), status: 'not-applicable' },
    {
      name: 'once an offer is accepted (decline-outreach-after-accepting speaks instead)',
      search: buildSearch({
        applications: [applied('h', 'hired', 40, { stage: 'accepted' })],
        offers: [{ id: 'o', applicationId: 'h', receivedAt: daysAgo(5), status: 'accepted' }],
        messages: [inbound('m', 3)],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('unanswered-outreach wording', () => {
  const advise = async (search: unknown) =>
    (
      await createAdvisor({
        extends: [{ name: 'under-test', rules: [unansweredOutreach] }],
      }).evaluate(search, { asOf: AS_OF })
    ).advice[0]?.message ?? '';

  it('cites referral odds only for a message that follows a referral', async () => {
    expect(await advise(referred(inbound('m', 3)))).toBe(
      "Acme, after Contact k's referral, wrote to you 3 days ago and is still waiting for your reply. Answer today, even if only to say when you can talk: roles can fill while candidates wait. Referred candidates are hired far more often than cold applicants, so this may be your best lead.",
    );
    expect(await advise(buildSearch({ messages: [inbound('m', 3)] }))).not.toContain('Referred');
  });
});
