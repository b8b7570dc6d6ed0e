import { escapeMarkdown, type HealthReport, type ValidationIssue } from 'job-search-health';

/** The formats of the summary table. */
export const TABLE_FORMATS = ['md', 'csv'] as const;

/** A format of the summary table: Markdown or CSV. */
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** One line of the summary table: a search's results, or why it has none. */
export interface SummaryRow {
  /** The file name, or `file.ndjson:line`. */
  readonly source: string;
  /** The candidate's name, when the search gives one. */
  readonly candidate?: string;
  /** Score, rating and advice counts; absent for an entry that could not be evaluated. */
  readonly result?: {
    readonly score: number;
    readonly rating: string;
    readonly critical: number;
    readonly high: number;
    /** The title of the most important advice, if there is any. */
    readonly topAdvice?: string;
  };
  /** Why the entry could not be evaluated. */
  readonly problem?: string;
}

/** The candidate's name in a search as given, if it is a string. */
export function candidateOf(search: unknown): string | undefined {
  if (typeof search !== 'object' || search === null) return undefined;
  const candidate: unknown = (search as { candidate?: unknown }).candidate;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const name: unknown = (candidate as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/** The row of a search that was evaluated. */
export function reportRow(
  source: string,
  candidate: string | undefined,
  report: HealthReport,
): SummaryRow {
  const count = (severity: string) => report.advice.filter((a) => a.severity === severity).length;
  const top = report.advice[0]?.title;
  return {
    source,
    ...(candidate !== undefined ? { candidate } : {}),
    result: {
      score: report.score,
      rating: report.rating,
      critical: count('critical'),
      high: count('high'),
      ...(top !== undefined ? { topAdvice: top } : {}),
    },
  };
}

/** Describes validation issues in one cell: the first in full, and how many more there are. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  const [first] = issues;
  if (first === undefined) return 'not a valid search';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${first.path === '' ? '(root)' : first.path}: ${first.message}${more}`;
}

const HEADER = [
  'Source',
  'Candidate',
  'Score',
  'Rating',
  'Critical',
  'High',
  'Top advice',
  'Problem',
];
/** Score, Critical and High, right-aligned in Markdown. */
const NUMERIC_COLUMNS = new Set([2, 4, 5]);

function cells(row: SummaryRow): string[] {
  const r = row.result;
  return [
    row.source,
    row.candidate ?? '',
    r ? String(r.score) : '',
    r ? r.rating : '',
    r ? String(r.critical) : '',
    r ? String(r.high) : '',
    r?.topAdvice ?? '',
    row.problem ?? '',
  ];
}

const markdownCell = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

/**
 * A cell as RFC 4180 CSV. Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a
 * leading apostrophe, because names and messages come from users.
 */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Formats the summary table. Markdown starts with one line of totals; CSV is the table alone,
 * with a header row and CRLF line ends.
 */
export function formatTable(
  rows: readonly SummaryRow[],
  format: TableFormat,
  asOf: string,
): string {
  if (format === 'csv')
    return `${[HEADER, ...rows.map(cells)].map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
  const invalid = rows.filter((row) => row.result === undefined).length;
  const total = `${rows.length} ${rows.length === 1 ? 'search' : 'searches'} evaluated as of ${asOf}`;
  const lines = [
    `${total}${invalid > 0 ? `; ${invalid} could not be evaluated` : ''}.`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map((_, i) => (NUMERIC_COLUMNS.has(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${cells(row).map(markdownCell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
