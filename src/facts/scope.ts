// What a rule can run over, and the facts each kind of subject has.
import type { ApplicationFacts } from './application';
import type { InterviewFacts } from './interview';
import type { MessageFacts } from './message';
import type { OfferFacts } from './offer';
import type { ReferralFacts } from './referral';
import type { SearchFacts } from './search';

/** What a rule runs over: the search once, or each entity of one kind. */
export type Scope = 'search' | 'application' | 'referral' | 'message' | 'interview' | 'offer';

/** Every scope. */
export const SCOPES: readonly Scope[] = [
  'search',
  'application',
  'referral',
  'message',
  'interview',
  'offer',
];

/** The facts a rule of each scope sees about its subject. */
export interface ScopeFacts {
  /** Search-wide facts. */
  search: SearchFacts;
  /** Facts about one application. */
  application: ApplicationFacts;
  /** Facts about one referral request. */
  referral: ReferralFacts;
  /** Facts about one message. */
  message: MessageFacts;
  /** Facts about one interview. */
  interview: InterviewFacts;
  /** Facts about one offer. */
  offer: OfferFacts;
}
