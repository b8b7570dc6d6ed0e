import { type ComparisonNode, factLabel } from '../rule/condition-tree';
import type { AnyRule } from '../rule/types';

/** What host code supplied that failed while a rule ran: a plugin fact or a custom operator. */
export type FailedPart = { readonly kind: 'fact' | 'operator'; readonly name: string };

/** Thrown when a plugin fact or custom operator throws, naming it so the outcome can say where. */
export class RuleStepError extends Error {
  /** The fact or operator that threw. */
  readonly part: FailedPart;

  /** @param part - what threw. @param cause - what it threw. */
  constructor(part: FailedPart, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'RuleStepError';
    this.part = part;
  }
}

/** Wraps a host function so that what it throws names it (see {@link RuleStepError}). */
export function naming<A extends unknown[], R>(
  part: FailedPart,
  run: (...args: A) => R,
): (...args: A) => R {
  return (...args) => {
    try {
      return run(...args);
    } catch (error) {
      throw error instanceof RuleStepError ? error : new RuleStepError(part, error);
    }
  };
}

/**
 * Thrown by the compiled evaluator when a comparison throws (a plugin fact or operator, or a
 * fact value that cannot be read), naming the condition, its fact and its operator.
 */
export class ConditionFailure extends Error {
  /** Where the condition was written, as the rule checks name it (`rules["x"].conditions.all[0]`). */
  readonly at: string;
  /** The comparison in short: fact, operator and compared value. */
  readonly comparison: string;

  /** @param node - the comparison that threw. @param cause - what it threw. */
  constructor(node: ComparisonNode, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ConditionFailure';
    this.at = node.at;
    const right =
      'literal' in node.right ? shortJson(node.right.literal) : factLabel(node.right.fact);
    this.comparison = `${factLabel(node.left)} ${node.operator} ${right}`;
  }
}

/** A compared value as written, cut short: the detail names the condition, it does not quote it. */
function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function uses(node: Record<string, unknown>, part: FailedPart): boolean {
  if (part.kind === 'operator')
    return typeof node.operator === 'string' && node.operator.split(':').includes(part.name);
  const value = node.value as Record<string, unknown> | null | undefined;
  return node.fact === part.name || (typeof value === 'object' && value?.fact === part.name);
}

/** The comparison at `node`, in short: fact, operator and compared value, as written. */
function comparisonOf(node: Record<string, unknown>): string {
  const label = (ref: Record<string, unknown>) =>
    factLabel({
      fact: String(ref.fact),
      ...(typeof ref.path === 'string' ? { path: ref.path } : {}),
    });
  const value = node.value as Record<string, unknown> | null | undefined;
  const right =
    typeof value === 'object' && value !== null && typeof value.fact === 'string'
      ? label(value)
      : shortJson(node.value);
  return `${label(node)} ${String(node.operator)} ${right}`;
}

/** The conditions under `node` that use `part`, by path (such as `conditions.all[1]`). */
function pathsUsing(node: unknown, path: string, part: FailedPart): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const found: string[] = [];
  for (const key of ['all', 'any'] as const) {
    const list = record[key];
    if (Array.isArray(list))
      list.forEach((child, i) => {
        found.push(...pathsUsing(child, `${path}.${key}[${i}]`, part));
      });
  }
  if (record.not !== undefined) found.push(...pathsUsing(record.not, `${path}.not`, part));
  if (uses(record, part)) found.push(`${path} (${comparisonOf(record)})`);
  return found;
}

function partName({ kind, name }: FailedPart): string {
  return kind === 'fact' ? `plugin fact "${name}"` : `operator "${name}"`;
}

/**
 * The `detail` of an `error` outcome: what failed, at which condition of the rule (its
 * conditions, a severity case or a shared condition) with its fact and operator, then why, such
 * as `plugin fact "crm" failed at conditions.all[0] (crm equal true): connection refused`.
 */
export function describeRuleFailure(rule: AnyRule, error: unknown): string {
  const why = error instanceof Error ? error.message : String(error);
  if (error instanceof ConditionFailure) {
    const cause = error.cause;
    const what = cause instanceof RuleStepError ? partName(cause.part) : 'a condition';
    // Paths are written from the rule set; within the rule's own detail the rule goes without saying.
    const prefix = `rules[${JSON.stringify(rule.id)}].`;
    const at = error.at.startsWith(prefix) ? error.at.slice(prefix.length) : error.at;
    return `${what} failed at ${at} (${error.comparison}): ${why}`;
  }
  if (!(error instanceof RuleStepError)) return why;
  // json-rules-engine does not say which condition was running: every one that uses the part.
  const paths = [
    ...pathsUsing(rule.conditions, 'conditions', error.part),
    ...(rule.severityWhen ?? []).flatMap((c, i) =>
      pathsUsing(c.conditions, `severityWhen[${i}].conditions`, error.part),
    ),
  ];
  const where = paths.length > 0 ? paths.join(', ') : 'a shared condition';
  return `${partName(error.part)} failed at ${where}: ${why}`;
}
