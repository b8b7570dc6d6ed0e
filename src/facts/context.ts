import type { JobSearch } from '../model/schemas';
import type { OutlookOptions } from './outlook';
import type { SearchIndex } from './search-index';

/** What every fact computation receives: the parsed search, its lookups and the date. */
export interface FactContext {
  /** The parsed search. */
  readonly search: JobSearch;
  /** Lookups over the search. */
  readonly index: SearchIndex;
  /** The evaluation date. */
  readonly asOf: Date;
  /** Offer-outlook settings in force. */
  readonly outlook: OutlookOptions;
}

/** Name of a company by id, or its id when unknown. */
export function companyName(ctx: FactContext, companyId: string | undefined): string | null {
  if (companyId === undefined) return null;
  return ctx.index.companies.get(companyId)?.name ?? companyId;
}

/**
 * Text made of parts, as one flat string. Facts keep a wording for every subject; V8 keeps a
 * string built with `+` or a template literal as a tree of its pieces until it is read, which for
 * the summaries of 100,000 messages held about 100 MB more than the text itself.
 */
export function joinText(...parts: readonly string[]): string {
  return parts.join('');
}

/** "the Analyst role at Acme", for prose. */
export function roleTitle(role: string, company: string): string {
  return joinText('the ', role, ' role at ', company);
}
