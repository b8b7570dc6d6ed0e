/**
 * `job-search-health/calendar`: a report's dated actions as an iCalendar file. A separate entry
 * point, so programs that only evaluate do not load the calendar writer.
 *
 * @module job-search-health/calendar
 */
export { type ICalendarOptions, reportToICalendar } from './ics';
