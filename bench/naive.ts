/**
 * The baseline: the same checks written the way a json-rules-engine user would write them
 * without this library.
 *
 * - One engine per kind of subject, built once, holding every ported rule of that scope; one
 *   `engine.run` per application, per message, and one for the search.
 * - Facts are the raw search (a runtime fact), the raw subject, and dynamic facts that compute
 *   each derived value when a condition asks for it, by scanning the raw search (no indexes, no
 *   parsing up front; json-rules-engine caches a fact within one run).
 * - Paths are JSONPath (`$.stage`), resolved by json-rules-engine's default resolver
 *   (jsonpath-plus).
 * - There is no selection step: a rule's `select` and `requires` become conditions, so every
 *   rule's conditions run for every subject, as they would in a plain engine.
 *
 * The conditions are ported mechanically from our rules (options replaced by their defaults), so
 * the two sides check the same things; `parity` in the benchmark confirms they fire for the same
 * subjects. Rules of other scopes (referral, interview, offer), and rules that read a fact this
 * file does not compute, are left out and listed.
 */
import { type Almanac, Engine, type TopLevelCondition } from 'json-rules-engine';
import type { AnyRule, JobSearchInput, OutlookOptions } from '../src/index';

const DAY_MS = 86_400_000;
const ACTIVE = ['saved', 'applied', 'screening', 'interviewing', 'final-round', 'offer'];
const INTERVIEW_STAGES = ['screening', 'interviewing', 'final-round'];
const WARM = ['referral', 'network', 'recruiter'];

/** Scopes the baseline covers. */
export const NAIVE_SCOPES = ['application', 'message', 'search'] as const;
type NaiveScope = (typeof NAIVE_SCOPES)[number];

type Raw = Record<string, unknown> & { id: string };
interface RawSearch {
  candidate?: { searchStartedAt?: string; goals?: Record<string, number | undefined> };
  companies: Raw[];
  applications: Raw[];
  referrals: Raw[];
  messages: Raw[];
  interviews: Raw[];
  offers: Raw[];
}
type DynamicFact = (almanac: Almanac) => Promise<unknown>;

const time = (iso: unknown): number => Date.parse(String(iso));
/** A deadline given as a bare date lasts until the end of that day (UTC). */
const deadline = (iso: unknown): number =>
  String(iso).length === 10 ? Date.parse(`${iso}T23:59:59.999Z`) : time(iso);
/** Calendar days (UTC) between two instants, as the library counts them. */
const days = (from: number, to: number) =>
  Math.round((Math.floor(to / DAY_MS) * DAY_MS - Math.floor(from / DAY_MS) * DAY_MS) / DAY_MS);
const str = (value: unknown) => (value === undefined ? undefined : String(value));

async function context(almanac: Almanac) {
  const search = (await almanac.factValue('search')) as RawSearch;
  const asOf = (await almanac.factValue('asOf')) as number;
  return { search, asOf };
}

/** The company a message is about, found by scanning the applications and referrals. */
function companyOf(search: RawSearch, m: Raw): string | undefined {
  if (m.companyId !== undefined) return String(m.companyId);
  if (m.applicationId !== undefined)
    return str(search.applications.find((a) => a.id === m.applicationId)?.companyId);
  return str(search.referrals.find((r) => r.id === m.referralId)?.companyId);
}

/** Inbound messages from the employer since the application was sent. */
function inboundFor(search: RawSearch, app: Raw): Raw[] {
  const sent = app.appliedAt === undefined ? undefined : time(app.appliedAt);
  return search.messages.filter(
    (m) =>
      m.direction === 'inbound' &&
      (m.applicationId === app.id ||
        (m.applicationId === undefined && companyOf(search, m) === app.companyId)) &&
      (sent === undefined || time(m.at) >= sent),
  );
}

function interviewsFor(search: RawSearch, app: Raw): Raw[] {
  return search.interviews.filter((i) => i.applicationId === app.id);
}

