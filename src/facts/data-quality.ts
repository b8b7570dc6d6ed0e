import type { Application } from '../model/schemas';
import type { SearchIndex } from './search-index';

/** Dates before this are taken for typos: job searches recorded here are recent. */
export const EARLIEST_PLAUSIBLE_DATE = new Date('1990-01-01T00:00:00Z');

/** Whether any of the dates given falls before {@link EARLIEST_PLAUSIBLE_DATE}. */
export function datedBefore1990(dates: readonly (Date | undefined)[]): boolean {
  return dates.some((date) => date !== undefined && date < EARLIEST_PLAUSIBLE_DATE);
}

/** Whether any of the dates given falls after `asOf`. */
export function datedAfter(dates: readonly (Date | undefined)[], asOf: Date): boolean {
  return dates.some((date) => date !== undefined && date > asOf);
}

/** Whether an application's stage changes are not listed oldest first. */
export function stageHistoryOutOfOrder(app: Application): boolean {
  const history = app.stageHistory ?? [];
  return history.some((change, i) => i > 0 && change.at < (history[i - 1]?.at ?? change.at));
}

/** The form in which two company names count as the same: trimmed, case and spacing ignored. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

const shared = new WeakMap<SearchIndex, ReadonlySet<string>>();

/**
 * Ids of companies whose name another company also has. Such companies stay apart in every fact
 * (they are never merged by name); the data-quality rules point them out.
 */
export function companiesSharingAName(index: SearchIndex): ReadonlySet<string> {
  const known = shared.get(index);
  if (known) return known;
  // The first company seen with each name; a later one with that name marks both as sharing it.
  const firstWithName = new Map<string, string>();
  const ids = new Set<string>();
  for (const company of index.companies.values()) {
    const key = nameKey(company.name);
    const first = firstWithName.get(key);
    if (first === undefined) firstWithName.set(key, company.id);
    else ids.add(first).add(company.id);
  }
  shared.set(index, ids);
  return ids;
}
