import type { Offer } from '../model/schemas';
import type { ApplicationFacts } from './application';
import type { FactContext } from './context';
import { calendarDaysBetween, daysBetween, isoDay } from './dates';

/** Derived facts about one offer, as rules see them under the `offer` fact. */
export interface OfferFacts {
  /** The offer's id. */
  readonly id: string;
  /** The application's id. */
  readonly applicationId: string;
  /** The employer's name. */
  readonly company: string;
  /** The role offered. */
  readonly role: string;
  /** For prose: "the Analyst role at Acme". */
  readonly title: string;
  /** Where the offer stands. */
  readonly status: Offer['status'];
  /** Days since it arrived. */
  readonly daysSinceReceived: number;
  /** Day it lapses (YYYY-MM-DD), or null. */
  readonly expiresOn: string | null;
  /** Calendar days until the day it lapses (0 on that day, negative after), or null. */
  readonly daysUntilExpiry: number | null;
  /** Hours until it lapses (negative once past), or null. */
  readonly hoursUntilExpiry: number | null;
  /** Days since it lapsed (negative before), or null without an expiry date. */
  readonly daysPastExpiry: number | null;
  /** Whether the candidate has negotiated. */
  readonly negotiated: boolean;
  /** Other open applications at screening, interviewing or final round. */
  readonly otherInterviewProcesses: number;
  /** Names of those employers. */
  readonly otherInterviewCompanies: readonly string[];
}

/** Computes {@link OfferFacts} for one offer, given the open applications at interview stages. */
export function offerFacts(
  offer: Offer,
  application: ApplicationFacts,
  interviewing: readonly ApplicationFacts[],
  ctx: FactContext,
): OfferFacts {
  const others = interviewing.filter((a) => a.companyId !== application.companyId);
  return {
    id: offer.id,
    applicationId: offer.applicationId,
    company: application.company,
    role: application.role,
    title: application.title,
    status: offer.status,
    daysSinceReceived: daysBetween(offer.receivedAt, ctx.asOf),
    expiresOn: offer.expiresAt ? isoDay(offer.expiresAt) : null,
    daysUntilExpiry: offer.expiresAt ? calendarDaysBetween(ctx.asOf, offer.expiresAt) : null,
    hoursUntilExpiry: offer.expiresAt ? daysBetween(ctx.asOf, offer.expiresAt) * 24 : null,
    daysPastExpiry: offer.expiresAt ? daysBetween(offer.expiresAt, ctx.asOf) : null,
    negotiated: offer.negotiated ?? false,
    otherInterviewProcesses: others.length,
    otherInterviewCompanies: [...new Set(others.map((a) => a.company))],
  };
}
