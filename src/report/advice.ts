import { joinText } from '../facts/context';
import type { Scope } from '../facts/scope';
import type { SearchFacts } from '../facts/search';
import { formatList } from '../rule/template';
import type { Action, Advice, AnyRule, MessageContext, Severity, Subject } from '../rule/types';
import {
  capActions,
  companyOfFacts,
  DEFAULT_MAX_DATED_ACTIONS,
  daysUntilDue,
  FollowUpCalendar,
  isFollowUp,
  leftOutSentence,
  oneFollowUpPerCompany,
  type PlannedAction,
  rankSubjects,
} from './schedule';
import { SEVERITY_RANK } from './severity';
import type { FoldedRun, FoldedSubject } from './supersede';

/** Where the rule pages live unless configured otherwise. */
export const DEFAULT_DOCS_BASE_URL =
  'https://github.com/job-search-health/job-search-health/blob/main/docs/rules';

/** What wording advice needs besides the rule run. */
export interface AdviceContext {
  readonly search: SearchFacts;
  readonly asOf: Date;
  readonly docsBaseUrl: string;
  /** Most dated actions one advice gives (default {@link DEFAULT_MAX_DATED_ACTIONS}). */
  readonly maxDatedActions?: number;
  /**
   * The company of a subject outside the advice's own, to keep follow-ups to one per company and
   * day (an advice knows its own subjects' companies).
   */
  readonly companyOf?: (subject: Subject) => string | undefined;
}

/** Advice worded but not yet scheduled and ranked: see {@link finishAdvice}. */
export interface DraftAdvice {
  readonly advice: Omit<Advice, 'priority' | 'dueInDays' | 'actions'>;
  readonly planned: readonly PlannedAction[];
  /** How long its most patient subject has waited (the rule's `urgency` fact): a tie-break. */
  readonly waited: number;
}

/** The documentation link of a rule. */
export function docsUrlOf(rule: AnyRule, docsBaseUrl: string): string {
  return rule.meta.docsUrl ?? `${docsBaseUrl}/${rule.id}.md`;
}

function subjectOf(scope: Scope, fired: FoldedSubject): Subject {
  return scope === 'search'
    ? { kind: 'search', id: 'search' }
    : { kind: scope, id: String(fired.facts.id) };
}

function waitedOf(rule: AnyRule, group: readonly FoldedSubject[]): number {
  if (!rule.urgency) return 0;
  let most = 0;
  for (const fired of group) {
    const value = fired.facts[rule.urgency];
    if (typeof value === 'number' && value > most) most = value;
  }
  return most;
}

/** Groups fired subjects: one group per subject, or per severity for grouping rules. */
function groupsOf(rule: AnyRule, fired: readonly FoldedSubject[]): FoldedSubject[][] {
  if (!rule.group) return fired.map((f) => [f]);
  const bySeverity = new Map<Severity, FoldedSubject[]>();
  for (const f of fired) {
    const group = bySeverity.get(f.severity);
    if (group) group.push(f);
    else bySeverity.set(f.severity, [f]);
  }
  return [...bySeverity.values()];
}

/**
 * The advice id: stable per rule and subject, so dismissals and calendar entries survive new
 * data. A grouping rule's advice is one group per severity, whoever is in it.
 */
function adviceIdOf(rule: AnyRule, severity: Severity, subjects: readonly Subject[]): string {
  if (rule.scope === 'search') return rule.id;
  if (rule.group) return `${rule.id}@${severity}`;
  return `${rule.id}:${subjects.map((s) => s.id).join('+')}`;
}

/** Gives each action an id from its advice, subject and kind (numbered when one repeats). */
function withActionIds(adviceId: string, ruleId: string, actions: readonly Action[]): Action[] {
  const seen = new Map<string, number>();
  return actions.map((action) => {
    // Flat strings: ids are kept in the report, and a joined template is a tree of its pieces.
    const base = action.subject
      ? joinText(ruleId, ':', action.subject.id, ':', action.kind)
      : joinText(adviceId, ':', action.kind);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { ...action, id: count === 1 ? base : joinText(base, '#', String(count)) };
  });
}

/** One sentence saying what folded advice took in, or nothing. */
function absorbedSentence(group: readonly FoldedSubject[]): string {
  if (!group.some((g) => g.absorbed?.length)) return '';
  const titles = [...new Set(group.flatMap((g) => g.absorbed ?? []))];
  const list = formatList(titles.map((t) => `"${t}"`));
  const what = titles.length === 1 ? 'another finding' : `${titles.length} other findings`;
  return ` This takes in ${what}: ${list}.`;
}

/**
 * Puts dated per-subject actions in order of their subjects' importance, in the slots they held,
 * so a list reads in the order of its due dates; the rule's other actions stay where it put them.
 */
function orderBySubject(planned: PlannedAction[]): void {
  if (planned.length < 2) return;
  const slots = planned.flatMap((p, i) => (p.action.subject && p.action.due ? [i] : []));
  const ordered = slots.map((i) => planned[i] as PlannedAction).sort((a, b) => a.rank - b.rank);
  slots.forEach((slot, i) => {
    planned[slot] = ordered[i] as PlannedAction;
  });
}

/**
 * Most subjects of one advice whose evidence is listed. Evidence grows with every subject and
 * condition; a coach checking advice about hundreds of applications reads a sample, not all.
 */
export const MAX_EVIDENCE_SUBJECTS = 50;

/** The subjects whose evidence is listed: all, or those that matter most, in group order. */
function shownSubjects(
  group: readonly FoldedSubject[],
  ranks: ReadonlyMap<string, number>,
): readonly FoldedSubject[] {
  if (group.length <= MAX_EVIDENCE_SUBJECTS) return group;
  // Ranks run from 0 over the group's subjects, most important first.
  return group.filter(
    (subject) => (ranks.get(String(subject.facts.id)) ?? group.length) < MAX_EVIDENCE_SUBJECTS,
  );
}

