/**
 * `job-search-health`: evaluate a job search into a health report, configure and extend the
 * rules, and format reports. Runs anywhere JavaScript runs; no Node built-ins.
 *
 * @module job-search-health
 */
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
  parseConfigFile,
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
export type { CustomFact, CustomFactInput, EvaluateOptions } from './engine/evaluate';
export { RULE_SET_LIMITS } from './engine/limits';
export { type ParseRuleSetOptions, parseRuleSet, ruleSetToJson } from './engine/load-rule-set';
export { BUILT_IN_DECORATORS, BUILT_IN_OPERATORS } from './engine/registry';
export type { HealthReport } from './engine/report';
export type { OptionsJson, RuleSetJson } from './engine/rule-set-json';
export {
  type Action,
  type ActionTemplate,
  type Advice,
  type AnyRule,
  type CategoryScore,
  type Conditions,
  type DueSpec,
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
export { FACT_CATALOG, type FactKind } from './facts/catalog';
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
export { SEARCH_STATES, type SearchFacts, type SearchState } from './facts/search';
export { filterAdvice, isAtLeast } from './format/filter';
export { escapeMarkdown, formatMarkdown, type MarkdownFormatOptions } from './format/markdown';
export {
  formatReport,
  REPORT_FORMATS,
  type ReportFormat,
  type ReportFormatOptions,
} from './format/report';
export { formatText, scoreBar, type TextFormatOptions } from './format/text';
export { SearchValidationError } from './model/errors';
export type { ValidationIssue } from './model/issues';
export { searchJsonSchema } from './model/json-schema';
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
export { configJsonSchema, ruleSetJsonSchema } from './schemas';
export {
  type CaseResult,
  checkRuleCases,
  type FiringCase,
  type QuietCase,
  type RuleCases,
  RuleTester,
  type TestFn,
  type TestRunnerHooks,
} from './testing/rule-tester';
