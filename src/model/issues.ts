import type * as z from 'zod/v4/mini';
import { terminalSafe } from '../format/terminal';
import { closest } from '../rule/suggest';
import { readDateHint } from './date-hint';
import { DATE_MESSAGE, SHARE_MESSAGE } from './primitives';

/** Kinds of validation problem, so that apps can react to them without reading the words. */
export const ISSUE_CODES = [
  'required',
  'wrong-type',
  'not-one-of',
  'bad-date',
  'not-whole-number',
  'not-a-share',
  'too-small',
  'too-big',
  'unknown-key',
  'duplicate-id',
  'missing-reference',
  'invalid',
] as const;

/** A kind of validation problem; see {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem found in an input, at a path such as `applications[2].companyId`. */
export interface ValidationIssue {
  /** Where the problem is, in JavaScript property-access notation; empty for the whole input. */
  readonly path: string;
  /** The same place as a list of keys and indexes: `['applications', 2, 'companyId']`. */
  readonly keys?: readonly (string | number)[];
  /** What kind of problem it is. */
  readonly code: IssueCode;
  /** What is wrong and how to fix it, in plain words, starting with the value found if any. */
  readonly message: string;
}

/** A problem as the check that finds it reports it; without a `code`, it counts as `invalid`. */
export interface IssueInput extends Omit<ValidationIssue, 'code'> {
  /** What kind of problem it is; `invalid` when left out. */
  readonly code?: IssueCode | undefined;
}

/** Formats a path of keys and indexes as `applications[2].companyId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === '' ? key : `.${key}`;
    else out += `[${terminalSafe(JSON.stringify(String(key)), { showInvisible: true })}]`;
  }
  return out;
}

/** A value as a message shows it: JSON, cut short, with invisible characters escaped. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON has no Infinity or NaN: JSON.stringify would show them as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const json = JSON.stringify(value) ?? String(value);
  const short = json.length > 60 ? `${json.slice(0, 57)}...` : json;
  return terminalSafe(short, { showInvisible: true });
}

function describeReceived(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'object') return 'an object';
  return showValue(input);
}

function keysOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/** Turns zod's issues into plain-worded {@link ValidationIssue}s that say how to fix them. */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  return issues.map((issue) => {
    const keys = keysOf([...prefix, ...issue.path]);
    return { path: formatPath(keys), keys, ...plainMessage(issue) };
  });
}

/** The shapes a date may take, as the fix of a date that is missing or wrong names them. */
const DATE_SHAPES =
  'a date like 2026-11-25, or a date-time with a time zone like 2026-11-25T09:30:00Z';

/** The example date a wrong one should look like: the same day in ISO form where it can be read. */
function dateFix(input: unknown): string {
  if (typeof input === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(input))
      return `must have a time zone, like ${input}Z or ${input}+01:00`;
    const read = readDateHint(input);
    if (read && 'date' in read) return `must be a date like ${read.date}`;
    if (read)
      return `must be a date like ${read.monthFirst} (or ${read.dayFirst} if the day comes first)`;
  }
  return `must be ${DATE_SHAPES}`;
}

function plainMessage(issue: z.core.$ZodIssue): { code: IssueCode; message: string } {
  const input = 'input' in issue ? issue.input : undefined;
  const found = input === undefined ? '' : `${describeReceived(input)} `;
  // A date missing, of the wrong type or of the wrong shape: each names the shapes a date takes.
  if (issue.message === DATE_MESSAGE)
    return input === undefined
      ? { code: 'required', message: `is required: ${DATE_SHAPES}` }
      : { code: 'bad-date', message: `${found}${dateFix(input)}` };
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
    return {
      code: 'required',
      message:
        issue.code === 'invalid_value'
          ? `is required: one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
          : `is required (${article(issue.expected)})`,
    };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int' && typeof input === 'number')
        return { code: 'not-whole-number', message: `${found}must be a whole number` };
      return {
        code: 'wrong-type',
        message: `must be ${article(issue.expected)}, got ${describeReceived(input)}`,
      };
    case 'unrecognized_keys':
      return {
        code: 'unknown-key',
        message: `has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map(showValue).join(', ')}`,
      };
    case 'invalid_value': {
      const hint = typeof input === 'string' ? closest(input, issue.values.map(String)) : undefined;
      return {
        code: 'not-one-of',
        message: `${found}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${hint ? `: did you mean "${hint}"?` : ''}`,
      };
    }
    case 'too_small':
    case 'too_big': {
      if (issue.message === SHARE_MESSAGE)
        return { code: 'not-a-share', message: `${found}${SHARE_MESSAGE}` };
      const small = issue.code === 'too_small';
      const bound = small ? issue.minimum : issue.maximum;
      if (small && issue.origin === 'string' && Number(bound) === 1)
        return { code: 'too-small', message: 'must not be empty' };
      const comparison = small
        ? issue.inclusive === false
          ? 'more than'
          : 'at least'
        : issue.inclusive === false
          ? 'less than'
          : 'at most';
      const what = issue.origin === 'number' ? found : '';
      return {
        code: small ? 'too-small' : 'too-big',
        message: `${what}must be ${comparison} ${String(bound)}${unit(issue.origin)}`,
      };
    }
    case 'invalid_key':
      // A record key that failed its own checks: say which check, about the key.
      return {
        code: 'invalid',
        message: `key ${issue.issues.map((inner) => plainMessage(inner).message).join('; ')}`,
      };
    default:
      return { code: 'invalid', message: `${found}${issue.message}`.trim() };
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function unit(origin: string): string {
  if (origin === 'string') return ' characters long';
  if (origin === 'array') return ' items long';
  return '';
}

/** Formats issues as one readable block, one line per issue. */
export function formatIssues(
  issues: readonly { readonly path: string; readonly message: string }[],
): string {
  return issues.map((i) => `  - ${i.path === '' ? '(root)' : i.path}: ${i.message}`).join('\n');
}
