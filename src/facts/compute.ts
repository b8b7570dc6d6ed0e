import type { JobSearch } from '../model/schemas';
import { type ApplicationFacts, applicationFacts } from './application';
import type { FactContext } from './context';
import { type InterviewFacts, interviewFacts } from './interview';
import { type MessageFacts, messageFacts } from './message';
import { interviewProcesses, type OfferFacts, offerFacts } from './offer';
import type { OutlookOptions } from './outlook';
import { type ReferralFacts, referralFacts } from './referral';
import { type SearchFacts, searchFacts } from './search';
import { indexSearch } from './search-index';

/**
 * Every derived fact of one evaluation, computed once and shared by all rules. It holds no
 * reference to the parsed search or its index, so both can be freed once the facts are computed.
 */
export interface EvaluationFacts {
  /** Search-wide facts (also the report's metrics). */
  readonly search: SearchFacts;
  /** Facts of each application, in input order. */
  readonly applications: readonly ApplicationFacts[];
  /** Facts of each message, in input order. */
  readonly messages: readonly MessageFacts[];
  /** Facts of each referral, in input order. */
  readonly referrals: readonly ReferralFacts[];
  /** Facts of each interview, in input order. */
  readonly interviews: readonly InterviewFacts[];
  /** Facts of each offer, in input order. */
  readonly offers: readonly OfferFacts[];
}

/** Computes every derived fact of a parsed search at a date, in time linear in its size. */
export function computeFacts(
  search: JobSearch,
  asOf: Date,
  outlook: OutlookOptions,
): EvaluationFacts {
  const context: FactContext = { search, index: indexSearch(search), asOf, outlook };
  const applications = search.applications.map((a) => applicationFacts(a, context));
  // Only interviews and offers look an application's facts up, so only theirs are mapped.
  const { interviewsByApplication, offersByApplication } = context.index;
  const byApplication = new Map<string, ApplicationFacts>();
  for (const facts of applications)
    if (interviewsByApplication.has(facts.id) || offersByApplication.has(facts.id))
      byApplication.set(facts.id, facts);
  const appOf = (id: string): ApplicationFacts => {
    const facts = byApplication.get(id);
    // Parsing guarantees references resolve; this only guards hand-built models.
    if (!facts) throw new Error(`application "${id}" is referenced but does not exist`);
    return facts;
  };
  const interviewing = interviewProcesses(applications);
  const messages = search.messages.map((m) => messageFacts(m, context));
  return {
    search: searchFacts(applications, messages, interviewing, context),
    applications,
    messages,
    referrals: search.referrals.map((r) => referralFacts(r, context)),
    interviews: search.interviews.map((i) => interviewFacts(i, appOf(i.applicationId), context)),
    offers: search.offers.map((o) => offerFacts(o, appOf(o.applicationId), interviewing, context)),
  };
}
