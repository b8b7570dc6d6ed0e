const DAY_MS = 86_400_000;

/**
 * Exact elapsed time in days, fractional, from `from` to `to` (negative when `to` is earlier).
 * For thresholds measured in hours; day counts shown to people use {@link calendarDaysBetween}.
 */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/**
 * Calendar days (UTC) from the day of `from` to the day of `to`, whatever the time of day:
 * Feb 9 to Feb 18 is 9 days, as people count them.
 */
export function calendarDaysBetween(from: Date, to: Date): number {
  // UTC days have no leap seconds in JavaScript: the day number is the time floored to days,
  // with no Date built per call (facts count days for every subject).
  return dayNumber(to) - dayNumber(from);
}

/** Days from 1970-01-01 (UTC) to the day of `date`. */
function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** Midnight UTC of the day of `date`. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** `date` moved by a number of days. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * `YYYY-MM-DD` by day number. Facts and advice word a date for nearly every subject, while a
 * search's dates fall on a few hundred days: each day is written once and its text shared. The
 * cap keeps a long-running process from collecting every day it ever saw.
 */
const ISO_DAYS = new Map<number, string>();
const ISO_DAYS_KEPT = 4096;

/** The date part of a `Date` as `YYYY-MM-DD` (UTC). */
export function isoDay(date: Date): string {
  const day = dayNumber(date);
  let text = ISO_DAYS.get(day);
  if (text === undefined) {
    text = date.toISOString().slice(0, 10);
    if (ISO_DAYS.size >= ISO_DAYS_KEPT) ISO_DAYS.clear();
    ISO_DAYS.set(day, text);
  }
  return text;
}

/** The latest of some dates, or undefined when there are none. */
export function latest(dates: Iterable<Date | undefined>): Date | undefined {
  let best: Date | undefined;
  for (const date of dates)
    if (date !== undefined && (best === undefined || date > best)) best = date;
  return best;
}
