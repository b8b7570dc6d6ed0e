/**
 * `job-search-health/calendar`: a report's dated actions as an iCalendar file. A separate entry
 * point, so the main bundle does not load the `ics` library.
 *
 * @module job-search-health/calendar
 */
export { type ICalendarOptions, reportToICalendar } from './ics';