function heldInterviews(search: RawSearch, app: Raw, asOf: number): Raw[] {
  return interviewsFor(search, app).filter((i) =>
    i.completed === undefined ? time(i.at) <= asOf : i.completed === true,
  );
}

function daysSinceEmployerContact(search: RawSearch, app: Raw, asOf: number): number | null {
  const times = [
    ...inboundFor(search, app).map((m) => time(m.at)),
    ...heldInterviews(search, app, asOf).map((i) => time(i.at)),
  ];
  const basis =
    times.length > 0
      ? Math.max(...times)
      : app.appliedAt === undefined
        ? undefined
        : time(app.appliedAt);
  return basis === undefined ? null : days(basis, asOf);
}

function offerChance(search: RawSearch, app: Raw, asOf: number, outlook: OutlookOptions): number {
  const stage = String(app.stage);
  if (!ACTIVE.includes(stage)) return 0;
  if (stage === 'offer') return 1;
  const base =
    stage === 'applied'
      ? outlook.appliedByChannel[app.channel as keyof OutlookOptions['appliedByChannel']]
      : (outlook.byStage[stage as keyof OutlookOptions['byStage']] ?? 0);
  const silent = daysSinceEmployerContact(search, app, asOf);
  const limit =
    stage === 'applied' ? outlook.silentAfterDaysApplied : outlook.silentAfterDaysInterviewing;
  return silent !== null && silent > limit ? base * outlook.silenceFactor : base;
}

/** Dynamic facts about the application being checked, each found by scanning the search. */
function applicationFacts(): Record<string, DynamicFact> {
  const subject = async (almanac: Almanac) => ({
    ...(await context(almanac)),
    app: (await almanac.factValue('application')) as Raw,
  });
  const followUps = async (almanac: Almanac) => {
    const { search, app } = await subject(almanac);
    const sent = app.appliedAt === undefined ? undefined : time(app.appliedAt);
    return search.messages.filter(
      (m) =>
        m.applicationId === app.id &&
        m.direction === 'outbound' &&
        m.kind === 'follow-up' &&
        (sent === undefined || time(m.at) >= sent),
    );
  };
  const sinceDate = (field: string) => async (almanac: Almanac) => {
    const { app, asOf } = await subject(almanac);
    return app[field] === undefined ? null : days(time(app[field]), asOf);
  };
  return {
    active: async (a) => ACTIVE.includes(String((await subject(a)).app.stage)),
    submitted: async (a) => (await subject(a)).app.stage !== 'saved',
    interviewStage: async (a) => INTERVIEW_STAGES.includes(String((await subject(a)).app.stage)),
    qualificationMatch: async (a) => (await subject(a)).app.qualificationMatch ?? null,
    daysSinceApplied: sinceDate('appliedAt'),
    daysSinceSaved: sinceDate('savedAt'),
    daysUntilPostingDeadline: async (a) => {
      const { app, asOf } = await subject(a);
      return app.postingDeadline === undefined ? null : days(asOf, deadline(app.postingDeadline));
    },
    postingAgeDays: async (a) => {
      const { app, asOf } = await subject(a);
      if (app.postedAt === undefined) return null;
      return days(time(app.postedAt), app.appliedAt === undefined ? asOf : time(app.appliedAt));
    },
    futureDated: async (a) => {
      const { app, asOf } = await subject(a);
      return [app.savedAt, app.appliedAt].some((d) => d !== undefined && time(d) > asOf);
    },
    stageBehindInterviews: async (a) => {
      const { search, app } = await subject(a);
      return (
        interviewsFor(search, app).length > 0 && (app.stage === 'saved' || app.stage === 'applied')
      );
    },
    employerResponded: async (a) => {
      const { search, app, asOf } = await subject(a);
      return inboundFor(search, app).length > 0 || heldInterviews(search, app, asOf).length > 0;
    },
    daysSinceEmployerContact: async (a) => {
      const { search, app, asOf } = await subject(a);
      return daysSinceEmployerContact(search, app, asOf);
    },
    followUpsSent: async (a) => (await followUps(a)).length,
    unansweredFollowUps: async (a) => {
      const { search, app } = await subject(a);
      const inbound = inboundFor(search, app);
      return (await followUps(a)).filter((f) => !inbound.some((m) => time(m.at) > time(f.at)))
        .length;
    },
    daysSinceLastFollowUp: async (a) => {
      const { asOf } = await subject(a);
      const sent = (await followUps(a)).map((f) => time(f.at));
      return sent.length > 0 ? days(Math.max(...sent), asOf) : null;
    },
  };
}

