import type { Message } from '../model/schemas';
import { messageCompanyId, type SearchIndex } from './search-index';

/** Messages about the same thread as `message`: its application, else referral, else company. */
function thread(message: Message, index: SearchIndex): readonly Message[] {
  if (message.applicationId !== undefined)
    return index.messagesByApplication.get(message.applicationId) ?? [];
  if (message.referralId !== undefined)
    return index.messagesByReferral.get(message.referralId) ?? [];
  const companyId = messageCompanyId(message, index.applications, index.referrals);
  return companyId === undefined ? [] : (index.messagesByCompany.get(companyId) ?? []);
}

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
  const reply = thread(inbound, index).find((m) => m.direction === 'outbound' && m.at > inbound.at);
  if (reply) return reply.at;
  return interviewFollowed(inbound, index) ? inbound.at : undefined;
}

/** Inbound messages about an application: tied to it, or to its company without another application. */
export function employerMessages(
  applicationId: string,
  companyId: string,
  index: SearchIndex,
): Message[] {
  const own = index.messagesByApplication.get(applicationId) ?? [];
  const company = (index.messagesByCompany.get(companyId) ?? []).filter(
    (m) => m.applicationId === undefined,
  );
  return [...own, ...company].filter((m) => m.direction === 'inbound');
}

/** Whether the employer wrote after `sent` (about the same application or company). */
export function employerRepliedAfter(sent: Date, inbound: readonly Message[]): boolean {
  return inbound.some((m) => m.at > sent);
}
