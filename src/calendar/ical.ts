/**
 * A small RFC 5545 writer, without dependencies so that the main entry (the HTML report's
 * "add to calendar" links) can use it in a browser. Written here rather than taken from `ics`,
 * which folds lines at 75 characters rather than octets and cannot mark events free.
 */

/** One all-day event. */
export interface AllDayEvent {
  /** Globally unique, stable id: the same event keeps it across exports. */
  readonly uid: string;
  /** Revision number; calendar apps replace an event when it grows. */
  readonly sequence: number;
  /** When the event was last produced (`DTSTAMP`). */
  readonly stamp: Date;
  /** The day, `YYYY-MM-DD`. */
  readonly day: string;
  /** Title. */
  readonly summary: string;
  /** Longer text. */
  readonly description: string;
  /** A link for more. */
  readonly url?: string;
  /** Categories (tags). */
  readonly categories?: readonly string[];
  /** Extra `X-` properties, written as they are given (names must start with `X-`). */
  readonly extra?: Readonly<Record<string, string>>;
  /** A reminder this many minutes before the start of the day, when given. */
  readonly reminderMinutesBefore?: number;
}

/** A calendar to write. */
export interface CalendarText {
  /** `PRODID`. */
  readonly productId: string;
  /** `X-WR-CALNAME`, shown by calendar apps. */
  readonly name: string;
  /** The events. */
  readonly events: readonly AllDayEvent[];
}

const MAX_OCTETS = 75;

/**
 * Octets of a code point in UTF-8. A lone surrogate is written as U+FFFD, three octets, as
 * `TextEncoder` writes it. Counted, not encoded: encoding each character took seconds for the
 * calendars of a large report.
 */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeICalText(text: string): string {
  return text.replace(/[\\;,]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space,
 * which counts towards their 75. Splits only between characters, so a UTF-8 sequence (or a
 * surrogate pair) is never cut.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(part);
      part = ' ';
      octets = 1;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n');
}

/** `YYYY-MM-DD` as an iCalendar DATE, checked. */
function dateValue(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`Cannot put the day "${day}" in a calendar: expected YYYY-MM-DD`);
  return `${match[1]}${match[2]}${match[3]}`;
}

/** The day after `day`, as an all-day event ends (exclusively) on the next day. */
function nextDate(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10).replace(/-/g, '');
}

/** A UTC DATE-TIME value. */
function stampValue(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function eventLines(event: AllDayEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeICalText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${stampValue(event.stamp)}`,
    `DTSTART;VALUE=DATE:${dateValue(event.day)}`,
    `DTEND;VALUE=DATE:${nextDate(event.day)}`,
    `SUMMARY:${escapeICalText(event.summary)}`,
    `DESCRIPTION:${escapeICalText(event.description)}`,
    // A reminder to do something is not a meeting: it must not block the day.
    'TRANSP:TRANSPARENT',
  ];
  // A URI value is not escaped, so one with line breaks or spaces is left out rather than let
  // it corrupt the file.
  if (event.url !== undefined && /^[^\s\p{Cc}]+$/u.test(event.url)) lines.push(`URL:${event.url}`);
  if (event.categories !== undefined && event.categories.length > 0)
    lines.push(`CATEGORIES:${event.categories.map(escapeICalText).join(',')}`);
  for (const [name, value] of Object.entries(event.extra ?? {})) {
    if (!/^X-[A-Z0-9-]+$/.test(name)) throw new Error(`Invalid iCalendar property name "${name}"`);
    lines.push(`${name}:${escapeICalText(value)}`);
  }
  if (event.reminderMinutesBefore !== undefined)
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeICalText(event.summary)}`,
      `TRIGGER:-PT${Math.max(0, Math.round(event.reminderMinutesBefore))}M`,
      'END:VALARM',
    );
  lines.push('END:VEVENT');
  return lines;
}

/** Writes a calendar of all-day events as iCalendar text: CRLF line ends, folded lines. */
export function writeCalendar(calendar: CalendarText): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeICalText(calendar.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeICalText(calendar.name)}`,
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
