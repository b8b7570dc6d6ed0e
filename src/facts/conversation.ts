import type { Message } from '../model/schemas';
import { type MessageSelection, messageCompanyId, type SearchIndex } from './search-index';

const outbound = (m: Message) => m.direction === 'outbound';

/**
 * Inbound kinds that ask something of the candidate. Rejections and automatic status updates
 * (and anything else) need no answer, so they never count as waiting.
 */
export const REPLY_EXPECTED_KINDS: readonly Message['kind'][] = [
  'outreach',
  'interview-invite',
  'follow-up',
];

/** Messages the candidate received. */
export const INBOUND: MessageSelection = { name: 'inbound', includes: (m) => !outbound(m) };
/** Messages the candidate sent. */
export const OUTBOUND: MessageSelection = { name: 'outbound', includes: outbound };
/** Follow-ups the candidate sent. */
export const FOLLOW_UPS: MessageSelection = {
  name: 'follow-ups',
  includes: (m) => outbound(m) && m.kind === 'follow-up',
};
/** Thank-you notes the candidate sent. */
export const THANK_YOUS: MessageSelection = {
  name: 'thank-yous',
  includes: (m) => outbound(m) && m.kind === 'thank-you',
};
/** Anything the candidate sent other than a referral request. */
export const SENT_BUT_REQUESTS: MessageSelection = {
  name: 'sent-but-requests',
  includes: (m) => outbound(m) && m.kind !== 'referral-request',
};
/** Received messages that ask for an answer and never got one (see {@link answeredAt}). */
export const UNANSWERED: MessageSelection = {
  name: 'unanswered',
  includes: (m, index) =>
    !outbound(m) && REPLY_EXPECTED_KINDS.includes(m.kind) && answeredAt(m, index) === undefined,
};
/** Messages the candidate answered, placed at their `repliedAt`. */
export const REPLIED: MessageSelection = {
  name: 'replied',
  includes: (m) => m.repliedAt !== undefined,
  time: (m) => m.repliedAt,
};

/** Whether an interview for the message's application (else its company) was arranged after it. */
function interviewFollowed(message: Message, index: SearchIndex): boolean {
  const applicationIds =
    message.applicationId !== undefined
      ? [message.applicationId]
      : (
          index.applicationsByCompany.get(
            messageCompanyId(message, index.applications, index.referrals) ?? '',
          ) ?? []
        ).map((a) => a.id);
  return applicationIds.some((id) =>
    (index.interviewsByApplication.get(id) ?? []).some((i) => i.at >= message.at),
  );
}

/**
 * When an inbound message was answered: its `repliedAt`, or the first later outbound message in
 * the same thread (same application, else referral, else company). An interview arranged after
 * it proves an answer whose date went unrecorded: the message's own date stands in for it.
 * Undefined while unanswered.
 */
export function answeredAt(inbound: Message, index: SearchIndex): Date | undefined {
  if (inbound.repliedAt !== undefined) return inbound.repliedAt;
  const reply = outboundAfter(inbound, index);
  if (reply) return reply;
  return interviewFollowed(inbound, index) ? inbound.at : undefined;
}

/** The first message the candidate sent after `inbound` in the same thread, if any. */
function outboundAfter(inbound: Message, index: SearchIndex): Date | undefined {
  if (inbound.applicationId !== undefined)
    return index.timeline('application', inbound.applicationId, OUTBOUND).firstAfter(inbound.at);
  if (inbound.referralId !== undefined)
    return index.timeline('referral', inbound.referralId, OUTBOUND).firstAfter(inbound.at);
  const companyId = inbound.companyId;
  // Without an application or referral, a message is grouped by its own company.
  return companyId === undefined
    ? undefined
    : index.timeline('company', companyId, OUTBOUND).firstAfter(inbound.at);
}

/**
 * The latest inbound message about an application since `since` (all of them when undefined):
 * tied to it, or to its company without another application.
 */
export function lastEmployerMessageAt(
  applicationId: string,
  companyId: string,
  since: Date | undefined,
  index: SearchIndex,
): Date | undefined {
  const own = index.timeline('application', applicationId, INBOUND).latest(since, undefined);
  const company = index.timeline('company-only', companyId, INBOUND).latest(since, undefined);
  return own === undefined || (company !== undefined && company > own) ? company : own;
}
