import type { ApplicationFacts } from './application';
import type { FactContext } from './context';
import { daysBetween } from './dates';
import type { MessageFacts } from './message';
import { type OfferOutlook, summariseOutlook } from './outlook';

/** Search-wide facts, as rules see them under the `search` fact; the report's metrics. */
export interface SearchFacts {
  /** Open applications that have been sent (not `saved`). */
  readonly activeApplications: number;
  /** Distinct companies with open, sent applications. */
  readonly activeCompanies: number;
  /** Distinct companies with open, sent applications that are not silent. */
  readonly liveCompanies: number;
  /** Saved postings not yet applied to. */
  readonly savedApplications: number;
  /** Applications ever sent (with or without a date). */
  readonly totalApplications: number;
  /** Applications sent in the last 7 days. */
  readonly applicationsLast7Days: number;
  /** Applications sent in the last 30 days. */
  readonly applicationsLast30Days: number;
  /** The candidate's own goal of applications a week, or null when not set. */
  readonly weeklyApplicationGoal: number | null;
  /** Days since the most recent application, or null when none has a date. */
  readonly daysSinceLastApplication: number | null;
  /** Open applications at screening, interviewing or final round. */
  readonly interviewsInProgress: number;
  /** Names of the companies with those applications. */
  readonly interviewingCompanies: readonly string[];
  /** Inbound messages not yet answered. */
  readonly pendingOutreach: number;
  /** Days since the search started (or since its earliest application), or null. */
  readonly searchAgeDays: number | null;
  /** Sent applications through a job board or company site. */
  readonly coldApplications: number;
  /** Applications that reached screening or beyond at some point. */
  readonly screenedApplications: number;
  /** Share of sent applications made through a person (referral, network, recruiter). */
  readonly warmShare: number;
  /** Most used channel over the last 30 days, or null. */
  readonly topChannel: string | null;
  /** That channel's share of the last 30 days' applications. */
  readonly topChannelShare: number;
  /** Distinct company sizes among open applications with a known size. */
  readonly companySizes: number;
  /** Open applications whose company size is known. */
  readonly sizedApplications: number;
  /** The most common company size among them (ties: alphabetical first), or null. */
  readonly topCompanySize: string | null;
  /** Pending offers. */
  readonly pendingOffers: number;
  /** Whether an offer has been accepted. */
  readonly offerAccepted: boolean;
  /**
   * Names of the companies with open, sent applications other than the one whose offer was
   * accepted: the ones to withdraw from. Empty until an offer is accepted.
   */
  readonly openCompaniesOtherThanAccepted: readonly string[];
  /** The company carrying most of the expected offers, or null. */
  readonly topCompany: string | null;
  /** Its share of the expected offers (0..1); 0 with an empty pipeline. */
  readonly topCompanyShare: number;
  /** Chance of at least one offer and what would raise it. */
  readonly offerOutlook: OfferOutlook;
}

/** Computes {@link SearchFacts} from the entity facts. */
export function searchFacts(
  applications: readonly ApplicationFacts[],
  messages: readonly MessageFacts[],
  ctx: FactContext,
): SearchFacts {
  const { search, asOf } = ctx;
  const sent = applications.filter((a) => a.submitted);
  const open = sent.filter((a) => a.active);
  const dated = sent.filter((a) => a.daysSinceApplied !== null && a.daysSinceApplied >= 0);
  const within = (days: number) =>
    dated.filter((a) => (a.daysSinceApplied ?? Number.POSITIVE_INFINITY) < days);
  const recent = within(30);
  const channels = countBy(recent, (a) => a.channel);
  const [topChannel, topChannelCount] = largest(channels);
  const byCompany = new Map<string, number>();
  for (const a of open) byCompany.set(a.company, (byCompany.get(a.company) ?? 0) + a.offerChance);
  const [topCompany, topCompanyChance] = largest(byCompany);
  const chances = open.map((a) => a.offerChance);
  const expected = chances.reduce((s, p) => s + p, 0);
  const offerAccepted = search.offers.some((o) => o.status === 'accepted');
  const acceptedCompanyIds = new Set(
    search.offers
      .filter((o) => o.status === 'accepted')
      .map((o) => ctx.index.applications.get(o.applicationId)?.companyId),
  );
  const starts = [search.candidate?.searchStartedAt, ...sent.map((a) => a.daysSinceApplied)];
  const sizes = open.flatMap((a) => {
    const size = ctx.index.companies.get(a.companyId)?.size;
    return size ? [size] : [];
  });
  const target = search.candidate?.goals?.offerProbability ?? ctx.outlook.target;
  const lastApplication = dated.reduce(
    (min, a) => Math.min(min, a.daysSinceApplied ?? min),
    Number.POSITIVE_INFINITY,
  );

  return {
    activeApplications: open.length,
    activeCompanies: new Set(open.map((a) => a.companyId)).size,
    liveCompanies: new Set(open.filter((a) => !a.silent).map((a) => a.companyId)).size,
    savedApplications: applications.filter((a) => a.stage === 'saved').length,
    totalApplications: sent.length,
    applicationsLast7Days: within(7).length,
    applicationsLast30Days: recent.length,
    weeklyApplicationGoal: search.candidate?.goals?.weeklyApplications ?? null,
    daysSinceLastApplication: dated.length > 0 ? lastApplication : null,
    interviewsInProgress: open.filter((a) => a.interviewStage).length,
    interviewingCompanies: [...new Set(open.filter((a) => a.interviewStage).map((a) => a.company))],
    pendingOutreach: messages.filter((m) => m.daysUnanswered !== null).length,
    searchAgeDays: searchAge(starts, asOf),
    coldApplications: sent.filter((a) => a.channel === 'job-board' || a.channel === 'company-site')
      .length,
    screenedApplications: sent.filter(
      (a) => a.interviews > 0 || a.interviewStage || a.stage === 'offer',
    ).length,
    warmShare: sent.length > 0 ? sent.filter((a) => a.warm).length / sent.length : 0,
    topChannel,
    topChannelShare: recent.length > 0 ? topChannelCount / recent.length : 0,
    companySizes: new Set(sizes).size,
    sizedApplications: sizes.length,
    topCompanySize: largest(countBy(sizes, (size) => size))[0],
    pendingOffers: search.offers.filter((o) => o.status === 'pending').length,
    offerAccepted,
    openCompaniesOtherThanAccepted: offerAccepted
      ? [...new Set(open.filter((a) => !acceptedCompanyIds.has(a.companyId)).map((a) => a.company))]
      : [],
    topCompany,
    topCompanyShare: expected > 0 ? topCompanyChance / expected : 0,
    offerOutlook: summariseOutlook(offerAccepted ? [1] : chances, ctx.outlook, target),
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The entry with the largest value; ties go to the key that sorts first (by code unit). */
function largest(map: ReadonlyMap<string, number>): [string | null, number] {
  let best: [string | null, number] = [null, 0];
  for (const [key, value] of map)
    if (value > best[1] || (value === best[1] && best[0] !== null && key < best[0]))
      best = [key, value];
  return best;
}

function searchAge(
  starts: readonly (Date | number | null | undefined)[],
  asOf: Date,
): number | null {
  let age: number | null = null;
  for (const start of starts) {
    const days = start instanceof Date ? daysBetween(start, asOf) : start;
    if (typeof days === 'number' && (age === null || days > age)) age = days;
  }
  return age;
}
