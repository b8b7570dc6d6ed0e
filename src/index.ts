/**
 * `job-search-health`: evaluate a job search into a health report, configure and extend the
 * rules, and format reports. Runs anywhere JavaScript runs; no Node built-ins.
 *
 * @module job-search-health
 */
export {
  type Advisor,
  createAdvisor,
  type EngineName,
  evaluateSearch,
  evaluateSync,
} from './engine/advisor';
export { asOfProblem, EARLIEST_AS_OF, LATEST_AS_OF, parseAsOf } from './engine/as-of';
export type { EngineExtensions } from './engine/compile';
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
export type { EngineAdapter } from './engine/engines';
export type { CustomFact, CustomFactInput, EvaluateOptions } from './engine/evaluate';
export type { ApplicationFacts } from './facts/application';
export { restrictToAsOf } from './facts/as-of';
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
export type { Scope, ScopeFacts } from './facts/scope';
export { SEARCH_STATES, type SearchFacts, type SearchState } from './facts/search';
export { filterAdvice, isAtLeast } from './format/filter';
export {
  formatHistoryHtml,
  formatHtml,
  type HistoryHtmlOptions,
  type HtmlFormatOptions,
} from './format/html/index';
export { escapeMarkdown, formatMarkdown, type MarkdownFormatOptions } from './format/markdown';
export {
  formatReport,
  REPORT_FORMATS,
  type ReportFormat,
  type ReportFormatOptions,
} from './format/report';
export {
  formatRuleDetails,
  formatRuleList,
  type RuleDetailsOptions,
  type RuleTextOptions,
} from './format/rules';
export { type TerminalSafeOptions, terminalSafe } from './format/terminal';
export { formatText, scoreBar, type TextFormatOptions } from './format/text';
export {
  type ComparedMetric,
  compareReports,
  type MetricChange,
  type OpenAdvice,
  type ReportComparison,
  type ReportHeadline,
} from './history/compare';
export { comparisonMarkdown, comparisonText, historyMarkdown, historyText } from './history/format';
export { type HistoryOptions, type HistoryPoint, searchHistory } from './history/history';
export * from './model/index';
export { BUILT_IN_CATEGORIES, type CategoryDefinition } from './report/categories';
export type { HealthReport } from './report/report';
export {
  type BadgeColours,
  SEVERITY_LEVELS,
  type SeverityLevel,
  type TerminalStyle,
} from './report/severity';
export {
  defineRule,
  defineRuleSet,
  type RuleDefinition,
  type RuleSet,
  RuleSetError,
} from './rule/define';
export { EVALUATION_LIMITS, RULE_SET_LIMITS } from './rule/limits';
export { type ParseRuleSetOptions, parseRuleSet, ruleSetToJson } from './rule/load-rule-set';
export type { Compare, CustomDecorator, CustomOperator } from './rule/operators';
export { BUILT_IN_DECORATORS, BUILT_IN_OPERATORS } from './rule/registry';
export type { OptionSpec, OptionsJson, RuleJson, RuleSetJson } from './rule/rule-types';
export { closest } from './rule/suggest';
export { formatCount } from './rule/template';
export {
  ACTION_KINDS,
  type Action,
  type ActionKind,
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
  SEVERITIES,
  type Selector,
  type Severity,
  type SeverityCase,
  type SourceStrength,
  type Subject,
  type TemplateText,
} from './rule/types';
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
