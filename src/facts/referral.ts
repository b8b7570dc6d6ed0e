import type { Referral } from '../model/schemas';
import { companyName, type FactContext } from './context';
import { answeredAt } from './conversation';
import { datedAfter, datedBefore1990 } from './data-quality';
import { calendarDaysBetween, latest } from './dates';
import { REPLY_EXPECTED_KINDS } from './message';

/** Derived facts about one referral, as rules see them under the `referral` fact. */
export interface ReferralFacts {
  /** The referral's id. */
  readonly id: string;
  /** Where it stands. */
  readonly status: Referral['status'];
  /** The company's id. */
  readonly companyId: string;
  /** The company's name. */
  readonly company: string;
  /** The connection asked. */
  readonly contact: string;
  /** The role concerned (of the application that followed, else one at its company), or null. */
  readonly role: string | null;
  /** Days since it was requested. */
  readonly daysSinceRequested: number;
  /** Days since its status last changed (or since requested). */
  readonly daysSinceUpdate: number;
  /** Whether an application followed from it. */
  readonly hasApplication: boolean;
  /** Whether the connection or the company has written since the request. */
  readonly anyReply: boolean;
  /** Inbound messages about it (or its company) still unanswered. */
  readonly unansweredMessages: number;
  /** Whether the candidate has written about it, or to its company, since its status last changed. */
  readonly sentSinceUpdate: boolean;
  /** Reminders sent to the connection after the request. */
  readonly followUpsSent: number;
  /** Days since the connection was last asked: the request, or the latest reminder. */
  readonly daysSinceLastAsked: number;
  /** Name of another company whose application is linked to it (a contradiction), or null. */
  readonly linkedToOtherCompany: string | null;
  /** One of its dates falls before 1990 (likely a typo). */
  readonly datedBefore1990: boolean;
  /** It is dated after the evaluation date. */
  readonly futureDated: boolean;
}

/** Computes {@link ReferralFacts} for one referral. */
export function referralFacts(referral: Referral, ctx: FactContext): ReferralFacts {
  const { index, asOf } = ctx;
  const messages = [
    ...(index.messagesByReferral.get(referral.id) ?? []),
    ...(index.messagesByCompany.get(referral.companyId) ?? []).filter(
      (m) => m.referralId === undefined,
    ),
  ];
  const inbound = messages.filter(
    (m) => m.direction === 'inbound' && m.at >= referral.requestedAt && m.at <= asOf,
  );
  const contactReplied = (index.messagesByContact.get(referral.contactId) ?? []).some(
    (m) => m.direction === 'inbound' && m.at >= referral.requestedAt,
  );
  const changed = referral.updatedAt ?? referral.requestedAt;
  const sentSinceUpdate = messages.some(
    (m) =>
      (m.direction === 'outbound' &&
        m.kind !== 'referral-request' &&
        m.at >= changed &&
        m.at <= asOf) ||
      (m.repliedAt !== undefined && m.repliedAt >= changed && m.repliedAt <= asOf),
  );
  // Reminders: later messages to the connection about this referral, not new requests.
  const followUps = [
    ...(index.messagesByReferral.get(referral.id) ?? []),
    ...(index.messagesByContact.get(referral.contactId) ?? []).filter(
      (m) => m.referralId === undefined,
    ),
  ].filter(
    (m) =>
      m.direction === 'outbound' &&
      m.kind !== 'referral-request' &&
      m.at > referral.requestedAt &&
      m.at <= asOf,
  );
  const lastAsked = latest([referral.requestedAt, ...followUps.map((m) => m.at)]);
  const applications = [
    ...(index.applicationsByReferral.get(referral.id) ?? []),
    ...(index.applicationsByCompany.get(referral.companyId) ?? []),
  ];
  const elsewhere = (index.applicationsByReferral.get(referral.id) ?? []).find(
    (a) => a.companyId !== referral.companyId,
  );
  return {
    id: referral.id,
    status: referral.status,
    companyId: referral.companyId,
    company: companyName(ctx, referral.companyId) ?? referral.companyId,
    contact: index.contacts.get(referral.contactId)?.name ?? referral.contactId,
    role: applications[0]?.role ?? null,
    daysSinceRequested: calendarDaysBetween(referral.requestedAt, asOf),
    daysSinceUpdate: calendarDaysBetween(changed, asOf),
    hasApplication:
      referral.applicationId !== undefined ||
      (index.applicationsByReferral.get(referral.id) ?? []).length > 0 ||
      (index.applicationsByCompany.get(referral.companyId) ?? []).some((a) => a.stage !== 'saved'),
    // Any status past `requested` means the connection answered.
    anyReply: referral.status !== 'requested' || inbound.length > 0 || contactReplied,
    unansweredMessages: inbound.filter(
      (m) => REPLY_EXPECTED_KINDS.includes(m.kind) && answeredAt(m, index) === undefined,
    ).length,
    sentSinceUpdate,
    followUpsSent: followUps.length,
    daysSinceLastAsked: calendarDaysBetween(lastAsked ?? referral.requestedAt, asOf),
    linkedToOtherCompany: companyName(ctx, elsewhere?.companyId),
    datedBefore1990: datedBefore1990([referral.requestedAt, referral.updatedAt]),
    futureDated: datedAfter([referral.requestedAt, referral.updatedAt], asOf),
  };
}
