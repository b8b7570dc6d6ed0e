import { showValue } from '../model/issues';
import { DATE_FORMATS } from '../model/primitives';

/** The earliest evaluation date accepted. */
export const EARLIEST_AS_OF = '1900-01-01';

/**
 * The latest evaluation date accepted. Due dates fall up to a few years after the evaluation
 * date; keeping it well inside year 9999 keeps every date in the report a four-digit year.
 */
export const LATEST_AS_OF = '9000-12-31';

const [dateSchema, dateTimeSchema] = DATE_FORMATS;

const SHAPES =
  'a date written YYYY-MM-DD (such as 2026-11-25) or an ISO 8601 date-time with seconds and a time zone (such as 2026-11-25T09:00:00-05:00 or 2026-11-25T14:00:00Z)';

function describe(value: unknown): string {
  if (typeof value === 'string') return showValue(value);
  if (value === null) return 'null';
  if (value instanceof Date) return 'an invalid Date';
  return `${typeof value === 'object' ? 'an object' : `the ${typeof value}`} ${String(value)}`;
}

/** The date `value` stands for, or what is wrong with it. */
function read(value: unknown): { date: Date } | { problem: string } {
  let date: Date | undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { problem: 'must be a valid Date' };
    date = new Date(value.getTime());
  } else if (typeof value === 'string' && dateSchema.safeParse(value).success)
    date = new Date(`${value}T00:00:00Z`);
  else if (typeof value === 'string' && dateTimeSchema.safeParse(value).success)
    date = new Date(value);
  if (date === undefined) return { problem: `must be ${SHAPES}` };
  // Years past 9999 or before 0 are written with a sign (+010000), which sorts before digits.
  const day = date.toISOString().slice(0, 10);
  if (day < EARLIEST_AS_OF || day > LATEST_AS_OF)
    return { problem: `must be between ${EARLIEST_AS_OF} and ${LATEST_AS_OF}` };
  return { date };
}

/**
 * What is wrong with an evaluation date, such as `must be between 1900-01-01 and 9000-12-31`,
 * or undefined when {@link parseAsOf} accepts it.
 */
export function asOfProblem(value: unknown): string | undefined {
  const result = read(value);
  return 'problem' in result ? result.problem : undefined;
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
  if (value === undefined) return new Date();
  const result = read(value);
  if ('problem' in result) throw new RangeError(`asOf ${result.problem}, got ${describe(value)}`);
  return result.date;
}
