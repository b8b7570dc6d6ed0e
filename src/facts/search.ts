import type { ApplicationFacts } from './application';
import { companyName, type FactContext } from './context';
import { daysBetween, isoDay } from './dates';
import type { MessageFacts } from './message';
import { type InterviewProcesses, openOffers } from './offer';
import { type OfferOutlook, summariseOutlook } from './outlook';

/**
 * Where a search stands, which decides the advice that fits: `not-started` (nothing sent yet),
 * `searching` (applications out, no offer to decide on), `deciding` (one or more pending offers
 * not past their deadline) and `accepted` (an offer or application accepted: the search is over,
 * only loose ends remain).
 */
export const SEARCH_STATES = ['not-started', 'searching', 'deciding', 'accepted'] as const;

/** Where a search stands; see {@link SEARCH_STATES}. */
export type SearchState = (typeof SEARCH_STATES)[number];

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
  /**
   * The candidate's usual pace before the last 7 days: applications a week over up to three
   * earlier weeks, to one decimal. Null while the search is under two weeks old, with no full
   * earlier week to compare with.
   */
  readonly earlierWeeklyPace: number | null;
  /**
   * The last 7 days' applications as a share of `earlierWeeklyPace` (1: the usual pace, 0.5:
   * half of it). Null without an earlier pace above zero to compare with.
   */
  readonly lastWeekVersusEarlierPace: number | null;
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
  /**
   * How often that many cold applications would all go without a screen by chance alone, at the
   * outlook's `coldScreenRate`: (1 − rate)^coldApplications.
   */
  readonly chanceOfNoScreen: number;
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
  /** Where the search stands: `not-started`, `searching`, `deciding` or `accepted`. */
  readonly state: SearchState;
  /**
   * Ids of the companies where an offer or application was accepted in this search: one received
   * or applied for before `candidate.searchStartedAt` belongs to an earlier search.
   */
  readonly acceptedCompanyIds: readonly string[];
  /** Offers still to be decided: pending and not past their deadline. */
  readonly openOffers: number;
  /** Ids of the companies those offers come from. */
  readonly openOfferCompanyIds: readonly string[];
  /** Names of those companies. */
  readonly openOfferCompanies: readonly string[];
  /** The earliest deadline among the open offers (YYYY-MM-DD), or null when none has one. */
  readonly nextOfferExpiresOn: string | null;
  /**
   * Days until the last open offer lapses: how long the offers keep the search covered. Null
   * with no open offer, or when one has no deadline.
   */
  readonly daysUntilLastOfferExpires: number | null;
  /** The company of the open offer the candidate rates highest (by interest), when one stands out. */
  readonly preferredOffer: string | null;
  /** Companies with live (open, not silent) applications other than those with open offers. */
  readonly liveCompaniesBesideOffers: number;
  /** The company carrying most of the expected offers, or null. */
  readonly topCompany: string | null;
  /** Its share of the expected offers (0..1); 0 with an empty pipeline. */
  readonly topCompanyShare: number;
  /** Names of the candidate's contacts who work at the top company. */
  readonly contactsAtTopCompany: readonly string[];
  /**
   * The candidate's contacts who work at a company with an open application, each as "name at
   * company", in the order of the contact list.
   */
  readonly contactsAtOpenCompanies: readonly string[];
  /** Distinct roles with an open application at the top company. */
  readonly rolesAtTopCompany: readonly string[];
  /**
   * Whether those are three or more different roles: enough that, to the employer, the
   * applications can look unfocused.
   */
  readonly manyRolesAtTopCompany: boolean;
  /** Chance of at least one offer, what would raise it, and when the recent pace gets there. */
  readonly offerOutlook: OfferOutlook;
}

/** Different roles at one employer from which the applications can look unfocused. */
const MANY_ROLES = 3;

