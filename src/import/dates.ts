import { format, isValid, parse } from 'date-fns';

/** Which comes first in dates such as 03/04/2026, where both readings are real dates. */
export type DayOrder = 'day-first' | 'month-first';

/** A date read from a sheet cell, or why it could not be read. */
export type SheetDate =
  | {
      /** Read: `date` is `YYYY-MM-DD`, or an ISO date-time with its zone as written. */
      readonly ok: true;
      /** The date in the form the search file uses. */
      readonly date: string;
      /** A time without a zone was written after the date and left out. */
      readonly timeDropped: boolean;
    }
  | {
      /** Not read. */
      readonly ok: false;
      /** `ambiguous`: day and month could be either way round; `unknown`: not a date form. */
      readonly reason: 'ambiguous' | 'unknown';
      /** For `ambiguous`: the two readings, day-first then month-first. */
      readonly readings?: readonly [string, string];
    };

/** Forms that read one way only, tried in order. */
const UNAMBIGUOUS_FORMATS = [
  'yyyy-MM-dd',
  'yyyy/M/d',
  'd.M.yyyy',
  'd.M.yy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'MMM d yyyy',
  'MMMM d yyyy',
  'd MMM yyyy',
  'd MMMM yyyy',
  'd-MMM-yyyy',
  'd-MMM-yy',
];

const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const TRAILING_TIME = /^(.*\d)(?:T|,?\s+)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?$/;
const NUMERIC = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;
// Two-digit years are read relative to 2000: '26' is 2026, '99' is 1999.
const REFERENCE = new Date(2000, 0, 1);

function tryFormat(text: string, pattern: string): string | undefined {
  const parsed = parse(text, pattern, REFERENCE);
  // date-fns reads any number of digits for `yyyy`; a year before 1900 is a misread short form.
  return isValid(parsed) && parsed.getFullYear() >= 1900 ? format(parsed, 'yyyy-MM-dd') : undefined;
}

/** The day order a date-fns pattern implies (`dd/MM/yyyy` is day-first), if it has both. */
export function dayOrderOf(pattern: string): DayOrder | undefined {
  const day = pattern.indexOf('d');
  const month = pattern.indexOf('M');
  if (day === -1 || month === -1) return undefined;
  return day < month ? 'day-first' : 'month-first';
}

/**
 * Which order an all-numeric date such as 25/11/2026 must be read in, when one of its first two
 * numbers is over 12; `undefined` when both readings are possible or it is not such a date.
 */
export function forcedDayOrder(text: string): DayOrder | undefined {
  const match = NUMERIC.exec(text.trim());
  if (!match) return undefined;
  const first = Number(match[1]);
  const second = Number(match[2]);
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return undefined;
}

/**
 * Reads a date as people write it in sheets: 2026-11-25, 11/25/2026, 25.11.2026, Nov 25, 2026,
 * 25 November 2026, or an ISO date-time with a zone. A time without a zone is left out (it
 * would mean a different moment on every machine). All-numeric dates whose day and month could
 * be swapped are read in `order`, or reported as ambiguous without one.
 *
 * @param text - the cell, trimmed and not empty.
 * @param pattern - a date-fns pattern to try first, such as `dd/MM/yyyy`.
 * @param order - how to read dates like 03/04/2026.
 */
export function parseSheetDate(text: string, pattern?: string, order?: DayOrder): SheetDate {
  const trimmed = text.trim();
  if (ZONED_DATE_TIME.test(trimmed) && !Number.isNaN(Date.parse(trimmed)))
    return { ok: true, date: trimmed, timeDropped: false };
  const timed = TRAILING_TIME.exec(trimmed);
  const day = timed?.[1] ?? trimmed;
  const read = (date: string): SheetDate => ({ ok: true, date, timeDropped: timed !== null });

  const custom = pattern === undefined ? undefined : tryFormat(day, pattern);
  if (custom) return read(custom);
  for (const candidate of UNAMBIGUOUS_FORMATS) {
    const date = tryFormat(day, candidate);
    if (date) return read(date);
  }
  const match = NUMERIC.exec(day);
  if (!match) return { ok: false, reason: 'unknown' };
  const slashed = day.replaceAll('-', '/');
  const year = match[3]?.length === 2 ? 'yy' : 'yyyy';
  const dayFirst = tryFormat(slashed, `d/M/${year}`);
  const monthFirst = tryFormat(slashed, `M/d/${year}`);
  const forced = forcedDayOrder(day) ?? order;
  if (dayFirst && monthFirst && dayFirst !== monthFirst && forced === undefined)
    return { ok: false, reason: 'ambiguous', readings: [dayFirst, monthFirst] };
  const date = forced === 'day-first' ? dayFirst : forced === 'month-first' ? monthFirst : dayFirst;
  return date ? read(date) : { ok: false, reason: 'unknown' };
}
