import * as z from 'zod/v4';

/** The earliest evaluation date accepted. */
export const EARLIEST_AS_OF = '1900-01-01';

/**
 * The latest evaluation date accepted. Due dates fall up to a few years after the evaluation
 * date; keeping it well inside year 9999 keeps every date in the report a four-digit year.
 */
export const LATEST_AS_OF = '9000-12-31';

const dateSchema = z.iso.date();
const dateTimeSchema = z.iso.datetime({ offset: true });

const SHAPES =
  'a date written YYYY-MM-DD (such as 2026-11-25) or an ISO 8601 date-time with seconds and a time zone (such as 2026-11-25T09:00:00-05:00 or 2026-11-25T14:00:00Z)';

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (value instanceof Date) return 'an invalid Date';
  return `${typeof value === 'object' ? 'an object' : `the ${typeof value}`} ${String(value)}`;
}

function toDate(value: unknown): Date | string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'must be a valid Date' : new Date(value.getTime());
  if (typeof value === 'string') {
    if (dateSchema.safeParse(value).success) return new Date(`${value}T00:00:00Z`);
    if (dateTimeSchema.safeParse(value).success) return new Date(value);
  }
  return `must be ${SHAPES}`;
}

/**
 * What is wrong with an evaluation date, such as `must be between 1900-01-01 and 9000-12-31`,
 * or undefined when {@link parseAsOf} accepts it.
 */
export function asOfProblem(value: unknown): string | undefined {
  const date = toDate(value);
  if (typeof date === 'string') return date;
  // A year past 9999 is written +010000, so compare the year first.
  const year = date.getUTCFullYear();
  const day = date.toISOString().slice(0, 10);
  if (year < 1900 || year > 9999 || day < EARLIEST_AS_OF || day > LATEST_AS_OF)
    return `must be between ${EARLIEST_AS_OF} and ${LATEST_AS_OF}`;
  return undefined;
}

/**
 * Reads an evaluation date the same way everywhere (library, command line, services): a valid
 * `Date`, a calendar date `YYYY-MM-DD` (midnight UTC; no 30 February) or an ISO 8601 date-time
 * with a time zone, between {@link EARLIEST_AS_OF} and {@link LATEST_AS_OF}. A date-time without
 * a zone is refused, since its meaning would depend on the machine's time zone; so are numbers,
 * `null` and any other text. Without a value, the current time.
 *
 * @throws RangeError naming the value and the accepted shapes.
 */
export function parseAsOf(value: unknown): Date {
  const date = value === undefined ? new Date() : toDate(value);
  const problem = asOfProblem(date);
  if (typeof date === 'string' || problem !== undefined)
    throw new RangeError(
      `asOf ${typeof date === 'string' ? date : problem}, got ${describe(value)}`,
    );
  return date;
}
