import type { HealthReport } from '../report/report';
import {
  actionEvent,
  type CalendarEventOptions,
  DEFAULT_CALENDAR_NAME,
  DEFAULT_PRODUCT_ID,
  datedActions,
  eventHash,
  HASH_PROPERTY,
} from './events';
import { writeCalendar } from './ical';

/** Options of {@link reportToICalendar}. */
export interface ICalendarOptions extends CalendarEventOptions {
  /** Calendar name shown by calendar apps (`X-WR-CALNAME`). Default: `Job search`. */
  readonly calendarName?: string;
  /** Product identifier (`PRODID`). Default: `-//job-search-health//calendar//EN`. */
  readonly productId?: string;
  /**
   * The calendar exported last time, as text. Events whose content changed since get the next
   * `SEQUENCE`; the others keep theirs. Without it, every event has `SEQUENCE:0`.
   */
  readonly previous?: string;
}

/** What a previous export said about each event: its revision and content hash. */
function previousRevisions(text: string): Map<string, { sequence: number; hash: string }> {
  const revisions = new Map<string, { sequence: number; hash: string }>();
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  let uid = '';
  let sequence = 0;
  let hash = '';
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).split(';')[0]?.toUpperCase();
    const value = line.slice(colon + 1);
    if (line === 'BEGIN:VEVENT') [uid, sequence, hash] = ['', 0, ''];
    else if (name === 'UID') uid = value.replace(/\\([\\;,])/g, '$1');
    else if (name === 'SEQUENCE') sequence = Number.parseInt(value, 10) || 0;
    else if (name === HASH_PROPERTY) hash = value;
    else if (line === 'END:VEVENT' && uid !== '') revisions.set(uid, { sequence, hash });
  }
  return revisions;
}

/**
 * Turns a report's dated actions into an iCalendar (`.ics`) text: one all-day event per action
 * that has a `due` date, titled with the action, described with the advice and its docs link,
 * marked free (`TRANSP:TRANSPARENT`) and, when asked, with a reminder (`VALARM`).
 *
 * Re-importing or subscribing updates events instead of duplicating them:
 * - the UID comes from the rule, the action's kind and its subject, so it does not change when
 *   other advice comes or goes;
 * - `SEQUENCE` grows when an event's content changes. A calendar cannot remember, so the caller
 *   passes the previous export (`previous`); each event carries a hash of its content, and the
 *   sequence goes up by one where the hash differs. Without `previous`, sequences are 0.
 *
 * The output depends only on the report (and `previous`): `DTSTAMP` is the report's `asOf`.
 * Lines are folded at 75 octets. With no dated actions, the calendar has no events.
 *
 * @throws `Error` when the calendar cannot be built (for example, a malformed due date).
 */
export function reportToICalendar(report: HealthReport, options: ICalendarOptions = {}): string {
  const before = previousRevisions(options.previous ?? '');
  const events = datedActions(report).map((entry) => {
    const event = actionEvent(report, entry, 0, options);
    const known = before.get(event.uid);
    if (known === undefined) return event;
    const sequence = known.hash === eventHash(event) ? known.sequence : known.sequence + 1;
    return { ...event, sequence };
  });
  return writeCalendar({
    productId: options.productId ?? DEFAULT_PRODUCT_ID,
    name: options.calendarName ?? DEFAULT_CALENDAR_NAME,
    events,
  });
}
