/**
 * A seeded generator of realistic job searches for the benchmark: the same size and seed give
 * the same search on every machine. The mix follows what the evidence sheet describes: mostly
 * cold applications, a few referrals, many silent employers, some interviews, rare offers.
 */
import type { JobSearchInput } from '../src/index';

/** The evaluation date of every generated search. */
export const BENCH_AS_OF = '2026-11-25';

const AS_OF_MS = Date.parse(`${BENCH_AS_OF}T00:00:00Z`);
const DAY_MS = 86_400_000;

type Row = Record<string, unknown>;

/** mulberry32: a small, fast, seedable generator; quality is plenty for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Draws helpers bound to one random stream. */
function drawer(next: () => number) {
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const chance = (p: number) => next() < p;
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const weighted = <T extends string>(weights: Readonly<Record<T, number>>): T => {
    const entries = Object.entries(weights) as [T, number][];
    let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (entries[entries.length - 1] as [T, number])[0];
  };
  return { int, chance, pick, weighted };
}

/** A date `days` before the evaluation date (negative: after it), as `YYYY-MM-DD`. */
function day(days: number): string {
  return new Date(AS_OF_MS - Math.round(days) * DAY_MS).toISOString().slice(0, 10);
}

/** A date-time `days` (fractional) before the evaluation date, in UTC. */
function stamp(days: number): string {
  return new Date(AS_OF_MS - Math.round(days * 24) * 3_600_000).toISOString();
}

const CHANNELS = {
  'job-board': 45,
  'company-site': 25,
  referral: 10,
  recruiter: 8,
  network: 7,
  agency: 3,
  other: 2,
} as const;

const STAGES = {
  saved: 8,
  applied: 46,
  screening: 8,
  interviewing: 7,
  'final-round': 3,
  offer: 1,
  rejected: 19,
  withdrawn: 3,
  closed: 4,
  declined: 1,
} as const;

const INTERVIEWS_BY_STAGE: Readonly<Record<string, readonly [number, number]>> = {
  screening: [1, 1],
  interviewing: [1, 3],
  'final-round': [3, 4],
  offer: [3, 4],
  declined: [2, 4],
};

const SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
const RELATIONSHIPS = {
  friend: 3,
  'former-colleague': 4,
  alumni: 2,
  recruiter: 3,
  employee: 4,
  'hiring-manager': 1,
  coach: 1,
} as const;

/**
 * Generates a valid search with `applications` applications and, in proportion, companies,
 * contacts, referrals, messages, interviews and offers. Deterministic in `(applications, seed)`.
 */
