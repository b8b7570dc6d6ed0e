/**
 * What a date written in a common non-ISO shape most likely means, so that a validation message
 * can show the same day the way a search file writes it. Only a hint for messages: dates are
 * read for real by the sheet importer (`parseSheetDate`, on date-fns, with custom patterns);
 * this recogniser stays small and free of a date library so that validating a search does not
 * ship one. It knows the shapes that importer reads without a pattern.
 */

/** The day a written date stands for, as `YYYY-MM-DD`; two when day and month could swap. */
export type DateReading =
  | { readonly date: string }
  | { readonly dayFirst: string; readonly monthFirst: string };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 2026/11/25, 2026-11-25 (when 2026-1-5 or an impossible day failed the ISO check). */
const YEAR_FIRST = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
/** 25.11.2026, 25.11.26: always day first. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
/** 11/25/2026, 25-11-26: either order. */
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;
/** Nov 25, 2026; November 25 2026. */
const NAMED_MONTH_FIRST = /^([a-z]+) (\d{1,2}),? (\d{4})$/i;
/** 25 Nov 2026; 25-Nov-26. */
const NAMED_DAY_FIRST = /^(\d{1,2})([ -])([a-z]+)\2(\d{2}|\d{4})$/i;

/** The English month a full or three-letter name stands for, 1 to 12; 0 when none. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((month) => month === lower || month.slice(0, 3) === lower) + 1;
}

/** A year as written: two digits are read from 1950 to 2049, as the importer does. */
function fullYear(written: string): number {
  const year = Number(written);
  if (written.length !== 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/** `YYYY-MM-DD` for a real day of a year from 1900 on, else `undefined`. */
function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : undefined;
}

function single(date: string | undefined): DateReading | undefined {
  return date === undefined ? undefined : { date };
}

/** Reads `text` as one of the common date shapes, or `undefined` when it is none of them. */
export function readDateHint(text: string): DateReading | undefined {
  const trimmed = text.trim();
  let match = YEAR_FIRST.exec(trimmed);
  if (match) return single(isoDay(Number(match[1]), Number(match[2]), Number(match[3])));
  match = DOTTED.exec(trimmed);
  if (match) return single(isoDay(fullYear(match[3] ?? ''), Number(match[2]), Number(match[1])));
  match = NAMED_MONTH_FIRST.exec(trimmed);
  if (match) return single(isoDay(Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2])));
  match = NAMED_DAY_FIRST.exec(trimmed);
  if (match)
    return single(isoDay(fullYear(match[4] ?? ''), monthNumber(match[3] ?? ''), Number(match[1])));
  match = SLASHED.exec(trimmed);
  if (!match) return undefined;
  const year = fullYear(match[3] ?? '');
  const dayFirst = isoDay(year, Number(match[2]), Number(match[1]));
  const monthFirst = isoDay(year, Number(match[1]), Number(match[2]));
  if (dayFirst && monthFirst && dayFirst !== monthFirst) return { dayFirst, monthFirst };
  return single(dayFirst ?? monthFirst);
}
