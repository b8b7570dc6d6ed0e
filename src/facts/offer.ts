import type { Offer } from '../model/schemas';
import type { ApplicationFacts } from './application';
import { companyName, type FactContext } from './context';
import { addDays, calendarDaysBetween, daysBetween, isoDay, startOfDay } from './dates';

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
  /** How much the candidate wants this job (1..5, from the application), or null. */
  readonly interest: number | null;
  /** Still open: pending and not past its deadline. */
  readonly open: boolean;
  /** Other open offers. */
  readonly otherOpenOffers: number;
  /**
   * Whether the candidate rates this open offer at least as highly as every other open offer
   * (by interest): true or false when its interest is known, null when it is not or it is closed.
   */
  readonly preferred: boolean | null;
  /**
   * While other offers are open too, the day to have asked this employer what you still need to
   * choose between them (YYYY-MM-DD): two days from now, or the day before
   * the first open offer lapses if that is sooner, never before today. Null when the offer is
   * closed or the only one open.
   */
  readonly askBy: string | null;
}

/** Days from now within which to ask each employer what you need to compare their offers. */
const ASK_WITHIN_DAYS = 2;

/** An offer still to be decided: pending, and not past its deadline. */
export interface OpenOffer {
  /** The offer. */
  readonly offer: Offer;
  /** Its employer's id. */
  readonly companyId: string;
  /** Its employer's name. */
  readonly company: string;
  /** How much the candidate wants the job, or null. */
  readonly interest: number | null;
}

/** Whether an offer is still to be decided at `asOf`: pending and not past its deadline. */
export function isOpenOffer(offer: Offer, asOf: Date): boolean {
  return offer.status === 'pending' && (offer.expiresAt === undefined || offer.expiresAt > asOf);
}

const openOffersByContext = new WeakMap<FactContext, readonly OpenOffer[]>();
const askByContext = new WeakMap<FactContext, string>();
const interestsByContext = new WeakMap<FactContext, readonly number[]>();

/** The open offers of a search, worked out once per evaluation. */
export function openOffers(ctx: FactContext): readonly OpenOffer[] {
  const known = openOffersByContext.get(ctx);
  if (known) return known;
  const open = ctx.search.offers
    .filter((offer) => isOpenOffer(offer, ctx.asOf))
    .map((offer): OpenOffer => {
      const application = ctx.index.applications.get(offer.applicationId);
      const companyId = application?.companyId ?? offer.applicationId;
      return {
        offer,
        companyId,
        company: companyName(ctx, companyId) ?? companyId,
        interest: application?.interest ?? null,
      };
    });
  openOffersByContext.set(ctx, open);
  return open;
}

/** The two highest interests among the open offers (0 for unknown), highest first. */
function topInterests(ctx: FactContext): readonly number[] {
  const known = interestsByContext.get(ctx);
  if (known) return known;
  const top = [0, 0];
  for (const { interest } of openOffers(ctx)) {
    const value = interest ?? 0;
    if (value > (top[0] ?? 0)) top.unshift(value);
    else if (value > (top[1] ?? 0)) top.splice(1, 0, value);
  }
  const two = top.slice(0, 2);
  interestsByContext.set(ctx, two);
  return two;
}

/**
 * The day to have asked every employer with an open offer what you still need to choose: soon,
 * so the answers are back in time, and before the first deadline. Worked out once per evaluation.
 */
function askByOf(ctx: FactContext): string {
  const known = askByContext.get(ctx);
  if (known !== undefined) return known;
  const today = startOfDay(ctx.asOf);
  let day = addDays(today, ASK_WITHIN_DAYS).getTime();
  for (const { offer } of openOffers(ctx))
    if (offer.expiresAt !== undefined)
      day = Math.min(day, addDays(startOfDay(offer.expiresAt), -1).getTime());
  const askBy = isoDay(new Date(Math.max(day, today.getTime())));
  askByContext.set(ctx, askBy);
  return askBy;
}

/** Whether an open offer's `interest` is at least every other open offer's. */
function ratedHighest(interest: number, ctx: FactContext): boolean {
  const [first = 0, second = 0] = topInterests(ctx);
  // When this offer holds the top interest, the best of the others is the runner-up.
  const bestOther = interest === first ? second : first;
  return interest >= bestOther;
}

/** The open applications at interview stages, summed up once for every offer. */
export interface InterviewProcesses {
  /** The applications, in input order. */
  readonly applications: readonly ApplicationFacts[];
  /** Their employers' names, each once, in input order. */
  readonly companies: readonly string[];
  /** How many of them each employer (by id) has. */
  readonly countByCompanyId: ReadonlyMap<string, number>;
}

/** Sums up the open applications at interview stages. */
export function interviewProcesses(applications: readonly ApplicationFacts[]): InterviewProcesses {
  const interviewing = applications.filter((a) => a.active && a.interviewStage);
  const countByCompanyId = new Map<string, number>();
  for (const { companyId } of interviewing)
    countByCompanyId.set(companyId, (countByCompanyId.get(companyId) ?? 0) + 1);
  return {
    applications: interviewing,
    companies: [...new Set(interviewing.map((a) => a.company))],
    countByCompanyId,
  };
}

/** The names of the employers interviewing, each once, in input order, but for one employer. */
function companiesBesides(interviewing: InterviewProcesses, companyId: string): string[] {
  const names = new Set<string>();
  for (const a of interviewing.applications) if (a.companyId !== companyId) names.add(a.company);
  return [...names];
}

/** Computes {@link OfferFacts} for one offer, given the open applications at interview stages. */
export function offerFacts(
  offer: Offer,
  application: ApplicationFacts,
  interviewing: InterviewProcesses,
  ctx: FactContext,
): OfferFacts {
  const atItsCompany = interviewing.countByCompanyId.get(application.companyId) ?? 0;
  const open = isOpenOffer(offer, ctx.asOf);
  const interest = application.interest;
  const otherOpenOffers = openOffers(ctx).length - (open ? 1 : 0);
  return {
    id: offer.id,
    applicationId: offer.applicationId,
    company: application.company,
    role: application.role,
    title: application.title,
    status: offer.status,
    daysSinceReceived: calendarDaysBetween(offer.receivedAt, ctx.asOf),
    expiresOn: offer.expiresAt ? isoDay(offer.expiresAt) : null,
    daysUntilExpiry: offer.expiresAt ? calendarDaysBetween(ctx.asOf, offer.expiresAt) : null,
    hoursUntilExpiry: offer.expiresAt ? daysBetween(ctx.asOf, offer.expiresAt) * 24 : null,
    daysPastExpiry: offer.expiresAt ? daysBetween(offer.expiresAt, ctx.asOf) : null,
    negotiated: offer.negotiated ?? false,
    otherInterviewProcesses: interviewing.applications.length - atItsCompany,
    // Listed when read, not kept: with thousands of processes open, a list per offer made the
    // offers' facts the largest part of an evaluation's memory, and no built-in rule reads it.
    get otherInterviewCompanies() {
      // Most offers come from a company with no other process open: the shared list applies.
      return atItsCompany === 0
        ? interviewing.companies
        : companiesBesides(interviewing, application.companyId);
    },
    interest,
    open,
    otherOpenOffers,
    preferred: open && interest !== null ? ratedHighest(interest, ctx) : null,
    askBy: open && otherOpenOffers > 0 ? askByOf(ctx) : null,
  };
}