/** Computes {@link SearchFacts} from the entity facts. */
export function searchFacts(
  applications: readonly ApplicationFacts[],
  messages: readonly MessageFacts[],
  interviewing: InterviewProcesses,
  ctx: FactContext,
): SearchFacts {
  const { search, asOf } = ctx;
  const sent = applications.filter((a) => a.submitted);
  const open = sent.filter((a) => a.active);
  const dated = sent.filter((a) => a.daysSinceApplied !== null && a.daysSinceApplied >= 0);
  // Each window is read from the wider one before it.
  const within = (from: readonly ApplicationFacts[], days: number) =>
    from.filter((a) => (a.daysSinceApplied ?? Number.POSITIVE_INFINITY) < days);
  const recent = within(dated, 30);
  const channels = countBy(recent, (a) => a.channel);
  const [topChannel, topChannelCount] = largest(channels);
  // Keyed by id: two companies may share a name.
  const byCompany = new Map<string, number>();
  for (const a of open)
    byCompany.set(a.companyId, (byCompany.get(a.companyId) ?? 0) + a.offerChance);
  const [topCompanyId, topCompanyChance] = largest(byCompany);
  const offers = openOffers(ctx);
  const offerCompanyIds = new Set(offers.map((o) => o.companyId));
  const deadlines = offers.map((o) => o.offer.expiresAt);

  const openCompanyIds = new Set(open.map((a) => a.companyId));
  const chances = open.map((a) => a.offerChance);
  const expected = chances.reduce((s, p) => s + p, 0);
  // An acceptance dated before this search began is a job taken in an earlier search.
  const started = search.candidate?.searchStartedAt;
  const inThisSearch = (date: Date | undefined) =>
    started === undefined || date === undefined || date.getTime() >= started.getTime();
  const acceptedCompanyIds = [
    ...new Set([
      ...search.offers
        .filter((o) => o.status === 'accepted' && inThisSearch(o.receivedAt))
        .flatMap((o) => ctx.index.applications.get(o.applicationId)?.companyId ?? []),
      ...applications
        .filter(
          (a) =>
            a.stage === 'accepted' && inThisSearch(ctx.index.applications.get(a.id)?.appliedAt),
        )
        .map((a) => a.companyId),
    ]),
  ];
  const rolesAtTopCompany = [
    ...new Set(open.filter((a) => a.companyId === topCompanyId).map((a) => a.role)),
  ];
  const state = searchState(acceptedCompanyIds.length > 0, offers.length, sent.length);
  const sizes = open.flatMap((a) => {
    const size = ctx.index.companies.get(a.companyId)?.size;
    return size ? [size] : [];
  });
  const target = search.candidate?.goals?.offerProbability ?? ctx.outlook.target;
  const weeklyApplicationGoal = search.candidate?.goals?.weeklyApplications ?? null;
  const searchAgeDays = searchAge(search.candidate?.searchStartedAt, sent, asOf);
  const coldApplications = countWhere(
    sent,
    (a) => a.channel === 'job-board' || a.channel === 'company-site',
  );
  const last28Days = within(recent, 28);
  const last7Days = within(last28Days, 7).length;
  const pace = {
    recentChannels: last28Days.map((a) => a.channel),
    weeks: Math.min(4, Math.max(1, (searchAgeDays ?? 28) / 7)),
    lastWeek: last7Days,
    weeklyGoal: weeklyApplicationGoal,
    asOf,
  };
  const earlierWeeklyPace = earlierPace(last28Days.length - last7Days, searchAgeDays);
  const lastApplication = dated.reduce(
    (min, a) => Math.min(min, a.daysSinceApplied ?? min),
    Number.POSITIVE_INFINITY,
  );

  const liveCompanyIds = new Set<string>();
  for (const a of open) if (!a.silent) liveCompanyIds.add(a.companyId);

  return {
    activeApplications: open.length,
    activeCompanies: openCompanyIds.size,
    liveCompanies: liveCompanyIds.size,
    savedApplications: countWhere(applications, (a) => a.stage === 'saved'),
    totalApplications: sent.length,
    applicationsLast7Days: last7Days,
    applicationsLast30Days: recent.length,
    earlierWeeklyPace,
    lastWeekVersusEarlierPace:
      earlierWeeklyPace !== null && earlierWeeklyPace > 0 ? last7Days / earlierWeeklyPace : null,
    weeklyApplicationGoal,
    daysSinceLastApplication: dated.length > 0 ? lastApplication : null,
    interviewsInProgress: interviewing.applications.length,
    interviewingCompanies: interviewing.companies,
    pendingOutreach: countWhere(messages, (m) => m.daysUnanswered !== null),
    searchAgeDays,
    coldApplications,
    chanceOfNoScreen: (1 - ctx.outlook.coldScreenRate) ** coldApplications,
    screenedApplications: countWhere(
      sent,
      (a) => a.interviews > 0 || a.interviewStage || a.stage === 'offer',
    ),
    warmShare: sent.length > 0 ? countWhere(sent, (a) => a.warm) / sent.length : 0,
    topChannel,
    topChannelShare: recent.length > 0 ? topChannelCount / recent.length : 0,
    companySizes: new Set(sizes).size,
    sizedApplications: sizes.length,
    topCompanySize: largest(countBy(sizes, (size) => size))[0],
    pendingOffers: search.offers.filter((o) => o.status === 'pending').length,
    state,
    acceptedCompanyIds,
    openOffers: offers.length,
    openOfferCompanyIds: [...offerCompanyIds],
    openOfferCompanies: [...new Set(offers.map((o) => o.company))],
    nextOfferExpiresOn: earliestDay(deadlines),
    daysUntilLastOfferExpires:
      deadlines.length > 0 && deadlines.every((d) => d !== undefined)
        ? Math.max(...deadlines.map((d) => daysBetween(asOf, d)))
        : null,
    preferredOffer: preferredOffer(offers),
    liveCompaniesBesideOffers: countWhere(liveCompanyIds, (id) => !offerCompanyIds.has(id)),
    topCompany: companyName(ctx, topCompanyId ?? undefined),
    topCompanyShare: expected > 0 ? topCompanyChance / expected : 0,
    contactsAtTopCompany: search.contacts
      .filter((c) => topCompanyId !== null && c.companyId === topCompanyId)
      .map((c) => c.name),
    contactsAtOpenCompanies: search.contacts
      .filter((c) => c.companyId !== undefined && openCompanyIds.has(c.companyId))
      .map((c) => `${c.name} at ${companyName(ctx, c.companyId)}`),
    rolesAtTopCompany,
    manyRolesAtTopCompany: rolesAtTopCompany.length >= MANY_ROLES,
    offerOutlook: summariseOutlook(state === 'accepted' ? [1] : chances, ctx.outlook, target, pace),
  };
}

