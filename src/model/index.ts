/**
 * `job-search-health/model`: the search model alone — validation, types, enum lists, the JSON
 * Schema and a Standard Schema validator — without the rules and the report, for browser
 * forms and servers that only check input. Runs anywhere JavaScript runs.
 *
 * @module job-search-health/model
 */
export {
  isValidationError,
  JobSearchHealthValidationError,
  SearchValidationError,
} from './errors';
export { ISSUE_CODES, type IssueCode, type IssueInput, type ValidationIssue } from './issues';
export { searchJsonSchema } from './json-schema';
export {
  type ParseOptions,
  parseSearch,
  type SafeParseSearchResult,
  safeParseSearch,
  unknownSearchKeys,
} from './parse';
export {
  ACTIVE_STAGES,
  CHANNELS,
  type Channel,
  COMPANY_SIZES,
  type CompanySize,
  INTERVIEW_KINDS,
  type InterviewKind,
  MESSAGE_DIRECTIONS,
  MESSAGE_KINDS,
  type MessageDirection,
  type MessageKind,
  OFFER_STATUSES,
  type OfferStatus,
  REFERRAL_STATUSES,
  RELATIONSHIPS,
  type ReferralStatus,
  type Relationship,
  STAGES,
  type Stage,
} from './primitives';
export {
  type Application,
  type Candidate,
  type Company,
  type Contact,
  type Goals,
  type Interview,
  type JobSearch,
  type JobSearchInput,
  JobSearchSchema,
  type Message,
  type Offer,
  type Referral,
} from './schemas';
export { type StandardSchemaV1, searchStandardSchema } from './standard-schema';
