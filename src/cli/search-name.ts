import { safeParseSearch } from '../index';

/** The candidate's name in a search, for report headings, if the search gives one. */
export function candidateName(search: unknown): string | undefined {
  const parsed = safeParseSearch(search);
  return parsed.success ? parsed.data.candidate?.name : undefined;
}