/**
 * The search state. A pending offer past its deadline does not hold the search in `deciding`: it
 * may be lost, and applying must not wait on it.
 */
function searchState(accepted: boolean, openOffers: number, sent: number): SearchState {
  if (accepted) return 'accepted';
  if (openOffers > 0) return 'deciding';
  return sent > 0 ? 'searching' : 'not-started';
}

/** Days in a week, and the earlier weeks the usual pace is measured over, at most. */
const WEEK = 7;
const EARLIER_WEEKS = 3;

/**
 * Applications a week before the last 7 days, from the count sent 7 to 27 days ago, over the
 * earlier weeks the search has run (at most three); null before a full earlier week.
 */
function earlierPace(earlierApplications: number, searchAgeDays: number | null): number | null {
  if (searchAgeDays === null || searchAgeDays < 2 * WEEK) return null;
  const weeks = Math.min(EARLIER_WEEKS, (searchAgeDays - WEEK) / WEEK);
  return Math.round((earlierApplications / weeks) * 10) / 10;
}

/** The earliest of some dates as YYYY-MM-DD, or null when none is known. */
function earliestDay(dates: readonly (Date | undefined)[]): string | null {
  let first: Date | undefined;
  for (const date of dates) if (date && (!first || date < first)) first = date;
  return first ? isoDay(first) : null;
}

/** The company of the one open offer rated above all others, or null when none stands out. */
function preferredOffer(offers: ReturnType<typeof openOffers>): string | null {
  const rated = offers.filter((o) => o.interest !== null);
  const top = Math.max(0, ...rated.map((o) => o.interest ?? 0));
  const best = rated.filter((o) => o.interest === top);
  return offers.length > 1 && best.length === 1 ? (best[0]?.company ?? null) : null;
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

/** Days since the search started or its earliest application, whichever is longer ago; or null. */
function searchAge(
  startedAt: Date | undefined,
  sent: readonly ApplicationFacts[],
  asOf: Date,
): number | null {
  let age = startedAt === undefined ? null : daysBetween(startedAt, asOf);
  for (const { daysSinceApplied: days } of sent)
    if (days !== null && (age === null || days > age)) age = days;
  return age;
}

/** How many items pass `test`, without a list of them. */
function countWhere<T>(items: Iterable<T>, test: (item: T) => boolean): number {
  let count = 0;
  for (const item of items) if (test(item)) count += 1;
  return count;
}