/** Dynamic facts about the message being checked. */
function messageFacts(): Record<string, DynamicFact> {
  return {
    viaReferral: async (almanac) => {
      const { search } = await context(almanac);
      const m = (await almanac.factValue('message')) as Raw;
      if (m.referralId !== undefined) return true;
      const company = companyOf(search, m);
      return search.referrals.some(
        (r) => r.companyId === company && r.status !== 'declined' && r.status !== 'not-hiring',
      );
    },
    daysUnanswered: async (almanac) => {
      const { search, asOf } = await context(almanac);
      const m = (await almanac.factValue('message')) as Raw;
      if (m.direction !== 'inbound') return null;
      if (!['outreach', 'interview-invite', 'follow-up'].includes(String(m.kind))) return null;
      const at = time(m.at);
      const company = companyOf(search, m);
      const thread = search.messages.filter((other) =>
        m.applicationId !== undefined
          ? other.applicationId === m.applicationId
          : m.referralId !== undefined
            ? other.referralId === m.referralId
            : company !== undefined && companyOf(search, other) === company,
      );
      const replies = thread
        .filter((o) => o.direction === 'outbound' && time(o.at) > at)
        .map((o) => time(o.at));
      // An interview arranged after the message answers it too.
      const interviewed = search.interviews.some(
        (i) =>
          time(i.at) >= at &&
          search.applications.some(
            (a) =>
              a.id === i.applicationId &&
              (m.applicationId !== undefined
                ? a.id === m.applicationId
                : company !== undefined && a.companyId === company),
          ),
      );
      const replied =
        m.repliedAt !== undefined
          ? time(m.repliedAt)
          : replies.length > 0
            ? Math.min(...replies)
            : interviewed
              ? at
              : undefined;
      return replied !== undefined && replied <= asOf ? null : days(at, asOf);
    },
  };
}

