import type { AnyRule } from './types';

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

function uses(node: Record<string, unknown>, part: FailedPart): boolean {
  if (part.kind === 'operator')
    return typeof node.operator === 'string' && node.operator.split(':').includes(part.name);
  const value = node.value as Record<string, unknown> | null | undefined;
  return node.fact === part.name || (typeof value === 'object' && value?.fact === part.name);
}

/** Paths of the conditions under `node` that use `part`, such as `conditions.all[1]`. */
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
  if (uses(record, part)) found.push(path);
  return found;
}

/**
 * The `detail` of an `error` outcome: what failed and at which condition of the rule (its
 * conditions or a severity case), then why, such as
 * `plugin fact "crm" failed at conditions.all[0]: connection refused`.
 */
export function describeRuleFailure(rule: AnyRule, error: unknown): string {
  const why = error instanceof Error ? error.message : String(error);
  if (!(error instanceof RuleStepError)) return why;
  const { kind, name } = error.part;
  const paths = [
    ...pathsUsing(rule.conditions, 'conditions', error.part),
    ...(rule.severityWhen ?? []).flatMap((c, i) =>
      pathsUsing(c.conditions, `severityWhen[${i}].conditions`, error.part),
    ),
  ];
  const where = paths.length > 0 ? paths.join(', ') : 'a shared condition';
  const what = kind === 'fact' ? `plugin fact "${name}"` : `operator "${name}"`;
  return `${what} failed at ${where}: ${why}`;
}
