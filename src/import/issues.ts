import { terminalSafe } from '../format/terminal';

/** Kinds of problem found importing a sheet. */
export const IMPORT_ISSUE_CODES = [
  'syntax',
  'no-header',
  'missing-column',
  'unknown-column',
  'duplicate-column',
  'unknown-map',
  'required',
  'unknown-status',
  'unknown-source',
  'bad-date',
  'ambiguous-date',
  'time-dropped',
  'bad-number',
  'unknown-size',
  'conflict',
  'no-date',
  'invalid',
] as const;

/** A kind of import problem; see {@link IMPORT_ISSUE_CODES}. */
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/**
 * A problem found importing a sheet. An `error` means the search could not be built faithfully
 * (the row needs fixing, or an option); a `warning` means something was kept in notes, left out
 * or assumed, and says which.
 */
export interface ImportIssue {
  /** `error` stops the import; `warning` does not. */
  readonly severity: 'error' | 'warning';
  /** What kind of problem it is. */
  readonly code: ImportIssueCode;
  /** The sheet row, 1-based and counting the header, as a spreadsheet numbers it. */
  readonly row?: number;
  /** The column's header, as written in the sheet. */
  readonly column?: string;
  /** The cell's value, as written. */
  readonly value?: string;
  /** The whole problem in words, starting with its row and column, e.g. `row 7, column Stage: …`. */
  readonly message: string;
}

/**
 * A cell value quoted for a message: double quotes, control and invisible characters escaped
 * (so a cell cannot move the cursor or reorder a terminal line), long values cut short.
 */
export function quote(value: string): string {
  const short = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return terminalSafe(JSON.stringify(short), { showInvisible: true });
}

/** Builds an issue whose message starts with where it is. */
export function importIssue(
  severity: ImportIssue['severity'],
  code: ImportIssueCode,
  detail: string,
  where: { row?: number; column?: string; value?: string } = {},
): ImportIssue {
  const place = [
    where.row === undefined ? undefined : `row ${where.row}`,
    where.column === undefined ? undefined : `column ${quote(where.column).slice(1, -1)}`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  return {
    severity,
    code,
    ...where,
    message: place === '' ? detail : `${place}: ${detail}`,
  };
}