/** Dynamic facts about the whole search, each scanning it again. */
function searchFacts(outlook: OutlookOptions): Record<string, DynamicFact> {
  const sent = async (almanac: Almanac) => {
    const { search, asOf } = await context(almanac);
    return { search, asOf, sent: search.applications.filter((a) => a.stage !== 'saved') };
  };
  const open = async (almanac: Almanac) => {
    const found = await sent(almanac);
    return { ...found, open: found.sent.filter((a) => ACTIVE.includes(String(a.stage))) };
  };
  const dated = async (almanac: Almanac) => {
    const { sent: apps, asOf } = await sent(almanac);
    return apps
      .filter((a) => a.appliedAt !== undefined)
      .map((a) => ({ app: a, days: days(time(a.appliedAt), asOf) }))
      .filter((a) => a.days >= 0);
  };
  const openOffers = async (almanac: Almanac) => {
    const { search, asOf } = await context(almanac);
    return search.offers.filter(
      (o) => o.status === 'pending' && (o.expiresAt === undefined || deadline(o.expiresAt) > asOf),
    );
  };
  const sizes = async (almanac: Almanac) => {
    const { search, open: apps } = await open(almanac);
    return apps.flatMap((a) => {
      const size = search.companies.find((c) => c.id === a.companyId)?.size;
      return size ? [String(size)] : [];
    });
  };
  const chances = async (almanac: Almanac) => {
    const { search, asOf, open: apps } = await open(almanac);
    return apps.map((a) => ({ app: a, chance: offerChance(search, a, asOf, outlook) }));
  };
  return {
    activeApplications: async (a) => (await open(a)).open.length,
    activeCompanies: async (a) => new Set((await open(a)).open.map((x) => x.companyId)).size,
    totalApplications: async (a) => (await sent(a)).sent.length,
    applicationsLast7Days: async (a) => (await dated(a)).filter((x) => x.days < 7).length,
    applicationsLast30Days: async (a) => (await dated(a)).filter((x) => x.days < 30).length,
    daysSinceLastApplication: async (a) => {
      const found = await dated(a);
      return found.length > 0 ? Math.min(...found.map((x) => x.days)) : null;
    },
    weeklyApplicationGoal: async (a) =>
      (await context(a)).search.candidate?.goals?.weeklyApplications ?? null,
    interviewsInProgress: async (a) =>
      (await open(a)).open.filter((x) => INTERVIEW_STAGES.includes(String(x.stage))).length,
    searchAgeDays: async (a) => {
      const { search, asOf, sent: apps } = await sent(a);
      const started = search.candidate?.searchStartedAt;
      const ages = [
        ...(started ? [days(time(started), asOf)] : []),
        ...apps.filter((x) => x.appliedAt !== undefined).map((x) => days(time(x.appliedAt), asOf)),
      ];
      return ages.length > 0 ? Math.max(...ages) : null;
    },
    coldApplications: async (a) =>
      (await sent(a)).sent.filter((x) => x.channel === 'job-board' || x.channel === 'company-site')
        .length,
    screenedApplications: async (a) => {
      const { search, sent: apps } = await sent(a);
      return apps.filter(
        (x) =>
          interviewsFor(search, x).length > 0 ||
          INTERVIEW_STAGES.includes(String(x.stage)) ||
          x.stage === 'offer',
      ).length;
    },
    warmShare: async (a) => {
      const apps = (await sent(a)).sent;
      const warm = apps.filter((x) => WARM.includes(String(x.channel)) || x.referralId).length;
      return apps.length > 0 ? warm / apps.length : 0;
    },
    topChannelShare: async (a) => {
      const recent = (await dated(a)).filter((x) => x.days < 30);
      const counts = new Map<string, number>();
      for (const { app } of recent)
        counts.set(String(app.channel), (counts.get(String(app.channel)) ?? 0) + 1);
      return recent.length > 0 ? Math.max(...counts.values()) / recent.length : 0;
    },
    companySizes: async (a) => new Set(await sizes(a)).size,
    sizedApplications: async (a) => (await sizes(a)).length,
    pendingOffers: async (a) =>
      (await context(a)).search.offers.filter((o) => o.status === 'pending').length,
    state: async (a) => {
      const { search, sent: apps } = await sent(a);
      if (
        search.offers.some((o) => o.status === 'accepted') ||
        apps.some((x) => x.stage === 'accepted')
      )
        return 'accepted';
      if ((await openOffers(a)).length > 0) return 'deciding';
      return apps.length > 0 ? 'searching' : 'not-started';
    },
    daysUntilLastOfferExpires: async (a) => {
      const { asOf } = await context(a);
      const offers = await openOffers(a);
      if (offers.length === 0 || offers.some((o) => o.expiresAt === undefined)) return null;
      return Math.max(...offers.map((o) => days(asOf, deadline(o.expiresAt))));
    },
    liveCompaniesBesideOffers: async (a) => {
      const { search, asOf, open: apps } = await open(a);
      const offered = new Set(
        (await openOffers(a)).map(
          (o) => search.applications.find((x) => x.id === o.applicationId)?.companyId,
        ),
      );
      const live = apps.filter((x) => {
        if (offered.has(x.companyId)) return false;
        if (x.stage === 'offer') return true;
        const silent = daysSinceEmployerContact(search, x, asOf);
        const limit =
          x.stage === 'applied'
            ? outlook.silentAfterDaysApplied
            : outlook.silentAfterDaysInterviewing;
        return silent === null || silent <= limit;
      });
      return new Set(live.map((x) => x.companyId)).size;
    },
    topCompanyShare: async (a) => {
      const byCompany = new Map<string, number>();
      let expected = 0;
      for (const { app, chance } of await chances(a)) {
        const name = String(
          (await context(a)).search.companies.find((c) => c.id === app.companyId)?.name,
        );
        byCompany.set(name, (byCompany.get(name) ?? 0) + chance);
        expected += chance;
      }
      return expected > 0 ? Math.max(...byCompany.values()) / expected : 0;
    },
    offerOutlook: async (a) => {
      const { search } = await context(a);
      const accepted = search.offers.some((o) => o.status === 'accepted');
      const list = accepted ? [1] : (await chances(a)).map((x) => x.chance);
      return {
        probability: 1 - list.reduce((none, p) => none * (1 - p), 1),
        expectedOffers: list.reduce((sum, p) => sum + p, 0),
        target: search.candidate?.goals?.offerProbability ?? outlook.target,
      };
    },
  };
}