export function generateSearch(applications: number, seed = 1): JobSearchInput {
  const { int, chance, pick, weighted } = drawer(random(seed * 100_003 + applications));
  const companies: Row[] = Array.from(
    { length: Math.max(3, Math.ceil(applications * 0.7)) },
    (_, i) => ({
      id: `c${i}`,
      name: `Company ${i}`,
      ...(chance(0.8) ? { size: pick(SIZES) } : {}),
    }),
  );
  const contacts: Row[] = Array.from(
    { length: Math.max(2, Math.ceil(applications * 0.3)) },
    (_, i) => {
      const relationship = weighted(RELATIONSHIPS);
      const works =
        relationship === 'employee' ||
        relationship === 'recruiter' ||
        relationship === 'hiring-manager';
      return {
        id: `p${i}`,
        name: `Contact ${i}`,
        relationship,
        ...(works ? { companyId: pick(companies).id } : {}),
      };
    },
  );
  const apps: Row[] = [];
  const referrals: Row[] = [];
  const messages: Row[] = [];
  const interviews: Row[] = [];
  const offers: Row[] = [];
  const message = (row: Row) => messages.push({ id: `m${messages.length}`, ...row });

  for (let i = 0; i < applications; i++) {
    const id = `a${i}`;
    const company = pick(companies);
    const companyId = String(company.id);
    const channel = weighted(CHANNELS);
    const stage = weighted(STAGES);
    const appliedDays = chance(0.01) ? -2 : int(0, 90);
    const app: Row = {
      id,
      companyId,
      role: pick(['Analyst', 'Coordinator', 'Specialist', 'Manager']),
      channel,
      stage,
    };
    if (stage === 'saved') {
      app.savedAt = day(int(0, 30));
      if (chance(0.4)) app.postingDeadline = day(-int(-5, 20));
    } else {
      if (chance(0.96)) app.appliedAt = day(appliedDays);
      if (chance(0.3)) app.savedAt = day(appliedDays + int(1, 10));
    }
    if (chance(0.5)) app.postedAt = day((stage === 'saved' ? 0 : appliedDays) + int(0, 80));
    if (chance(0.6)) app.interest = int(1, 5);
    if (chance(0.5))
      app.qualificationMatch = Math.round((0.3 + 0.7 * (int(0, 100) / 100)) * 100) / 100;
    if (channel === 'referral' && appliedDays > 10) {
      const referral = `r${referrals.length}`;
      referrals.push({
        id: referral,
        contactId: pick(contacts).id,
        companyId,
        requestedAt: day(appliedDays + int(2, 10)),
        status: 'applied',
        applicationId: id,
      });
      app.referralId = referral;
    }
    apps.push(app);
    if (stage === 'saved') continue;

    const sent = appliedDays;
    // Follow-ups the candidate sent, a week apart.
    if (chance(0.35))
      for (let f = 1, count = int(1, 3); f <= count && sent - 7 * f > 0; f++)
        message({
          direction: 'outbound',
          kind: 'follow-up',
          at: stamp(sent - 7 * f),
          applicationId: id,
        });
    if (stage === 'applied' && chance(0.15))
      message({
        direction: 'inbound',
        kind: 'status-update',
        at: stamp(int(1, Math.max(1, sent)) - 0.5),
        applicationId: id,
      });
    if (stage === 'rejected')
      message({
        direction: 'inbound',
        kind: 'rejection',
        at: stamp(Math.max(0.5, sent - int(5, 30))),
        applicationId: id,
      });

    const [fewest, most] =
      INTERVIEWS_BY_STAGE[stage] ?? (stage === 'rejected' && chance(0.2) ? [1, 2] : [0, 0]);
    const count = int(fewest, most);
    if (count > 0) {
      const invite = Math.max(1, sent - int(3, 12));
      message({
        direction: 'inbound',
        kind: 'interview-invite',
        at: stamp(invite),
        applicationId: id,
      });
      if (chance(0.85))
        message({
          direction: 'outbound',
          kind: 'other',
          at: stamp(invite - 0.2),
          applicationId: id,
        });
      for (let k = 0; k < count; k++) {
        const upcoming = k === count - 1 && stage !== 'offer' && chance(0.3);
        const at = upcoming ? -int(1, 7) : Math.max(0.1, invite - 2 - k * int(3, 8));
        interviews.push({
          id: `i${interviews.length}`,
          applicationId: id,
          at: stamp(at),
          kind: k === 0 ? 'screen' : pick(['technical', 'behavioral', 'onsite', 'final'] as const),
          ...(chance(0.3) ? { decisionExpectedBy: day(at - int(3, 10)) } : {}),
        });
        if (!upcoming && at > 0.5 && chance(0.7))
          message({
            direction: 'outbound',
            kind: 'thank-you',
            at: stamp(at - 0.3),
            applicationId: id,
          });
      }
    }
    if (stage === 'offer' || (stage === 'declined' && chance(0.5))) {
      const received = int(1, 10);
      offers.push({
        id: `o${offers.length}`,
        applicationId: id,
        receivedAt: day(received),
        status: stage === 'offer' ? 'pending' : 'declined',
        ...(chance(0.6) ? { expiresAt: day(-int(-2, 10)) } : {}),
        ...(chance(0.3) ? { negotiated: true } : {}),
      });
    }
  }

  // Referral requests still in flight, and the answers they got.
  for (let r = 0, extra = Math.ceil(applications * 0.08); r < extra; r++) {
    const requested = int(3, 40);
    referrals.push({
      id: `r${referrals.length}`,
      contactId: pick(contacts).id,
      companyId: pick(companies).id,
      requestedAt: day(requested),
      status: weighted({ requested: 4, declined: 1, 'not-hiring': 2, forwarded: 2 }),
      ...(chance(0.5) ? { updatedAt: day(Math.max(0, requested - int(1, 5))) } : {}),
    });
  }
  // Recruiters and employers writing first, about a company rather than an application.
  for (let o = 0, outreach = Math.ceil(applications * 0.1); o < outreach; o++) {
    const contact = pick(contacts);
    const at = int(0, 20) + 0.4;
    message({
      direction: 'inbound',
      kind: pick(['outreach', 'outreach', 'follow-up'] as const),
      at: stamp(at),
      companyId: contact.companyId ?? pick(companies).id,
      contactId: contact.id,
      ...(chance(0.6) ? { repliedAt: stamp(Math.max(0, at - 1)) } : {}),
    });
  }

  return {
    version: 1,
    candidate: {
      name: 'Generated Candidate',
      searchStartedAt: day(120),
      ...(chance(0.5) ? { goals: { weeklyApplications: int(3, 10) } } : {}),
    },
    companies,
    contacts,
    applications: apps,
    referrals,
    messages,
    interviews,
    offers,
  } as JobSearchInput;
}

/**
 * The one-company shape: a generated search whose applications, referrals, contacts and
 * messages all concern a single employer, so every per-company lookup sees the whole search.
 * It catches facts that scan their company's messages once per application.
 */
export function generateOneCompanySearch(applications: number, seed = 1): JobSearchInput {
  const search = generateSearch(applications, seed) as unknown as Record<string, Row[]>;
  const atOneCompany = (rows: Row[] | undefined) =>
    (rows ?? []).map((row) => ('companyId' in row ? { ...row, companyId: 'c0' } : row));
  return {
    ...search,
    contacts: atOneCompany(search.contacts),
    applications: atOneCompany(search.applications),
    referrals: atOneCompany(search.referrals),
    messages: atOneCompany(search.messages),
  } as unknown as JobSearchInput;
}
