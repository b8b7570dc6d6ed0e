import type { TopLevelCondition } from 'json-rules-engine';
import * as z from 'zod/v4/mini';
import type { Scope, ScopeFacts } from '../facts/scope';
import type { SearchFacts } from '../facts/search';
import type { ActionTemplate, RuleJson, TemplateText } from './rule-types';

export type {
  ActionTemplate,
  DueSpec,
  RuleMeta,
  RuleSource,
  Selector,
  SeverityCase,
  SourceStrength,
  TemplateText,
} from './rule-types';

/** How serious a piece of advice is. Definitions are in the docs (rules/README.md). */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Severities from most to least serious. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** A severity, printed as `Severity` in the generated types. */
export const severitySchema = z.enum(SEVERITIES as [Severity, ...Severity[]]);

/** A json-rules-engine condition tree (`all` / `any` / `not` / shared condition reference). */
export type Conditions = TopLevelCondition;

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
 * The fields of {@link RuleJson} as TypeScript rules type them: by scope and options, and where
 * TypeScript may give more than JSON can hold. Mapping over `RuleJson`'s own keys keeps each
 * field's docs and optionality.
 */
type RuleFields<S extends Scope, O extends Record<string, unknown>> = {
  readonly [K in keyof RuleJson]: K extends 'scope'
    ? S
    : K extends 'requires'
      ? readonly (keyof ScopeFacts[S] & string)[]
      : K extends 'urgency'
        ? keyof ScopeFacts[S] & string
        : K extends 'options'
          ? z.core.$ZodType<O>
          : K extends 'message'
            ? TemplateText | ((ctx: MessageContext<S, O>) => string)
            : K extends 'actions'
              ? readonly ActionTemplate[] | ((ctx: MessageContext<S, O>) => readonly Action[])
              : RuleJson[K];
};

/**
 * A rule: metadata, the entities it selects, its options, json-rules-engine conditions over
 * derived facts, and how to word its advice. Conditions read the subject's facts as the fact
 * named after the scope (`application`, `message`, …), search-wide facts as `search`, and the
 * rule's options as `options` — thresholds are never hard-coded in conditions.
 *
 * It is the JSON form ({@link RuleJson}, generated from the rule schema) with the fields typed
 * by scope and options, where TypeScript may also give a function (`message`, `actions`) or a
 * zod schema (`options`).
 */
export interface Rule<
  S extends Scope = Scope,
  O extends Record<string, unknown> = Record<string, unknown>,
> extends RuleFields<S, O> {
  /** Options schema; every option has a default. */
  readonly options: z.core.$ZodType<O>;
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
