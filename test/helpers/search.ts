import type { JobSearchInput } from '../../src/index';

/** The evaluation date of every unit test. */
export const AS_OF = '2026-11-25';

const DAY_MS = 86_400_000;

/** The ISO date `days` before {@link AS_OF} (negative: after it). */
export function daysAgo(days: number): string {
  const date = new Date(Date.parse(`${AS_OF}T00:00:00Z`) - days * DAY_MS);
  return days % 1 === 0 ? date.toISOString().slice(0, 10) : date.toISOString();
}

type Row = Record<string, unknown>;

/**
 * Builds a search file from partial lists, adding a company for every company id referenced
 * (named after the id) and a contact for every contact id, so tests state only what matters.
 */
export function buildSearch(parts: { [K in keyof JobSearchInput]?: unknown }): JobSearchInput {
  const lists = parts as Record<string, Row[] | undefined>;
  const companies = new Map<string, Row>((lists.companies ?? []).map((c) => [String(c.id), c]));
  const contacts = new Map<string, Row>((lists.contacts ?? []).map((c) => [String(c.id), c]));
  for (const key of ['applications', 'referrals', 'messages', 'contacts'])
    for (const row of lists[key] ?? [])
      if (typeof row.companyId === 'string' && !companies.has(row.companyId))
        companies.set(row.companyId, {
          id: row.companyId,
          name: `${row.companyId[0]?.toUpperCase()}${row.companyId.slice(1)}`,
        });
  for (const key of ['referrals', 'messages'])
    for (const row of lists[key] ?? [])
      if (typeof row.contactId === 'string' && !contacts.has(row.contactId))
        contacts.set(row.contactId, { id: row.contactId, name: `Contact ${row.contactId}` });
  return {
    ...parts,
    companies: [...companies.values()],
    contacts: [...contacts.values()],
  } as JobSearchInput;
}

/** An application sent `days` ago through `channel`, at stage `applied` unless overridden. */
export function applied(id: string, companyId: string, days: number, extra: Row = {}): Row {
  return {
    id,
    companyId,
    role: 'Analyst',
    channel: 'job-board',
    stage: 'applied',
    appliedAt: daysAgo(days),
    ...extra,
  };
}

/** A search with applications at `n` distinct companies, each sent `days` ago. */
export function spread(n: number, days: number, extra: Row = {}): Row[] {
  return Array.from({ length: n }, (_, i) => applied(`a${i}`, `c${i}`, days, extra));
}

/**
 * The instant `days` before {@link AS_OF} as a full date-time. Use it for deadlines, where a date
 * alone means the end of that day.
 */
export function instantAgo(days: number): string {
  return new Date(Date.parse(`${AS_OF}T00:00:00Z`) - days * DAY_MS).toISOString();
}

/**
 * An application whose offer was accepted, and that offer: add both to a search to end it.
 * The company id is `hired` unless given.
 */
export function acceptedOffer(companyId = 'hired'): { application: Row; offer: Row } {
  return {
    application: applied('hired', companyId, 40, { stage: 'accepted' }),
    offer: {
      id: 'hired-offer',
      applicationId: 'hired',
      receivedAt: daysAgo(5),
      status: 'accepted',
    },
  };
}