/**
 * The evidence of an advice: its subject's as found, or, for several subjects, each entry marked
 * with its subject, for at most {@link MAX_EVIDENCE_SUBJECTS} of them (the others counted).
 * Evidence is worded here, for the subjects shown only.
 */
function evidenceOf(
  group: readonly FoldedSubject[],
  ranks: ReadonlyMap<string, number>,
): Pick<Advice, 'evidence' | 'evidenceLeftOut'> {
  const first = group[0] as FoldedSubject;
  if (group.length === 1) return { evidence: [...first.evidence()] };
  const shown = shownSubjects(group, ranks);
  const evidence = shown.flatMap((g) =>
    g.evidence().map((e) => ({
      subjectId: String(g.facts.id),
      ...e,
      text: joinText(String(g.facts.id), ': ', e.text),
    })),
  );
  const leftOut = group.length - shown.length;
  return leftOut > 0 ? { evidence, evidenceLeftOut: leftOut } : { evidence };
}

/** Words the advice of one rule run. Throws if the rule's own wording functions throw. */
export function buildAdvice(run: FoldedRun, ctx: AdviceContext): DraftAdvice[] {
  const { rule, options, wording } = run.compiled;
  const docsUrl = docsUrlOf(rule, ctx.docsBaseUrl);
  return groupsOf(rule, run.fired).map((group) => {
    const first = group[0] as FoldedSubject;
    const severity = first.severity;
    const { order, ranks } = rankSubjects(group.map((g) => g.facts));
    const ordered = order.map((index) => (group[index] as FoldedSubject).facts);
    const messageContext: MessageContext<Scope, Record<string, unknown>> = {
      subject: first.facts as never,
      // Most important first, as the dated steps are picked: a message naming a few of many
      // subjects names the ones its steps are about.
      subjects: ordered as never,
      search: ctx.search,
      options,
      asOf: ctx.asOf,
      severity,
    };
    const subjects = group.map((g) => subjectOf(rule.scope, g));
    const planned = wording.actions(messageContext).map((action): PlannedAction => {
      const rank = action.subject ? ranks.get(action.subject.id) : undefined;
      // A follow-up's company: from the facts of the advice's own subject, else from the others.
      const own =
        rank !== undefined && action.subject?.kind === rule.scope ? ordered[rank] : undefined;
      const company = !isFollowUp(action)
        ? undefined
        : own
          ? companyOfFacts(own)
          : ctx.companyOf?.(action.subject);
      return {
        action,
        fixed: wording.hasFixedDue(action),
        rank: action.subject ? (rank ?? 0) : -1,
        ...(company !== undefined ? { company } : {}),
      };
    });
    orderBySubject(planned);
    const capped = capActions(
      oneFollowUpPerCompany(planned),
      ctx.maxDatedActions ?? DEFAULT_MAX_DATED_ACTIONS,
    );
    return {
      advice: {
        id: adviceIdOf(rule, severity, subjects),
        ruleId: rule.id,
        category: rule.meta.category,
        severity,
        title: rule.meta.title,
        message: `${wording.message(messageContext)}${absorbedSentence(group)}${leftOutSentence(capped)}`,
        rationale: rule.meta.rationale,
        subjects,
        ...evidenceOf(group, ranks),
        docsUrl,
      },
      planned: capped.kept,
      waited: waitedOf(rule, group),
    };
  });
}

/**
 * Priority, higher first: severity, then days until the first action is due (sooner first),
 * then, on the same day, a fixed deadline before a flexible task.
 */
function priorityOf(severity: Severity, dueInDays: number, fixed: boolean): number {
  const days = Math.max(-249, Math.min(249, dueInDays));
  return SEVERITY_RANK[severity] * 1000 + 2 * (250 - days) + (fixed ? 1 : 0);
}

/**
 * Dates routine follow-ups (most serious advice first, one per company and day), gives every
 * action an id, works out each advice's urgency and ranks the advice, most important first.
 */
export function finishAdvice(drafts: readonly DraftAdvice[], ctx: AdviceContext): Advice[] {
  const calendar = new FollowUpCalendar(ctx.asOf);
  const bySeverity = [...drafts].sort(
    (a, b) => SEVERITY_RANK[b.advice.severity] - SEVERITY_RANK[a.advice.severity],
  );
  const waited = new Map<Advice, number>();
  const finished = bySeverity.map((draft): Advice => {
    const planned = calendar.schedule(draft.planned);
    const actions = withActionIds(
      draft.advice.id,
      draft.advice.ruleId,
      planned.map((p) => p.action),
    );
    const dueInDays = daysUntilDue(actions, ctx.asOf);
    const fixed = planned.some((p) => p.fixed && daysUntilDue([p.action], ctx.asOf) === dueInDays);
    // The draft was made for this report alone: it is completed in place rather than copied.
    const advice: Advice = Object.assign(draft.advice, {
      priority: priorityOf(draft.advice.severity, dueInDays, fixed),
      dueInDays,
      actions,
    });
    waited.set(advice, draft.waited);
    return advice;
  });
  return rankAdvice(finished, (advice) => waited.get(advice) ?? 0);
}

/** Sorts advice most important first: priority, how long it has waited, rule id, advice id. */
function rankAdvice(advice: readonly Advice[], waited: (advice: Advice) => number): Advice[] {
  return [...advice].sort(
    (a, b) =>
      b.priority - a.priority ||
      waited(b) - waited(a) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
