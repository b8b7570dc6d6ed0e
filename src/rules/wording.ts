import { addDays, isoDay } from '../facts/dates';

/** "1 day", "5 days", "3 weeks": a whole number of days or weeks for prose. */
export function duration(days: number): string {
  const whole = Math.max(0, Math.floor(days));
  if (whole >= 21) {
    const weeks = Math.round(whole / 7);
    return `${weeks} weeks`;
  }
  return whole === 1 ? '1 day' : `${whole} days`;
}

/** "A", "A and B", "A, B and C". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "the Data Analyst role at Acme". */
export function roleAt(role: string | null, company: string | null): string {
  if (role && company) return `the ${role} role at ${company}`;
  return company ?? role ?? 'this employer';
}

/** A share as a whole percentage: 0.114 → "11%"; tiny non-zero shares read "under 1%". */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return 'under 1%';
  return `${Math.round(share * 100)}%`;
}

/** "1 application", "3 applications". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The ISO day `days` after the evaluation date. */
export function dueIn(asOf: Date, days: number): string {
  return isoDay(addDays(asOf, days));
}
