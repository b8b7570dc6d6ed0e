import type * as z from 'zod/v4';

/** One problem found in an input, at a path such as `applications[2].companyId`. */
export interface ValidationIssue {
  /** Where the problem is, in JavaScript property-access notation; empty for the whole input. */
  readonly path: string;
  /** What is wrong, in plain words. */
  readonly message: string;
}

/** Formats a path of keys and indexes as `applications[2].companyId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function describeReceived(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (input === undefined) return 'nothing';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return article(typeof input);
}

/** Turns zod's issues into plain-worded {@link ValidationIssue}s. */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  return issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: plainMessage(issue),
  }));
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (expected ${issue.expected})`
        : `must be ${article(issue.expected)}, got ${describeReceived(issue.input)}`;
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'must not be empty'
        : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}${unit(issue.origin)}`;
    case 'too_big':
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}${unit(issue.origin)}`;
    case 'invalid_key':
      // A record key that failed its own checks: say which check, about the key.
      return `key ${issue.issues.map(plainMessage).join('; ')}`;
    default:
      return issue.message;
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
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `  - ${i.path === '' ? '(root)' : i.path}: ${i.message}`).join('\n');
}
