const DAY_MS = 86_400_000;

/** Whole and fractional days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/** `date` moved by a number of days. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The date part of a `Date` as `YYYY-MM-DD` (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The latest of some dates, or undefined when there are none. */
export function latest(dates: Iterable<Date | undefined>): Date | undefined {
  let best: Date | undefined;
  for (const date of dates)
    if (date !== undefined && (best === undefined || date > best)) best = date;
  return best;
}
