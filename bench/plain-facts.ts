/**
 * The derived values the ported rules read, computed the way a careful user of json-rules-engine
 * would compute them without this library: straight from the raw search, with lookup maps built
 * once per search, so every value costs time linear in what it concerns. Written independently
 * of the library's own fact code, from what its documentation says each value means.
 */
import type { JobSearchInput, OutlookOptions } from '../src/index';

const DAY_MS = 86_400_000;
const ACTIVE = new Set(['saved', 'applied', 'screening', 'interviewing', 'final-round', 'offer']);
const INTERVIEW_STAGES = new Set(['screening', 'interviewing', 'final-round']);
const WARM = new Set(['referral', 'network', 'recruiter']);
/** Inbound kinds that ask for an answer; rejections and status updates do not. */
const REPLY_EXPECTED = new Set(['outreach', 'interview-invite', 'follow-up']);

/** One raw entity of the search. */
export type Raw = Record<string, unknown> & { id: string };
/** The raw search, as parsed from JSON. */
export interface RawSearch {
  candidate?: { searchStartedAt?: string; goals?: Record<string, number | undefined> };
  companies?: Raw[];
  applications?: Raw[];
  referrals?: Raw[];
  messages?: Raw[];
  interviews?: Raw[];
  offers?: Raw[];
}
/** Derived values of one subject, by name. */
export type PlainFacts = Record<string, unknown>;

const time = (iso: unknown): number => Date.parse(String(iso));
/** A deadline given as a bare date lasts until the end of that day (UTC). */
const deadline = (iso: unknown): number =>
  String(iso).length === 10 ? Date.parse(`${iso}T23:59:59.999Z`) : time(iso);
/** Calendar days between two instants (UTC), as the documentation counts days. */
const days = (from: number, to: number) =>
  Math.round((Math.floor(to / DAY_MS) * DAY_MS - Math.floor(from / DAY_MS) * DAY_MS) / DAY_MS);

