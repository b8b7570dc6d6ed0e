export { type Advisor, createAdvisor, evaluateSearch } from './engine/advisor';
export { BUILT_IN_CATEGORIES, type CategoryDefinition } from './engine/categories';
export type { CustomOperator, EngineExtensions } from './engine/compile';
export {
  type AdvisorConfig,
  ConfigError,
  type ConfigFile,
  type ConfigIssue,
  configFileSchema,
  type Plugin,
  type RuleSetting,
  ruleSettingSchema,
} from './engine/config';
export {
  defineRule,
  defineRuleSet,
  type RuleDefinition,
  type RuleSet,
  RuleSetError,
} from './engine/define';
export type { CustomFact, EvaluateOptions } from './engine/evaluate';
export type { HealthReport } from './engine/report';
export {
  type Action,
  type Advice,
  type AnyRule,
  type CategoryScore,
  type Conditions,
  type Evidence,
  type MessageContext,
  type OutcomeStatus,
  type Rating,
  type Rule,
  type RuleMeta,
  type RuleOutcome,
  type RuleSource,
  type Scope,
  type ScopeFacts,
  SEVERITIES,
  type Selector,
  type Severity,
  type SeverityCase,
  type SourceStrength,
  type Subject,
} from './engine/types';
export type { ApplicationFacts } from './facts/application';
export type { InterviewFacts } from './facts/interview';
export type { MessageFacts } from './facts/message';
export type { OfferFacts } from './facts/offer';
export {
  applicationOfferChance,
  applicationsToReach,
  chanceOfAtLeastOne,
  DEFAULT_OUTLOOK,
  type OfferOutlook,
  type OutlookInput,
  type OutlookOptions,
  type OutlookOptionsInput,
  outlookOptionsSchema,
} from './facts/outlook';
export type { ReferralFacts } from './facts/referral';
export type { SearchFacts } from './facts/search';
export { formatText, scoreBar, type TextFormatOptions } from './format/text';
export { SearchValidationError } from './model/errors';
export type { ValidationIssue } from './model/issues';
export {
  type ParseOptions,
  parseSearch,
  type SafeParseSearchResult,
  safeParseSearch,
} from './model/parse';
export {
  ACTIVE_STAGES,
  CHANNELS,
  type Channel,
  STAGES,
  type Stage,
} from './model/primitives';
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
} from './model/schemas';
export { recommended } from './rules/recommended';
export {
  type CaseResult,
  checkRule,
  type FiringCase,
  type QuietCase,
  type RuleCases,
  RuleTester,
  type TestRunnerHooks,
} from './testing/rule-tester';
