import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';
import { terminalSafe } from '../format/terminal';
import { formatPath, type IssueInput } from '../model/issues';

/** The text each value returned by `parseJson` was read from, to find where issues are. */
const TEXTS = new WeakMap<object, string>();

/** Remembers the text a parsed JSON value came from (objects and arrays only). */
export function rememberText(value: unknown, text: string): void {
  if (typeof value === 'object' && value !== null) TEXTS.set(value, text);
}

/** An issue placed in its file: `path` names the entry, its id and line; `message` the field. */
export interface LocatedIssue {
  /** The entry concerned, e.g. `applications[4] (id a5, line 41, column 20)`. */
  readonly path: string;
  /** The field and what is wrong with it, e.g. `appliedAt "10/06/2026" must be a date like …`. */
  readonly message: string;
  /** 1-based line of the value (or of its entry, for a missing field), if known. */
  readonly line?: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column?: number;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

function valueAt(input: unknown, keys: readonly (string | number)[]): unknown {
  let value = input;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * Places validation issues of a value read by `parseJson` / `readJson` in its file: each names
 * the entry (with its id) and the line and column of the value, and its message starts with the
 * field, as in `applications[4] (id a5, line 41, column 20): appliedAt "10/06/2026" must be a
 * date like 2026-10-06`. Issues of other values keep their path and message.
 */
export function locateIssues(input: unknown, issues: readonly IssueInput[]): LocatedIssue[] {
  // Reading the file's syntax tree costs about as much as parsing the search: not for nothing.
  if (issues.length === 0) return [];
  const text = typeof input === 'object' && input !== null ? TEXTS.get(input) : undefined;
  const root: Node | undefined = text === undefined ? undefined : parseTree(text);
  const starts = text === undefined ? [] : lineStarts(text);
  return issues.map((issue) => {
    const keys = issue.keys;
    if (keys === undefined || keys.length === 0)
      return { path: issue.path, message: issue.message };
    // The entry is the path up to its last list index (or the parent object): `applications[4]`.
    let split = keys.length - 1;
    keys.forEach((key, index) => {
      if (typeof key === 'number') split = index + 1;
    });
    if (split === 0) split = keys.length;
    const entry = keys.slice(0, split);
    const field = keys.slice(split);
    const node =
      root && (findNodeAtLocation(root, [...keys]) ?? findNodeAtLocation(root, [...entry]));
    // An unknown key is best shown at the key itself, not its value.
    const at = node?.parent?.type === 'property' ? node.parent : node;
    const id = (valueAt(input, entry) as { id?: unknown } | undefined)?.id;
    const where = at === undefined ? undefined : position(starts, at.offset);
    const details = [
      typeof id === 'string'
        ? `id ${terminalSafe(JSON.stringify(id).slice(1, -1), { showInvisible: true })}`
        : undefined,
      where ? `line ${where.line}, column ${where.column}` : undefined,
    ].filter((part) => part !== undefined);
    const name = formatPath(entry) || '(root)';
    return {
      path: details.length > 0 ? `${name} (${details.join(', ')})` : name,
      message: field.length > 0 ? `${formatPath(field)} ${issue.message}` : issue.message,
      ...(where ?? {}),
    };
  });
}
