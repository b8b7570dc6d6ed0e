import type { TopLevelCondition } from 'json-rules-engine';
import type * as z from 'zod/v4';
import type { ApplicationFacts } from '../facts/application';
import type { InterviewFacts } from '../facts/interview';
import type { MessageFacts } from '../facts/message';
import type { OfferFacts } from '../facts/offer';
import type { ReferralFacts } from '../facts/referral';
import type { SearchFacts, SearchState } from '../facts/search';

/** How serious a piece of advice is. Definitions are in the docs (rules/README.md). */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Severities from most to least serious. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

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

/** A json-rules-engine condition tree (`all` / `any` / `not` / shared condition reference). */
export type Conditions = TopLevelCondition;

/** How strong a source is: how far its figures can be trusted. */
export type SourceStrength = 'high' | 'medium' | 'low';

/** Where a rule's reasoning or default threshold comes from. */
export interface RuleSource {
  /** Who published it, and what. */
  readonly title: string;
  /** Link to it, where public. */
  readonly url?: string;
  /** How far it can be trusted. */
  readonly strength: SourceStrength;
  /** The figure or finding used. */
  readonly finding?: string;
}

/** Descriptive metadata of a rule, kept apart from its logic. */
export interface RuleMeta {
  /** Category id, e.g. `outreach`. */
  readonly category: string;
  /** Default severity. */
  readonly severity: Severity;
  /** Short title of the problem, e.g. "Unanswered message from an employer". */
  readonly title: string;
  /** One line: what the rule checks. */
  readonly description: string;
  /** Why it matters, in a few sentences. */
  readonly rationale: string;
  /** Evidence behind the rule and its defaults. */
  readonly sources: readonly RuleSource[];
  /** Whether the rule is in the recommended set. */
  readonly recommended?: boolean;
  /** Where its documentation lives; defaults to the rule's page under docs/rules/. */
  readonly docsUrl?: string;
  /**
   * The search states the rule applies in (see `SEARCH_STATES`); in any other state it is not
   * applicable. Without it, the rule applies in every state.
   */
  readonly states?: readonly SearchState[];
}

/** The kinds of action the built-in rules give, so apps can show an icon or a button for each. */
export const ACTION_KINDS = [
  'answer-offer',
  'apply',
  'ask-extension',
  'ask-questions',
  'ask-referral',
  'check-posting',
  'fix-data',
  'follow-up',
  'negotiate',
  'reply',
  'review-resume',
  'share-offer',
  'stop-following-up',
  'stop-waiting',
  'tailor',
  'thank-contact',
  'thank-you',
  'withdraw',
] as const;

/**
 * A kind of action: one of {@link ACTION_KINDS}, or a custom rule's own kind (any other string;
 * the `string & {}` keeps editors completing the built-in ones).
 */
export type ActionKind = (typeof ACTION_KINDS)[number] | (string & {});

/** Something the person can do next. */
export interface Action {
  /**
   * Stable id, set by the engine on every action of a report: rule, subject and kind, so a
   * calendar entry can be updated when the search changes.
   */
  readonly id?: string;
  /** Machine-readable kind, e.g. `reply`, `follow-up`, `apply`; see {@link ACTION_KINDS}. */
  readonly kind: ActionKind;
  /** What to do, in plain words. */
  readonly label: string;
  /** When to do it by (YYYY-MM-DD), where a date applies. */
  readonly due?: string;
  /** The entity the action is about, where there is one. */
  readonly subject?: Subject;
}

/** What a piece of advice is about. */
export interface Subject {
  /** Kind of entity, or `search` for the whole search. */
  readonly kind: Scope | 'company';
  /** The entity's id (`search` for the whole search). */
  readonly id: string;
}

/** One reason a rule fired: a fact, its value, and what it was compared with. */
export interface Evidence {
  /** Id of the subject it concerns, when the advice covers several. */
  readonly subjectId?: string;
  /** The fact and path, e.g. `message.daysUnanswered`. */
  readonly fact: string;
  /** Its value. */
  readonly value: unknown;
  /** The json-rules-engine operator, e.g. `greaterThanInclusive`. */
  readonly operator?: string;
  /** The value compared with (often a rule option). */
  readonly threshold?: unknown;
  /** The same in plain words. */
  readonly text: string;
}

/** What a rule's message and action functions receive for one subject (or a group). */
export interface MessageContext<S extends Scope, O> {
  /** Facts about the subject (for `search` rules, the search facts). */
  readonly subject: ScopeFacts[S];
  /** Every subject the advice covers (one, unless the rule groups them). */
  readonly subjects: readonly ScopeFacts[S][];
  /** Search-wide facts. */
  readonly search: SearchFacts;
  /** The rule's options in force. */
  readonly options: O;
  /** The evaluation date. */
  readonly asOf: Date;
  /** The severity the advice is given at. */
  readonly severity: Severity;
}

/**
 * A message template: one string, or a list of sentences joined with spaces (easier to read and
 * to review than one long line).
 */
export type TemplateText = string | readonly string[];

/** When an action is due: days after the evaluation date (fixed or an option), or a date fact. */
export type DueSpec =
  | {
      /** Days after the evaluation date. */
      readonly inDays: number;
    }
  | {
      /** Name of the rule option that holds the number of days. */
      readonly inDaysOption: string;
    }
  | {
      /** Path of a date fact, e.g. `subject.expiresOn`; no due date while it is unknown. */
      readonly fact: string;
      /** Days to add to that date; negative for earlier. */
      readonly plusDays?: number;
      /** Days after the evaluation date to use while the date fact is unknown. */
      readonly otherwiseInDays?: number;
    };