/** Subject fields read straight from the raw entity by JSONPath. */
const RAW_FIELDS: Readonly<Record<NaiveScope, readonly string[]>> = {
  application: ['id', 'stage', 'channel', 'companyId'],
  message: ['id', 'direction', 'kind'],
  search: [],
};

/** A rule left out of the baseline, and why. */
export interface Skipped {
  readonly ruleId: string;
  readonly reason: string;
}

class Unported extends Error {}

type Leaf = { fact: string; path?: string; operator: string; value: unknown };
type Node = TopLevelCondition | Leaf;

/** Ports one rule's conditions: options become literals, fact paths become JSONPath. */
function porter(scope: NaiveScope, options: Record<string, unknown>, known: ReadonlySet<string>) {
  const reference = (fact: string, path: string): { fact: string; path?: string } => {
    const [field = '', ...rest] = path.split('.');
    if (fact === scope && RAW_FIELDS[scope].includes(field)) return { fact, path: `$.${path}` };
    const id = `${fact}.${field}`;
    if ((fact === scope || fact === 'search') && known.has(id))
      return rest.length > 0 ? { fact: id, path: `$.${rest.join('.')}` } : { fact: id };
    throw new Unported(`reads ${fact}.${path}, which the baseline does not compute`);
  };
  const value = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null || !('fact' in v)) return v;
    const { fact, path = '' } = v as { fact: string; path?: string };
    if (fact === 'options') return options[path];
    return reference(fact, path);
  };
  const port = (node: Record<string, unknown>): Node => {
    if (Array.isArray(node.all)) return { all: node.all.map(port) } as TopLevelCondition;
    if (Array.isArray(node.any)) return { any: node.any.map(port) } as TopLevelCondition;
    if (node.not) return { not: port(node.not as Record<string, unknown>) } as TopLevelCondition;
    if (typeof node.fact !== 'string') throw new Unported('uses a shared condition');
    return {
      ...reference(node.fact, String(node.path ?? '')),
      operator: String(node.operator),
      value: value(node.value),
    };
  };
  const selectors = (rule: AnyRule): Node[] => [
    ...(rule.meta.states
      ? [{ ...reference('search', 'state'), operator: 'in', value: [...rule.meta.states] }]
      : []),
    ...Object.entries(rule.select ?? {}).map(([field, allowed]) => ({
      ...reference(scope, field),
      operator: 'in',
      value: Array.isArray(allowed) ? allowed : [allowed],
    })),
    ...(rule.requires ?? []).map((field: string) => ({
      ...reference(scope, field),
      operator: 'notEqual',
      value: null,
    })),
  ];
  return { port, selectors };
}

