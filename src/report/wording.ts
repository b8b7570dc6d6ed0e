import { addDays, isoDay, startOfDay } from '../facts/dates';
import type { Scope } from '../facts/scope';
import {
  lookup,
  parseTemplate,
  renderTemplate,
  type Template,
  templateSource,
} from '../rule/template';
import type {
  Action,
  ActionTemplate,
  AnyRule,
  MessageContext,
  Severity,
  Subject,
} from '../rule/types';
import { SEVERITIES } from '../rule/types';

/** A rule's message and action templates, parsed once when the rule is compiled. */
export interface Wording {
  readonly message: (ctx: MessageContext<Scope, Record<string, unknown>>) => string;
  readonly actions: (ctx: MessageContext<Scope, Record<string, unknown>>) => readonly Action[];
  /** Whether an action it produced is due on a date from the search (a deadline). */
  readonly hasFixedDue: (action: Action) => boolean;
}

/** `{ high: true }` for each severity, for templates' `level.high`: shared, never changed. */
const LEVEL_FLAGS = Object.fromEntries(
  SEVERITIES.map((severity) => [severity, Object.freeze({ [severity]: true })]),
) as Readonly<Record<Severity, Readonly<Record<string, true>>>>;

/**
 * The object templates are rendered against: the advice's, or one subject's (`subject` and
 * `subjects` given). Cheap to build, so it is built for each use.
 */
function templateContext(
  ctx: MessageContext<Scope, Record<string, unknown>>,
  subject: unknown = ctx.subject,
  subjects: readonly unknown[] = ctx.subjects,
): Record<string, unknown> {
  return {
    subject,
    subjects,
    search: ctx.search,
    options: ctx.options,
    count: subjects.length,
    severity: ctx.severity,
    level: LEVEL_FLAGS[ctx.severity],
    asOf: isoDay(ctx.asOf),
  };
}

function dueDate(
  template: ActionTemplate,
  ctx: MessageContext<Scope, Record<string, unknown>>,
  context: unknown,
): string | undefined {
  const due = template.due;
  if (!due) return undefined;
  if ('inDays' in due) return isoDay(addDays(ctx.asOf, due.inDays));
  if ('inDaysOption' in due)
    return isoDay(addDays(ctx.asOf, Number(ctx.options[due.inDaysOption] ?? 0)));
  const value = lookup(context, due.fact);
  if (typeof value !== 'string')
    return due.otherwiseInDays === undefined
      ? undefined
      : isoDay(addDays(ctx.asOf, due.otherwiseInDays));
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return undefined;
  const shifted = addDays(date, due.plusDays ?? 0);
  // Moving a date earlier never puts it before today: "a day early" of tomorrow's deadline is today.
  const today = startOfDay(ctx.asOf);
  return isoDay(shifted < today && date >= today ? today : shifted);
}

function subjectRef(scope: Scope, facts: unknown): Subject | undefined {
  if (scope === 'search') return undefined;
  return { kind: scope, id: String(lookup(facts, 'id')) };
}

/** Parses a rule's templates (throws `TemplateError` on a malformed one) and returns its wording. */
export function compileWording(rule: AnyRule): Wording {
  const message =
    typeof rule.message === 'function'
      ? rule.message
      : (
          (template: Template) => (ctx: MessageContext<Scope, Record<string, unknown>>) =>
            renderTemplate(template, templateContext(ctx))
        )(parseTemplate(templateSource(rule.message)));
  if (typeof rule.actions === 'function')
    return { message, actions: rule.actions, hasFixedDue: () => false };
  const fixed = new WeakSet<Action>();
  const actions = rule.actions.map((action: ActionTemplate) => ({
    action,
    label: parseTemplate(templateSource(action.label)),
  }));
  return {
    message,
    actions: (ctx) => {
      // The advice's own context serves every action not worded per subject.
      let whole: Record<string, unknown> | undefined;
      return actions.flatMap(({ action, label }) => {
        const actionFor = (context: Record<string, unknown>, subject: Subject | undefined) => {
          const due = dueDate(action, ctx, context);
          const result: { -readonly [K in keyof Action]: Action[K] } = {
            kind: action.kind,
            label: renderTemplate(label, context),
          };
          if (due !== undefined) result.due = due;
          if (subject !== undefined) result.subject = subject;
          if (due !== undefined && action.due && 'fact' in action.due) fixed.add(result);
          return result;
        };
        if (!action.perSubject) {
          whole ??= templateContext(ctx);
          const only = ctx.subjects.length === 1 ? subjectRef(rule.scope, ctx.subject) : undefined;
          return [actionFor(whole, only)];
        }
        // Each subject's context is made as its action is worded, so none outlives it.
        return ctx.subjects.map((subject) =>
          actionFor(templateContext(ctx, subject, [subject]), subjectRef(rule.scope, subject)),
        );
      });
    },
    hasFixedDue: (action) => fixed.has(action),
  };
}
