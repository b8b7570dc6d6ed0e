import type { SearchFacts } from '../facts/search';
import type { FiredSubject } from './run-rules';
import { SEVERITY_RANK } from './severity';
import type { FoldedRun } from './supersede';
import type { Advice, AnyRule, MessageContext, Scope, Severity, Subject } from './types';

/** Where the rule pages live unless configured otherwise. */
export const DEFAULT_DOCS_BASE_URL =
  'https://github.com/job-search-health/job-search-health/blob/main/docs/rules';

/** What wording advice needs besides the rule run. */
export interface AdviceContext {
  readonly search: SearchFacts;
  readonly asOf: Date;
  readonly docsBaseUrl: string;
}

/** The documentation link of a rule. */
export function docsUrlOf(rule: AnyRule, docsBaseUrl: string): string {
  return rule.meta.docsUrl ?? `${docsBaseUrl}/${rule.id}.md`;
}

function subjectOf(scope: Scope, fired: FiredSubject): Subject {
  return scope === 'search'
    ? { kind: 'search', id: 'search' }
    : { kind: scope, id: String(fired.facts.id) };
}

function urgencyOf(rule: AnyRule, group: readonly FiredSubject[]): number {
  if (!rule.urgency) return 0;
  let most = 0;
  for (const fired of group) {
    const value = fired.facts[rule.urgency];
    if (typeof value === 'number' && value > most) most = value;
  }
  return Math.min(999, Math.round(most));
}

/** Groups fired subjects: one group per subject, or per severity for grouping rules. */
function groupsOf(rule: AnyRule, fired: readonly FiredSubject[]): FiredSubject[][] {
  if (!rule.group) return fired.map((f) => [f]);
  const bySeverity = new Map<Severity, FiredSubject[]>();
  for (const f of fired) {
    const group = bySeverity.get(f.severity);
    if (group) group.push(f);
    else bySeverity.set(f.severity, [f]);
  }
  return [...bySeverity.values()];
}

/** Words the advice of one rule run. Throws if the rule's own wording functions throw. */
export function buildAdvice(run: FoldedRun, ctx: AdviceContext): Advice[] {
  const { rule, options, wording } = run.compiled;
  return groupsOf(rule, run.fired).map((group) => {
    const first = group[0] as FiredSubject;
    const severity = first.severity;
    const messageContext: MessageContext<Scope, Record<string, unknown>> = {
      subject: first.facts as never,
      subjects: group.map((g) => g.facts) as never,
      search: ctx.search,
      options,
      asOf: ctx.asOf,
      severity,
    };
    const subjects = group.map((g) => subjectOf(rule.scope, g));
    const id =
      rule.scope === 'search' ? rule.id : `${rule.id}:${subjects.map((s) => s.id).join('+')}`;
    return {
      id,
      ruleId: rule.id,
      category: rule.meta.category,
      severity,
      priority: SEVERITY_RANK[severity] * 1000 + urgencyOf(rule, group),
      title: rule.meta.title,
      message: wording.message(messageContext),
      rationale: rule.meta.rationale,
      actions: wording.actions(messageContext),
      subjects,
      evidence:
        group.length === 1
          ? [...first.evidence]
          : group.flatMap((g) =>
              g.evidence.map((e) => ({
                subjectId: String(g.facts.id),
                ...e,
                text: `${String(g.facts.id)}: ${e.text}`,
              })),
            ),
      docsUrl: docsUrlOf(rule, ctx.docsBaseUrl),
    };
  });
}

/** Sorts advice most important first: priority, then rule id, then advice id. */
export function rankAdvice(advice: readonly Advice[]): Advice[] {
  return [...advice].sort(
    (a, b) =>
      b.priority - a.priority ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
