import type { Scope } from '../engine/types';
import type { ApplicationFacts } from './application';
import type { InterviewFacts } from './interview';
import type { MessageFacts } from './message';
import type { OfferFacts } from './offer';
import type { ReferralFacts } from './referral';
import type { SearchFacts } from './search';

/** The JSON type of a fact field, for validating rule sets and documenting facts. */
export type FactKind = 'number' | 'string' | 'boolean' | 'list' | 'object';

const application = {
  id: 'string',
  companyId: 'string',
  company: 'string',
  role: 'string',
  title: 'string',
  channel: 'string',
  stage: 'string',
  active: 'boolean',
  submitted: 'boolean',
  interviewStage: 'boolean',
  warm: 'boolean',
  interest: 'number',
  qualificationMatch: 'number',
  appliedOn: 'string',
  daysSinceApplied: 'number',
  daysSinceSaved: 'number',
  employerResponded: 'boolean',
  daysSinceEmployerContact: 'number',
  followUpsSent: 'number',
  unansweredFollowUps: 'number',
  daysSinceLastFollowUp: 'number',
  interviews: 'number',
  daysSinceLastInterview: 'number',
  daysUntilPostingDeadline: 'number',
  postingDeadlineOn: 'string',
  postingAgeDays: 'number',
  offerChance: 'number',
  silent: 'boolean',
  futureDated: 'boolean',
  stageBehindInterviews: 'boolean',
  stageHistoryOutOfOrder: 'boolean',
  datedBefore1990: 'boolean',
  companyNameShared: 'boolean',
} as const satisfies Record<keyof ApplicationFacts, FactKind>;

const message = {
  id: 'string',
  direction: 'string',
  kind: 'string',
  on: 'string',
  summary: 'string',
  daysSince: 'number',
  companyId: 'string',
  company: 'string',
  role: 'string',
  applicationId: 'string',
  referralId: 'string',
  contact: 'string',
  viaReferral: 'boolean',
  referredBy: 'string',
  needsReply: 'boolean',
  filedUnder: 'string',
  linkedCompany: 'string',
  datedBefore1990: 'boolean',
  futureDated: 'boolean',
  answered: 'boolean',
  daysUnanswered: 'number',
} as const satisfies Record<keyof MessageFacts, FactKind>;

const referral = {
  id: 'string',
  status: 'string',
  companyId: 'string',
  company: 'string',
  contact: 'string',
  role: 'string',
  daysSinceRequested: 'number',
  daysSinceUpdate: 'number',
  hasApplication: 'boolean',
  anyReply: 'boolean',
  unansweredMessages: 'number',
  sentSinceUpdate: 'boolean',
  followUpsSent: 'number',
  daysSinceLastAsked: 'number',
  linkedToOtherCompany: 'string',
  datedBefore1990: 'boolean',
  futureDated: 'boolean',
} as const satisfies Record<keyof ReferralFacts, FactKind>;

const interview = {
  id: 'string',
  applicationId: 'string',
  company: 'string',
  role: 'string',
  title: 'string',
  kind: 'string',
  on: 'string',
  completed: 'boolean',
  hoursSince: 'number',
  daysSince: 'number',
  applicationActive: 'boolean',
  latest: 'boolean',
  latestCompleted: 'boolean',
  thankYouSent: 'boolean',
  employerContactSince: 'boolean',
  followedUpSince: 'boolean',
  daysPastDecisionDate: 'number',
  completedInFuture: 'boolean',
  datedBefore1990: 'boolean',
} as const satisfies Record<keyof InterviewFacts, FactKind>;

const offer = {
  id: 'string',
  applicationId: 'string',
  company: 'string',
  role: 'string',
  title: 'string',
  status: 'string',
  daysSinceReceived: 'number',
  expiresOn: 'string',
  daysUntilExpiry: 'number',
  hoursUntilExpiry: 'number',
  daysPastExpiry: 'number',
  negotiated: 'boolean',
  otherInterviewProcesses: 'number',
  otherInterviewCompanies: 'list',
} as const satisfies Record<keyof OfferFacts, FactKind>;

const search = {
  activeApplications: 'number',
  activeCompanies: 'number',
  liveCompanies: 'number',
  savedApplications: 'number',
  totalApplications: 'number',
  applicationsLast7Days: 'number',
  applicationsLast30Days: 'number',
  weeklyApplicationGoal: 'number',
  daysSinceLastApplication: 'number',
  interviewsInProgress: 'number',
  interviewingCompanies: 'list',
  pendingOutreach: 'number',
  searchAgeDays: 'number',
  coldApplications: 'number',
  screenedApplications: 'number',
  warmShare: 'number',
  topChannel: 'string',
  topChannelShare: 'number',
  companySizes: 'number',
  sizedApplications: 'number',
  topCompanySize: 'string',
  pendingOffers: 'number',
  offerAccepted: 'boolean',
  openCompaniesOtherThanAccepted: 'list',
  topCompany: 'string',
  topCompanyShare: 'number',
  offerOutlook: 'object',
} as const satisfies Record<keyof SearchFacts, FactKind>;

/**
 * Every built-in fact field by scope. The `satisfies` clauses keep this list in step with the
 * fact interfaces: adding a field to one without the other fails to compile.
 */
export const FACT_CATALOG: Readonly<Record<Scope, Readonly<Record<string, FactKind>>>> = {
  search,
  application,
  message,
  referral,
  interview,
  offer,
};
