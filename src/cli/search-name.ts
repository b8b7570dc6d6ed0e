import { parseSearch } from '../index';

/**
 * The candidate's name in a search the advisor has already accepted (so it parses), for report
 * headings, if the search gives one.
 */
export function candidateName(search: unknown): string | undefined {
  return parseSearch(search).candidate?.name;
}
