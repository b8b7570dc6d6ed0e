import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { HealthReport } from '../engine/report';
import type { Action, Advice } from '../engine/types';

/** Options of {@link reportToICalendar}. */
export interface ICalendarOptions {
  /** Calendar name shown by calendar apps (`X-WR-CALNAME`). Default: `Job search`. */
  readonly calendarName?: string;
  /** Product identifier (`PRODID`). Default: `-//job-search-health//calendar//EN`. */
  readonly productId?: string;
}

const DEFAULT_CALENDAR_NAME = 'Job search';
const DEFAULT_PRODUCT_ID = '-//job-search-health//calendar//EN';
const UID_DOMAIN = 'job-search-health';

/** `YYYY-MM-DD` as the `[year, month, day]` of an all-day event. */
function dayOf(iso: string): DateArray {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Cannot put action due "${iso}" in a calendar: expected YYYY-MM-DD`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The day after, as all-day events end (exclusively) on the next day. */
function nextDay([year, month, day]: DateArray): DateArray {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

function eventOf(advice: Advice, action: Action & { due: string }, index: number, stamp: number) {
  const start = dayOf(action.due);
  const event: EventAttributes & { timestamp: number } = {
    // Advice ids are stable across evaluations, so re-importing updates the same events.
    uid: `${advice.id}/${index}@${UID_DOMAIN}`,
    title: action.label,
    description: `${advice.message}\n\nWhy and how: ${advice.docsUrl}`,
    start,
    end: nextDay(start),
    categories: [advice.category],
    // ics stamps events with the current time unless told otherwise; the report date keeps
    // the output reproducible, and a later report carries a later stamp.
    timestamp: stamp,
  };
  return event;
}

/**
 * Turns a report's dated actions into an iCalendar (`.ics`) text: one all-day event per action
 * that has a `due` date, titled with the action and described with the advice and its docs link.
 * Each event's UID comes from the advice id and the action's position, so importing a newer
 * report updates events instead of duplicating them. The output depends only on the report:
 * `DTSTAMP` is the report's `asOf`. With no dated actions, the calendar has no events.
 *
 * @throws `Error` when the calendar cannot be built (for example, a malformed due date).
 */
export function reportToICalendar(report: HealthReport, options: ICalendarOptions = {}): string {
  const stamp = Date.parse(report.asOf);
  const events = report.advice.flatMap((advice) =>
    advice.actions.flatMap((action, index) =>
      action.due === undefined
        ? []
        : [eventOf(advice, { ...action, due: action.due }, index, stamp)],
    ),
  );
  const { error, value } = createEvents(events, {
    calName: options.calendarName ?? DEFAULT_CALENDAR_NAME,
    productId: options.productId ?? DEFAULT_PRODUCT_ID,
  });
  if (error || value === null)
    throw new Error(`Cannot build the calendar: ${error?.message ?? 'no output'}`, {
      cause: error,
    });
  return value;
}
