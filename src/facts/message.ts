import type { Message } from '../model/schemas';
import { companyName, type FactContext, joinText, roleTitle } from './context';
import { answeredAt, REPLY_EXPECTED_KINDS } from './conversation';
import { datedAfter, datedBefore1990 } from './data-quality';
import { calendarDaysBetween, isoDay } from './dates';
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
  /** For prose: "your follow-up of 2026-11-22 about the Analyst role at Acme". */
  readonly summary: string;
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
  /** Whether it is inbound and of a kind that expects an answer (not a rejection or status update). */
  readonly needsReply: boolean;
  /**
   * For inbound messages: answered (replied to, followed by an outbound message, or by an
   * interview arranged after it).
   */
  readonly answered: boolean;
  /**
   * Name of the company the message is filed under when its application or referral is at
   * another company (the record contradicts itself); otherwise null.
   */
  readonly filedUnder: string | null;
  /** When it is filed under another company: the company of its application or referral. */
  readonly linkedCompany: string | null;
  /** One of its dates falls before 1990 (likely a typo). */
  readonly datedBefore1990: boolean;
  /** It is dated after the evaluation date. */
  readonly futureDated: boolean;
  /** For inbound messages that need a reply and have none yet: calendar days waiting; else null. */
  readonly daysUnanswered: number | null;
}

/** How each kind of message is named in prose. */
const KIND_WORDS: Readonly<Record<Message['kind'], string>> = {
  outreach: 'message',
  'follow-up': 'follow-up',
  'thank-you': 'thank-you note',
  'status-update': 'status update',
  'interview-invite': 'interview invitation',
  rejection: 'rejection',
  'referral-request': 'referral request',
  other: 'message',
};

/** "your follow-up of 2026-11-22 about the Analyst role at Acme", "the rejection of … from Acme". */
function summaryOf(message: Message, role: string | undefined, company: string | null): string {
  const whose = message.direction === 'inbound' ? 'the ' : 'your ';
  const what = KIND_WORDS[message.kind];
  const day = isoDay(message.at);
  if (role !== undefined && company !== null)
    return joinText(whose, what, ' of ', day, ' about ', roleTitle(role, company));
  if (company !== null) {
    const toOrFrom = message.direction === 'inbound' ? ' from ' : ' to ';
    return joinText(whose, what, ' of ', day, toOrFrom, company);
  }
  return joinText(whose, what, ' of ', day);
}

/** Computes {@link MessageFacts} for one message. */
export function messageFacts(message: Message, ctx: FactContext): MessageFacts {
  const { index, asOf } = ctx;
  const application =
    message.applicationId !== undefined ? index.applications.get(message.applicationId) : undefined;
  const linkedReferral =
    message.referralId !== undefined ? index.referrals.get(message.referralId) : undefined;
  const companyId = messageCompanyId(message, index.applications, index.referrals) ?? null;
  const linked = application ?? linkedReferral;
  const conflict =
    message.companyId !== undefined &&
    linked !== undefined &&
    linked.companyId !== message.companyId;
  const referral =
    linkedReferral ??
    (companyId !== null ? index.activeReferralByCompany.get(companyId) : undefined);
  const needsReply = message.direction === 'inbound' && REPLY_EXPECTED_KINDS.includes(message.kind);
  const replied = message.direction === 'inbound' ? answeredAt(message, index) : undefined;
  const answered = message.direction === 'inbound' && replied !== undefined && replied <= asOf;
  const contact =
    message.contactId !== undefined ? index.contacts.get(message.contactId) : undefined;
  const referrer = referral ? index.contacts.get(referral.contactId) : undefined;
  const company = companyName(ctx, companyId ?? undefined);
  return {
    id: message.id,
    direction: message.direction,
    kind: message.kind,
    on: isoDay(message.at),
    summary: summaryOf(
      message,
      application?.role,
      // Its application's company, where the message is filed under another.
      application && application.companyId !== companyId
        ? companyName(ctx, application.companyId)
        : company,
    ),
    daysSince: calendarDaysBetween(message.at, asOf),
    companyId,
    company,
    role: application?.role ?? null,
    applicationId: message.applicationId ?? null,
    referralId: referral?.id ?? null,
    contact: contact?.name ?? null,
    viaReferral: referral !== undefined,
    referredBy: referrer?.name ?? null,
    needsReply,
    filedUnder: conflict ? companyName(ctx, message.companyId) : null,
    linkedCompany: conflict ? companyName(ctx, linked?.companyId) : null,
    datedBefore1990: datedBefore1990([message.at, message.repliedAt]),
    futureDated: datedAfter([message.at, message.repliedAt], asOf),
    answered,
    daysUnanswered: needsReply && !answered ? calendarDaysBetween(message.at, asOf) : null,
  };
}