/**
 * An action written as data. `label` is a message template; with `perSubject`, a grouped advice
 * gets one action per subject, each rendered with that subject.
 */
export interface ActionTemplate {
  /** Machine-readable kind, e.g. `reply`; see {@link ACTION_KINDS}. */
  readonly kind: ActionKind;
  /** Template of what to do. */
  readonly label: TemplateText;
  /** When it is due. */
  readonly due?: DueSpec;
  /** One action per subject of a grouped advice. */
  readonly perSubject?: boolean;
}

/** A severity that applies when extra conditions also hold. */
export interface SeverityCase {
  /** The severity to use. */
  readonly severity: Severity;
  /** Conditions that must hold, in addition to the rule's own. */
  readonly conditions: Conditions;
}

/** Which entities of its scope a rule applies to: fact field → allowed value(s). */
export type Selector = Readonly<
  Record<string, string | number | boolean | readonly (string | number | boolean)[]>
>;

/**
 * A rule: metadata, the entities it selects, its options, json-rules-engine conditions over
 * derived facts, and how to word its advice. Conditions read the subject's facts as the fact
 * named after the scope (`application`, `message`, …), search-wide facts as `search`, and the
 * rule's options as `options` — thresholds are never hard-coded in conditions.
 */
export interface Rule<
  S extends Scope = Scope,
  O extends Record<string, unknown> = Record<string, unknown>,
> {
  /** Unique id, kebab-case; plugin rules are namespaced (`acme/thank-you-note`). */
  readonly id: string;
  /** Descriptive metadata. */
  readonly meta: RuleMeta;
  /** What the rule runs over. */
  readonly scope: S;
  /** Which entities it applies to (decided before any condition runs). */
  readonly select?: Selector;
  /** Subject facts that must be known; subjects missing any are counted as needing data. */
  readonly requires?: readonly (keyof ScopeFacts[S] & string)[];
  /** Options schema; every option has a default. */
  readonly options: z.ZodType<O>;
  /** When the rule fires. */
  readonly conditions: Conditions;
  /** Other severities for cases within the rule (e.g. critical after 3 days); the first that holds wins. */
  readonly severityWhen?: readonly SeverityCase[];
  /**
   * The advice message, naming the company and role concerned: a template (data, as in JSON
   * rule sets) or, for rules written in TypeScript, a function.
   */
  readonly message: TemplateText | ((ctx: MessageContext<S, O>) => string);
  /** What to do next: action templates, or a function. */
  readonly actions: readonly ActionTemplate[] | ((ctx: MessageContext<S, O>) => readonly Action[]);
  /** Subject fact giving the urgency within a severity (e.g. days overdue); higher is sooner. */
  readonly urgency?: keyof ScopeFacts[S] & string;
  /** Merge advice for several subjects into one (for subjects with the same kind of action). */
  readonly group?: boolean;
  /** Rules whose advice this rule's advice absorbs, when both fire for the same subjects. */
  readonly supersedes?: readonly string[];
}

/** A rule of any scope and options, as held in rule sets. */
// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous collection of rules needs erasure.
export type AnyRule = Rule<any, any>;

/** A piece of advice: what is wrong, why, and what to do next. */
export interface Advice {
  /**
   * Stable id, so apps can track dismissals: the rule id, plus the subject's id for advice about
   * one entity, or `@severity` for a grouped advice (whoever is in the group).
   */
  readonly id: string;
  /** The rule that gave it. */
  readonly ruleId: string;
  /** The rule's category. */
  readonly category: string;
  /** Severity in force. */
  readonly severity: Severity;
  /** Sort key, higher first: severity, then urgency (see `dueInDays`). */
  readonly priority: number;
  /**
   * Urgency, one unit for every rule: days until its first action is due (negative when
   * overdue; 0 for today and for undated actions such as "stop chasing").
   */
  readonly dueInDays: number;
  /** Short title. */
  readonly title: string;
  /** What is wrong, naming the company and role concerned. */
  readonly message: string;
  /** Why it matters. */
  readonly rationale: string;
  /** What to do next. */
  readonly actions: readonly Action[];
  /** What it is about. */
  readonly subjects: readonly Subject[];
  /** Why it fired. */
  readonly evidence: readonly Evidence[];
  /**
   * Subjects whose evidence `evidence` leaves out: advice about many subjects lists the evidence
   * of the 50 that matter most. Absent when nothing is left out.
   */
  readonly evidenceLeftOut?: number;
  /** Link to the rule's documentation. */
  readonly docsUrl: string;
}

/** What happened when a rule was evaluated. */
export type OutcomeStatus = 'advice' | 'passed' | 'not-applicable' | 'needs-data' | 'error';

/** The outcome of one rule. */
export interface RuleOutcome {
  /** The rule. */
  readonly ruleId: string;
  /** What happened. */
  readonly status: OutcomeStatus;
  /** Severity in force (after configuration). */
  readonly severity: Severity;
  /** Subjects that were evaluated. */
  readonly evaluated: number;
  /** For `advice`: ids of the advice given (possibly merged into another rule's advice). */
  readonly adviceIds?: readonly string[];
  /** For `advice` folded into another rule's advice: that rule's id. */
  readonly mergedInto?: string;
  /** For `needs-data`: what was missing. For `error`: what went wrong. */
  readonly detail?: string;
}

/** Overall rating of a search. */
export type Rating = 'healthy' | 'at-risk' | 'critical';

/** Score of one category. */
export interface CategoryScore {
  /** Display title. */
  readonly title: string;
  /** 0..100, or null when no rule of the category applied. */
  readonly score: number | null;
  /** How many pieces of advice it has. */
  readonly adviceCount: number;
}
