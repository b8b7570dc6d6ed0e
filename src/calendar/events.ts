import type { HealthReport } from '../report/report';
import type { Action, Advice } from '../rule/types';
import { type AllDayEvent, writeCalendar } from './ical';

/** Options shared by every calendar the report gives. */
export interface CalendarEventOptions {
  /** A reminder this many minutes before the start of the due day (none by default). */
  readonly reminderMinutesBefore?: number;
}

/** An action with a due date. */
type DatedAction = Action & { readonly due: string };

const UID_DOMAIN = 'job-search-health';
/** Where each event keeps the hash of its content, to tell a changed event from the same one. */
export const HASH_PROPERTY = 'X-JOB-SEARCH-HEALTH-HASH';
/** Default `PRODID`. */
export const DEFAULT_PRODUCT_ID = '-//job-search-health//calendar//EN';
/** Default calendar name. */
export const DEFAULT_CALENDAR_NAME = 'Job search';

/** FNV-1a, 32 bits, as 8 hex digits: a small deterministic fingerprint, not for security. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The key of an action's event: the rule, the action's kind and its subject. Without a subject
 * of its own, the advice's subjects stand in (the advice id minus the rule id). So an event
 * keeps its UID while unrelated advice comes and goes, and when a grouped advice gains or loses
 * subjects, the actions about the others keep theirs.
 */
function eventKey(advice: Advice, action: Action): string {
  const subject = action.subject
    ? `${action.subject.kind}:${action.subject.id}`
    : advice.subjects.map((s) => `${s.kind}:${s.id}`).join('+');
  return `${advice.ruleId}/${action.kind}/${subject}`;
}

function isDated(action: Action): action is DatedAction {
  return action.due !== undefined;
}

/**
 * The dated actions of a report (the objects of the report itself), each with the key of its
 * event, made unique in the report.
 */
export function datedActions(
  report: HealthReport,
): { advice: Advice; action: DatedAction; key: string }[] {
  const seen = new Map<string, number>();
  const result: { advice: Advice; action: DatedAction; key: string }[] = [];
  for (const advice of report.advice)
    for (const action of advice.actions.filter(isDated)) {
      const base = eventKey(advice, action);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      result.push({ advice, action, key: n === 1 ? base : `${base}#${n}` });
    }
  return result;
}

/**
 * The event of one dated action. `sequence` is the revision number to give it (0 for a first
 * export; see `reportToICalendar` for how later ones are counted).
 */
export function actionEvent(
  report: HealthReport,
  entry: { advice: Advice; action: DatedAction; key: string },
  sequence: number,
  options: CalendarEventOptions = {},
): AllDayEvent {
  const { advice, action, key } = entry;
  const content = {
    summary: action.label,
    description: `${advice.message}\n\nWhy and how: ${advice.docsUrl}`,
    day: action.due,
    url: advice.docsUrl,
    categories: [advice.category],
  };
  return {
    uid: `${key}@${UID_DOMAIN}`,
    sequence,
    // The report date keeps the output reproducible, and a later report carries a later stamp.
    stamp: new Date(report.asOf),
    ...content,
    extra: { [HASH_PROPERTY]: fingerprint(JSON.stringify(content)) },
    ...(options.reminderMinutesBefore !== undefined
      ? { reminderMinutesBefore: options.reminderMinutesBefore }
      : {}),
  };
}

/** The content hash an event carries. */
export function eventHash(event: AllDayEvent): string {
  return event.extra?.[HASH_PROPERTY] ?? '';
}

/**
 * A one-event calendar for a single action, as an `.ics` text: what the HTML report's
 * "add to calendar" links hold.
 */
export function actionCalendar(
  report: HealthReport,
  entry: { advice: Advice; action: DatedAction; key: string },
  options: CalendarEventOptions = {},
): string {
  return writeCalendar({
    productId: DEFAULT_PRODUCT_ID,
    name: DEFAULT_CALENDAR_NAME,
    events: [actionEvent(report, entry, 0, options)],
  });
}