function groupBy(items: readonly Raw[], key: (item: Raw) => unknown): Map<unknown, Raw[]> {
  const groups = new Map<unknown, Raw[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Lookups over one search, built once. */
function indexOf(search: RawSearch) {
  const applications = new Map((search.applications ?? []).map((a) => [a.id, a]));
  const referrals = new Map((search.referrals ?? []).map((r) => [r.id, r]));
  const companyOf = (m: Raw): unknown =>
    m.companyId ??
    (m.applicationId !== undefined
      ? applications.get(String(m.applicationId))?.companyId
      : referrals.get(String(m.referralId))?.companyId);
  // Each message's and interview's date is read once, then looked up.
  const atOf = new Map(
    [...(search.messages ?? []), ...(search.interviews ?? [])].map((x) => [x, time(x.at)]),
  );
  const at = (m: Raw): number => atOf.get(m) as number;
  const messages = [...(search.messages ?? [])].sort((a, b) => at(a) - at(b));
  const byCompany = groupBy(messages, companyOf);
  // Latest inbound message about each company that is tied to no application.
  const lastCompanyInbound = new Map<unknown, number>();
  for (const [company, list] of byCompany)
    for (const m of list)
      if (m.direction === 'inbound' && m.applicationId === undefined)
        lastCompanyInbound.set(company, at(m));
  // A message counts as coming through a referral when it names one, or when its company has a
  // referral that was not declined (the last such referral per company wins, as in input order).
  const liveReferralByCompany = new Map(
    (search.referrals ?? [])
      .filter((r) => r.status !== 'declined' && r.status !== 'not-hiring')
      .map((r) => [r.companyId, r]),
  );
  return {
    companies: new Map((search.companies ?? []).map((c) => [c.id, c])),
    companyOf,
    at,
    referrals,
    liveReferralByCompany,
    byApplication: groupBy(messages, (m) => m.applicationId),
    byReferral: groupBy(messages, (m) => m.referralId),
    byCompany,
    lastCompanyInbound,
    interviews: groupBy(search.interviews ?? [], (i) => i.applicationId),
    applicationsByCompany: groupBy(search.applications ?? [], (a) => a.companyId),
  };
}
type Index = ReturnType<typeof indexOf>;

function applicationFacts(app: Raw, index: Index, asOf: number, outlook: OutlookOptions) {
  const stage = String(app.stage);
  const sent = app.appliedAt === undefined ? undefined : time(app.appliedAt);
  const own = index.byApplication.get(app.id) ?? [];
  let lastInbound: number | undefined;
  for (const m of own)
    if (m.direction === 'inbound' && (sent === undefined || index.at(m) >= sent))
      lastInbound = Math.max(lastInbound ?? 0, index.at(m));
  const company = index.lastCompanyInbound.get(app.companyId);
  if (company !== undefined && (sent === undefined || company >= sent))
    lastInbound = Math.max(lastInbound ?? 0, company);
  const interviews = index.interviews.get(app.id) ?? [];
  const held = interviews
    .filter((i) => (i.completed === undefined ? index.at(i) <= asOf : i.completed === true))
    .map((i) => index.at(i));
  const lastContact = Math.max(lastInbound ?? Number.NEGATIVE_INFINITY, ...held);
  const basis = Number.isFinite(lastContact) ? lastContact : sent;
  const daysSinceEmployerContact = basis === undefined ? null : days(basis, asOf);
  const followUps = own
    .filter(
      (m) =>
        m.direction === 'outbound' &&
        m.kind === 'follow-up' &&
        (sent === undefined || index.at(m) >= sent),
    )
    .map(index.at);
  const since = (field: string) => (app[field] === undefined ? null : days(time(app[field]), asOf));
  const base =
    stage === 'applied'
      ? outlook.appliedByChannel[app.channel as keyof OutlookOptions['appliedByChannel']]
      : (outlook.byStage[stage as keyof OutlookOptions['byStage']] ?? 0);
  const limit =
    stage === 'applied' ? outlook.silentAfterDaysApplied : outlook.silentAfterDaysInterviewing;
  const silent = daysSinceEmployerContact !== null && daysSinceEmployerContact > limit;
  return {
    id: app.id,
    stage,
    channel: app.channel,
    companyId: app.companyId,
    active: ACTIVE.has(stage),
    submitted: stage !== 'saved',
    interviewStage: INTERVIEW_STAGES.has(stage),
    warm: WARM.has(String(app.channel)) || app.referralId !== undefined,
    qualificationMatch: app.qualificationMatch ?? null,
    daysSinceApplied: since('appliedAt'),
    daysSinceSaved: since('savedAt'),
    daysUntilPostingDeadline:
      app.postingDeadline === undefined ? null : days(asOf, deadline(app.postingDeadline)),
    postingAgeDays:
      app.postedAt === undefined
        ? null
        : days(time(app.postedAt), sent === undefined ? asOf : sent),
    futureDated: [app.savedAt, app.appliedAt].some((d) => d !== undefined && time(d) > asOf),
    stageBehindInterviews: interviews.length > 0 && (stage === 'saved' || stage === 'applied'),
    interviews: interviews.length,
    employerResponded: lastInbound !== undefined || held.length > 0,
    daysSinceEmployerContact,
    followUpsSent: followUps.length,
    unansweredFollowUps: followUps.filter((f) => lastInbound === undefined || lastInbound <= f)
      .length,
    daysSinceLastFollowUp: followUps.length > 0 ? days(Math.max(...followUps), asOf) : null,
    offerChance: !ACTIVE.has(stage)
      ? 0
      : stage === 'offer'
        ? 1
        : silent
          ? base * outlook.silenceFactor
          : base,
  };
}

/** The thread a message belongs to: its application's, else its referral's, else its company's. */
function threadOf(m: Raw, index: Index): readonly Raw[] {
  if (m.applicationId !== undefined) return index.byApplication.get(m.applicationId) ?? [];
  if (m.referralId !== undefined) return index.byReferral.get(m.referralId) ?? [];
  return index.byCompany.get(m.companyId) ?? [];
}

/** Whether an interview for the message's application (else its company's) came after it. */
function interviewAfter(m: Raw, index: Index, at: number): boolean {
  const applications =
    m.applicationId !== undefined
      ? [m.applicationId]
      : (index.applicationsByCompany.get(index.companyOf(m)) ?? []).map((a) => a.id);
  return applications.some((id) => (index.interviews.get(id) ?? []).some((i) => index.at(i) >= at));
}

function messageFacts(m: Raw, index: Index, asOf: number) {
  let daysUnanswered: number | null = null;
  if (m.direction === 'inbound' && REPLY_EXPECTED.has(String(m.kind))) {
    const at = index.at(m);
    // Threads are sorted by date: the first later outbound message is the answer; an interview
    // arranged after it answers it too, on the message's own date.
    let reply: number | undefined;
    if (m.repliedAt !== undefined) reply = time(m.repliedAt);
    else {
      const answer = threadOf(m, index).find((o) => o.direction === 'outbound' && index.at(o) > at);
      reply =
        answer !== undefined ? index.at(answer) : interviewAfter(m, index, at) ? at : undefined;
    }
    daysUnanswered = reply !== undefined && reply <= asOf ? null : days(at, asOf);
  }
  const companyId = index.companyOf(m);
  const viaReferral =
    (m.referralId !== undefined && index.referrals.has(String(m.referralId))) ||
    (companyId !== undefined && index.liveReferralByCompany.has(companyId));
  return { id: m.id, direction: m.direction, kind: m.kind, viaReferral, daysUnanswered };
}

function searchFacts(
  search: RawSearch,
  applications: readonly ReturnType<typeof applicationFacts>[],
  index: Index,
  asOf: number,
  outlook: OutlookOptions,
) {
  const sent = applications.filter((a) => a.submitted);
  const open = sent.filter((a) => a.active);
  const dated = sent
    .filter((a) => a.daysSinceApplied !== null && a.daysSinceApplied >= 0)
    .map((a) => a.daysSinceApplied as number);
  const recent = sent.filter(
    (a) => a.daysSinceApplied !== null && a.daysSinceApplied >= 0 && a.daysSinceApplied < 30,
  );
  const channels = new Map<unknown, number>();
  for (const a of recent) channels.set(a.channel, (channels.get(a.channel) ?? 0) + 1);
  const sizes = open.flatMap((a) => {
    const size = index.companies.get(String(a.companyId))?.size;
    return size ? [String(size)] : [];
  });
  const accepted =
    (search.offers ?? []).some((o) => o.status === 'accepted') ||
    applications.some((a) => a.stage === 'accepted');
  const openOffers = (search.offers ?? []).filter(
    (o) => o.status === 'pending' && (o.expiresAt === undefined || deadline(o.expiresAt) > asOf),
  ).length;
  const state = accepted
    ? 'accepted'
    : openOffers > 0
      ? 'deciding'
      : sent.length > 0
        ? 'searching'
        : 'not-started';
  const chances = accepted ? [1] : open.map((a) => a.offerChance);
  const byCompany = new Map<unknown, number>();
  for (const a of open) {
    const name = index.companies.get(String(a.companyId))?.name;
    byCompany.set(name, (byCompany.get(name) ?? 0) + a.offerChance);
  }
  const expected = open.reduce((sum, a) => sum + a.offerChance, 0);
  const started = search.candidate?.searchStartedAt;
  const ages = [
    ...(started ? [days(time(started), asOf)] : []),
    ...sent.flatMap((a) => (a.daysSinceApplied === null ? [] : [a.daysSinceApplied])),
  ];
  const searchAgeDays = ages.length > 0 ? Math.max(...ages) : null;
  // Pace: applications of the last 28 days over the weeks the search has run (one to four), and
  // the 21 days before the last week as the earlier pace, once the search is two weeks old.
  const last7 = dated.filter((d) => d < 7).length;
  const last28 = dated.filter((d) => d < 28).length;
  const weeks = Math.min(4, Math.max(1, (searchAgeDays ?? 28) / 7));
  const weeklyPace = Math.round((last28 / weeks) * 10) / 10;
  const weeklyGoal = search.candidate?.goals?.weeklyApplications ?? null;
  const plannedPace = weeklyGoal ?? outlook.plannedWeeklyApplications;
  const earlierWeeks =
    searchAgeDays === null || searchAgeDays < 14 ? null : Math.min(3, (searchAgeDays - 7) / 7);
  const earlierWeeklyPace =
    earlierWeeks === null ? null : Math.round(((last28 - last7) / earlierWeeks) * 10) / 10;
  return {
    activeApplications: open.length,
    activeCompanies: new Set(open.map((a) => a.companyId)).size,
    totalApplications: sent.length,
    applicationsLast7Days: last7,
    applicationsLast30Days: recent.length,
    daysSinceLastApplication: dated.length > 0 ? Math.min(...dated) : null,
    weeklyApplicationGoal: weeklyGoal,
    earlierWeeklyPace,
    lastWeekVersusEarlierPace:
      earlierWeeklyPace !== null && earlierWeeklyPace > 0 ? last7 / earlierWeeklyPace : null,
    interviewsInProgress: open.filter((a) => a.interviewStage).length,
    searchAgeDays,
    coldApplications: sent.filter((a) => a.channel === 'job-board' || a.channel === 'company-site')
      .length,
    screenedApplications: sent.filter(
      (a) => a.interviews > 0 || a.interviewStage || a.stage === 'offer',
    ).length,
    warmShare: sent.length > 0 ? sent.filter((a) => a.warm).length / sent.length : 0,
    topChannelShare: recent.length > 0 ? Math.max(...channels.values()) / recent.length : 0,
    companySizes: new Set(sizes).size,
    sizedApplications: sizes.length,
    pendingOffers: (search.offers ?? []).filter((o) => o.status === 'pending').length,
    state,
    topCompanyShare: expected > 0 ? Math.max(...byCompany.values()) / expected : 0,
    offerOutlook: {
      probability: 1 - chances.reduce((none, p) => none * (1 - p), 1),
      expectedOffers: chances.reduce((sum, p) => sum + p, 0),
      target: search.candidate?.goals?.offerProbability ?? outlook.target,
      weeklyPace,
      plannedPace,
      belowPlannedPace: weeklyPace < plannedPace && last7 < plannedPace,
    },
  };
}

/** The derived values of one search: every application's, every message's and the search's. */
export interface SearchPlainFacts {
  readonly application: readonly PlainFacts[];
  readonly message: readonly PlainFacts[];
  readonly search: PlainFacts;
}

/** Computes every value the ported rules read, in time linear in the search. */
export function computePlainFacts(
  input: JobSearchInput,
  asOf: string,
  outlook: OutlookOptions,
): SearchPlainFacts {
  const search = input as unknown as RawSearch;
  const at = Date.parse(asOf);
  const index = indexOf(search);
  const application = (search.applications ?? []).map((a) =>
    applicationFacts(a, index, at, outlook),
  );
  return {
    application,
    message: (search.messages ?? []).map((m) => messageFacts(m, index, at)),
    search: searchFacts(search, application, index, at, outlook),
  };
}

/** Every dotted path into a value's plain objects (`offerOutlook`, `offerOutlook.target`, ...). */
function pathsOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = `${prefix}${key}`;
    const nested =
      typeof inner === 'object' && inner !== null && !Array.isArray(inner)
        ? pathsOf(inner, `${path}.`)
        : [];
    return [path, ...nested];
  });
}

/** Paths of the values computed, by scope, for porting rules that read them. */
export const PLAIN_FACT_NAMES: Readonly<Record<keyof SearchPlainFacts, ReadonlySet<string>>> =
  (() => {
    const sample = computePlainFacts(
      {
        version: 1,
        companies: [{ id: 'c', name: 'C' }],
        applications: [{ id: 'a', companyId: 'c', role: 'R', channel: 'other', stage: 'applied' }],
        messages: [{ id: 'm', direction: 'inbound', kind: 'other', at: '2026-01-01T00:00:00Z' }],
      } as unknown as JobSearchInput,
      '2026-01-02',
      {
        appliedByChannel: {},
        byStage: {},
        silentAfterDaysApplied: 1,
        silentAfterDaysInterviewing: 1,
        silenceFactor: 1,
        target: 1,
        plannedWeeklyApplications: 1,
      } as unknown as OutlookOptions,
    );
    return {
      application: new Set(pathsOf(sample.application[0] ?? {})),
      message: new Set(pathsOf(sample.message[0] ?? {})),
      search: new Set(pathsOf(sample.search)),
    };
  })();
