import type { Message } from '../model/schemas';
import { companyName, type FactContext } from './context';
import { answeredAt } from './conversation';
import { daysBetween, isoDay } from './dates';
import { messageCompanyId } from './search-index';

/** Derived facts about one message, as rules see them under the `message` fact. */
export interface MessageFacts {
  /** The message's id. */
  readonly id: string;
  /** `inbound` or `outbound`. */
  readonly direction: Message['direction'];
  /** What the message is. */
  readonly kind: Message['kind'];
  /** Day it was sent or received (YYYY-MM-DD). */
  readonly on: string;
  /** Days since it was sent or received. */
  readonly daysSince: number;
  /** The company concerned (directly or through its application or referral), or null. */
  readonly companyId: string | null;
  /** That company's name, or null. */
  readonly company: string | null;
  /** The role of the application concerned, or null. */
  readonly role: string | null;
  /** The application concerned, or null. */
  readonly applicationId: string | null;
  /** The referral concerned, or null. */
  readonly referralId: string | null;
  /** Name of the person concerned, or null. */
  readonly contact: string | null;
  /** Whether it came through a referral (its own, or one for the same company). */
  readonly viaReferral: boolean;
  /** Name of the contact who made that referral, or null. */
  readonly referredBy: string | null;
  /** For inbound messages: answered (replied to, or followed by an outbound message). */
  readonly answered: boolean;
  /** For inbound messages still unanswered: days waiting; otherwise null. */
  readonly daysUnanswered: number | null;
}

/** Computes {@link MessageFacts} for one message. */
export function messageFacts(message: Message, ctx: FactContext): MessageFacts {
  const { index, asOf } = ctx;
  const companyId = messageCompanyId(message, index.applications, index.referrals) ?? null;
  const referral =
    (message.referralId !== undefined ? index.referrals.get(message.referralId) : undefined) ??
    (companyId !== null ? index.activeReferralByCompany.get(companyId) : undefined);
  const application =
    message.applicationId !== undefined ? index.applications.get(message.applicationId) : undefined;
  const replied = message.direction === 'inbound' ? answeredAt(message, index) : undefined;
  const answered = message.direction === 'inbound' && replied !== undefined && replied <= asOf;
  const contact =
    message.contactId !== undefined ? index.contacts.get(message.contactId) : undefined;
  const referrer = referral ? index.contacts.get(referral.contactId) : undefined;
  return {
    id: message.id,
    direction: message.direction,
    kind: message.kind,
    on: isoDay(message.at),
    daysSince: daysBetween(message.at, asOf),
    companyId,
    company: companyName(ctx, companyId ?? undefined),
    role: application?.role ?? null,
    applicationId: message.applicationId ?? null,
    referralId: referral?.id ?? null,
    contact: contact?.name ?? null,
    viaReferral: referral !== undefined,
    referredBy: referrer?.name ?? null,
    answered,
    daysUnanswered:
      message.direction === 'inbound' && !answered ? daysBetween(message.at, asOf) : null,
  };
}
