import { FACT_CATALOG } from '../facts/catalog';
import { checkConditions, type RuleIssue } from './check-conditions';
import { checkTemplate, placeholderProblem } from './check-templates';
import type { Registry } from './registry';
import { closest } from './suggest';
import type { ActionTemplate, Conditions, Scope, SeverityCase } from './types';

/** The parts of a rule that refer to facts, options, operators and templates. */
export interface CheckableRule {
  readonly id: string;
  readonly scope: Scope;
  readonly meta: { readonly category: string };
  readonly select?: Readonly<Record<string, unknown>>;
  readonly requires?: readonly string[];
  readonly conditions: Conditions | unknown;
  readonly severityWhen?: readonly (SeverityCase | { severity: string; conditions: unknown })[];
  readonly message: string | ((...args: never[]) => string);
  readonly actions: readonly ActionTemplate[] | ((...args: never[]) => unknown);
  readonly urgency?: string;
}

function fieldCheck(
  field: string,
  scope: Scope,
  path: string,
  issues: RuleIssue[],
  numeric = false,
): void {
  const fields = FACT_CATALOG[scope];
  const kind = fields[field];
  if (!kind) {
    const best = closest(field, Object.keys(fields));
    issues.push({
      path,
      message: `${scope} facts have no field "${field}"${best ? ` (did you mean "${best}"?)` : ''}`,
    });
  } else if (numeric && kind !== 'number')
    issues.push({ path, message: `"${field}" is a ${kind}, not a number` });
}

/**
 * Checks everything a rule refers to: selector and required fields, conditions (facts, paths,
 * operators, shared conditions, limits), templates and due dates, urgency, and its category.
 */
export function checkRule(
  rule: CheckableRule,
  path: string,
  optionNames: ReadonlySet<string>,
  registry: Registry,
  categories: ReadonlySet<string>,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { scope } = rule;
  if (!categories.has(rule.meta.category))
    issues.push({
      path: `${path}.meta.category`,
      message: `unknown category "${rule.meta.category}"; declare it in the rule set's categories or use one of ${[...categories].join(', ')}`,
    });
  for (const field of Object.keys(rule.select ?? {}))
    fieldCheck(field, scope, `${path}.select.${field}`, issues);
  (rule.requires ?? []).forEach((field, i) => {
    fieldCheck(field, scope, `${path}.requires[${i}]`, issues);
  });
  if (rule.urgency !== undefined) fieldCheck(rule.urgency, scope, `${path}.urgency`, issues, true);

  const context = { scope, optionNames, registry };
  checkConditions(rule.conditions, `${path}.conditions`, context, issues);
  (rule.severityWhen ?? []).forEach((c, i) => {
    checkConditions(c.conditions, `${path}.severityWhen[${i}].conditions`, context, issues);
  });

  if (typeof rule.message === 'string')
    checkTemplate(rule.message, `${path}.message`, scope, optionNames, issues);
  if (Array.isArray(rule.actions))
    rule.actions.forEach((action: ActionTemplate, i: number) => {
      const at = `${path}.actions[${i}]`;
      checkTemplate(action.label, `${at}.label`, scope, optionNames, issues);
      const due = action.due;
      if (due && 'inDaysOption' in due && !optionNames.has(due.inDaysOption))
        issues.push({
          path: `${at}.due.inDaysOption`,
          message: `"${due.inDaysOption}" is not an option of this rule`,
        });
      if (due && 'fact' in due) {
        const problem = placeholderProblem(due.fact, scope, optionNames);
        if (problem) issues.push({ path: `${at}.due.fact`, message: problem });
      }
    });
  return issues;
}