/** What the baseline found for one search: fired rule ids by subject id. */
export interface NaiveResult {
  readonly fired: {
    readonly ruleId: string;
    readonly subject: string;
    readonly severity: string;
  }[];
}

/** The baseline checker: ported rules in three engines built once. */
export interface NaiveChecker {
  /** Rules ported, by id. */
  readonly ported: readonly string[];
  /** Rules left out. */
  readonly skipped: readonly Skipped[];
  /** Runs the checks on a raw search. */
  check(search: JobSearchInput, asOf: string): Promise<NaiveResult>;
}

/** Builds the baseline from our rules, the way a json-rules-engine user would run them. */
export function createNaiveChecker(
  rules: readonly AnyRule[],
  outlook: OutlookOptions,
): NaiveChecker {
  const facts: Record<NaiveScope, Record<string, DynamicFact>> = {
    application: applicationFacts(),
    message: messageFacts(),
    search: searchFacts(outlook),
  };
  const known = new Set(
    NAIVE_SCOPES.flatMap((scope) => Object.keys(facts[scope]).map((f) => `${scope}.${f}`)),
  );
  const engines = new Map<NaiveScope, Engine>();
  for (const scope of NAIVE_SCOPES) {
    const engine = new Engine();
    // Search facts are reachable from every scope, as in our rules.
    for (const owner of new Set<NaiveScope>([scope, 'search']))
      for (const [name, compute] of Object.entries(facts[owner]))
        engine.addFact(`${owner}.${name}`, (_params, almanac) => compute(almanac));
    engines.set(scope, engine);
  }
  const severities = new Map<string, string[]>();
  const ported: string[] = [];
  const skipped: Skipped[] = [];
  for (const rule of rules) {
    const scope = rule.scope as NaiveScope;
    const engine = engines.get(scope);
    if (!engine) {
      skipped.push({ ruleId: rule.id, reason: `${rule.scope} scope is not in the baseline` });
      continue;
    }
    try {
      const { port, selectors } = porter(scope, rule.options.parse({}), known);
      const base = [...selectors(rule), port(rule.conditions as Record<string, unknown>)];
      const cases = (rule.severityWhen ?? []).map((c) => ({
        severity: c.severity,
        conditions: port(c.conditions as Record<string, unknown>),
      }));
      engine.addRule({ conditions: { all: base } as TopLevelCondition, event: { type: rule.id } });
      cases.forEach((c, index) => {
        engine.addRule({
          conditions: { all: [...base, c.conditions] } as TopLevelCondition,
          event: { type: `${rule.id}#${index}` },
        });
      });
      severities.set(rule.id, [rule.meta.severity, ...cases.map((c) => c.severity)]);
      ported.push(rule.id);
    } catch (error) {
      if (!(error instanceof Unported)) throw error;
      skipped.push({ ruleId: rule.id, reason: error.message });
    }
  }

  const collect = (fired: NaiveResult['fired'], subject: string, types: readonly string[]) => {
    for (const type of types) {
      if (type.includes('#')) continue;
      const levels = severities.get(type) ?? [];
      const index = levels.findIndex((_, i) => i > 0 && types.includes(`${type}#${i - 1}`));
      fired.push({ ruleId: type, subject, severity: levels[Math.max(0, index)] ?? 'info' });
    }
  };

  return {
    ported,
    skipped,
    async check(input, asOf) {
      const search = input as unknown as RawSearch;
      const runtime = { search, asOf: Date.parse(asOf) };
      const fired: NaiveResult['fired'] = [];
      const run = async (scope: NaiveScope, subject: Raw | undefined) => {
        const engine = engines.get(scope) as Engine;
        const { events } = await engine.run(subject ? { ...runtime, [scope]: subject } : runtime);
        collect(
          fired,
          subject?.id ?? 'search',
          events.map((e) => e.type),
        );
      };
      for (const application of search.applications ?? []) await run('application', application);
      for (const message of search.messages ?? []) await run('message', message);
      await run('search', undefined);
      return { fired };
    },
  };
}
