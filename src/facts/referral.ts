import type { Referral } from '../model/schemas';
import { companyName, type FactContext } from './context';
import { INBOUND, REPLIED, SENT_BUT_REQUESTS, UNANSWERED } from './conversation';
import { datedAfter, datedBefore1990 } from './data-quality';
import { calendarDaysBetween, latest } from './dates';
import type { MessageSelection } from './search-index';

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
  // Its messages: the referral's own, or its company's not tied to another referral.
  const countAbout = (selection: MessageSelection, from: Date) =>
    index.timeline('referral', referral.id, selection).count(from, asOf) +
    index.timeline('company-without-referral', referral.companyId, selection).count(from, asOf);
  const contactReplied =
    index.timeline('contact', referral.contactId, INBOUND).count(referral.requestedAt, undefined) >
    0;
  const changed = referral.updatedAt ?? referral.requestedAt;
  const sentSinceUpdate =
    countAbout(SENT_BUT_REQUESTS, changed) > 0 || countAbout(REPLIED, changed) > 0;
  // Reminders: later messages to the connection about this referral, not new requests.
  const own = index.timeline('referral', referral.id, SENT_BUT_REQUESTS);
  const toContact = index.timeline(
    'contact-without-referral',
    referral.contactId,
    SENT_BUT_REQUESTS,
  );
  const { requestedAt } = referral;
  const followUpsSent =
    own.count(requestedAt, asOf, true) + toContact.count(requestedAt, asOf, true);
  const lastAsked = latest([
    requestedAt,
    own.latest(requestedAt, asOf, true),
    toContact.latest(requestedAt, asOf, true),
  ]);
  const application =
    index.applicationsByReferral.get(referral.id)?.[0] ??
    index.applicationsByCompany.get(referral.companyId)?.[0];
  const elsewhere = (index.applicationsByReferral.get(referral.id) ?? []).find(
    (a) => a.companyId !== referral.companyId,
  );
  return {
    id: referral.id,
    status: referral.status,
    companyId: referral.companyId,
    company: companyName(ctx, referral.companyId) ?? referral.companyId,
    contact: index.contacts.get(referral.contactId)?.name ?? referral.contactId,
    role: application?.role ?? null,
    daysSinceRequested: calendarDaysBetween(referral.requestedAt, asOf),
    daysSinceUpdate: calendarDaysBetween(changed, asOf),
    hasApplication:
      referral.applicationId !== undefined ||
      (index.applicationsByReferral.get(referral.id) ?? []).length > 0 ||
      index.companiesApplied.has(referral.companyId),
    // Any status past `requested` means the connection answered.
    anyReply:
      referral.status !== 'requested' ||
      countAbout(INBOUND, referral.requestedAt) > 0 ||
      contactReplied,
    unansweredMessages: countAbout(UNANSWERED, referral.requestedAt),
    sentSinceUpdate,
    followUpsSent,
    daysSinceLastAsked: calendarDaysBetween(lastAsked ?? referral.requestedAt, asOf),
    linkedToOtherCompany: companyName(ctx, elsewhere?.companyId),
    datedBefore1990: datedBefore1990([referral.requestedAt, referral.updatedAt]),
    futureDated: datedAfter([referral.requestedAt, referral.updatedAt], asOf),
  };
}
