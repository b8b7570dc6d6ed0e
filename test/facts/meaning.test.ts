import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../src/facts/compute';
import { calendarDaysBetween } from '../../src/facts/dates';
import { DEFAULT_OUTLOOK } from '../../src/facts/outlook';
import { parseSearch } from '../../src/model/parse';
import { AS_OF, applied, buildSearch, daysAgo } from '../helpers/search';

const factsOf = (search: unknown, asOf = AS_OF) =>
  computeFacts(parseSearch(search), new Date(asOf), DEFAULT_OUTLOOK);

const inbound = (id: string, kind: string, at: string, extra: Record<string, unknown> = {}) => ({
  id,
  direction: 'inbound',
  kind,
  at,
  applicationId: 'a',
  ...extra,
});

describe('day counts', () => {
  it('counts calendar days between dates, whatever the time of day', () => {
    const day = (text: string) => new Date(text);
    expect(calendarDaysBetween(day('2026-02-09T18:00:00Z'), day('2026-02-18T09:00:00Z'))).toBe(9);
    expect(calendarDaysBetween(day('2026-02-09'), day('2026-02-18'))).toBe(9);
    expect(calendarDaysBetween(day('2026-02-18T23:59:00Z'), day('2026-02-18T00:00:00Z'))).toBe(0);
    expect(calendarDaysBetween(day('2026-02-18'), day('2026-02-09'))).toBe(-9);
  });

  it('gives every day count of a message, application and referral in calendar days', () => {
    const facts = factsOf(
      buildSearch({
        applications: [applied('a', 'acme', 0, { appliedAt: '2026-11-16T17:30:00Z' })],
        messages: [inbound('m', 'outreach', '2026-11-21T18:30:00Z')],
        referrals: [
          {
            id: 'r',
            contactId: 'k',
            companyId: 'acme',
            requestedAt: '2026-11-20T22:00:00Z',
            status: 'requested',
          },
        ],
      }),
      '2026-11-25T08:00:00Z',
    );
    expect(facts.applications[0]?.daysSinceApplied).toBe(9);
    expect(facts.messages[0]?.daysUnanswered).toBe(4);
    expect(facts.messages[0]?.daysSince).toBe(4);
    expect(facts.referrals[0]?.daysSinceRequested).toBe(5);
  });

  it('keeps hours exact where a rule counts hours', () => {
    const facts = factsOf(
      buildSearch({
        applications: [applied('a', 'acme', 10, { stage: 'interviewing' })],
        interviews: [{ id: 'i', applicationId: 'a', at: '2026-11-24T18:00:00Z' }],
      }),
      '2026-11-25T06:00:00Z',
    );
    expect(facts.interviews[0]?.hoursSince).toBe(12);
    expect(facts.interviews[0]?.daysSince).toBe(1);
  });
});

describe('messages that need no reply', () => {
  const search = buildSearch({
    applications: [applied('a', 'acme', 20)],
    messages: [
      inbound('rejected', 'rejection', daysAgo(5)),
      inbound('update', 'status-update', daysAgo(4)),
      inbound('outreach', 'outreach', daysAgo(3)),
    ],
  });

  it('never count rejections or automatic updates as waiting', () => {
    const facts = factsOf(search);
    const byId = new Map(facts.messages.map((m) => [m.id, m]));
    expect(byId.get('rejected')?.needsReply).toBe(false);
    expect(byId.get('rejected')?.daysUnanswered).toBeNull();
    expect(byId.get('update')?.daysUnanswered).toBeNull();
    expect(byId.get('outreach')?.needsReply).toBe(true);
    expect(byId.get('outreach')?.daysUnanswered).toBe(3);
    expect(facts.search.pendingOutreach).toBe(1);
  });

  it('do not count against a referral as unanswered', () => {
    const facts = factsOf(
      buildSearch({
        referrals: [
          {
            id: 'r',
            contactId: 'k',
            companyId: 'acme',
            requestedAt: daysAgo(9),
            status: 'forwarded',
          },
        ],
        messages: [
          { id: 'no', direction: 'inbound', kind: 'rejection', at: daysAgo(2), referralId: 'r' },
          { id: 'yes', direction: 'inbound', kind: 'outreach', at: daysAgo(2), referralId: 'r' },
        ],
      }),
    );
    expect(facts.referrals[0]?.unansweredMessages).toBe(1);
  });
});

describe('an interview after an invitation', () => {
  const withInterview = (at: string) =>
    buildSearch({
      applications: [applied('a', 'acme', 20, { stage: 'interviewing' })],
      messages: [inbound('invite', 'interview-invite', daysAgo(9))],
      interviews: [{ id: 'i', applicationId: 'a', at }],
    });

  it('counts as the reply, whether held or still to come', () => {
    for (const at of [daysAgo(5), daysAgo(-2)]) {
      const [invite] = factsOf(withInterview(at)).messages;
      expect(invite?.answered).toBe(true);
      expect(invite?.daysUnanswered).toBeNull();
    }
  });

  it('does not answer an invitation that came after it', () => {
    const [invite] = factsOf(withInterview(daysAgo(12))).messages;
    expect(invite?.answered).toBe(false);
    expect(invite?.daysUnanswered).toBe(9);
  });

  it('answers an invitation sent to the company, through any of its applications', () => {
    const facts = factsOf(
      buildSearch({
        applications: [applied('a', 'acme', 20, { stage: 'interviewing' })],
        messages: [
          {
            id: 'invite',
            direction: 'inbound',
            kind: 'interview-invite',
            at: daysAgo(9),
            companyId: 'acme',
          },
        ],
        interviews: [{ id: 'i', applicationId: 'a', at: daysAgo(4) }],
      }),
    );
    expect(facts.messages[0]?.answered).toBe(true);
  });
});
