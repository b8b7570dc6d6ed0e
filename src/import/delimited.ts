import Papa from 'papaparse';
import type { ImportIssue } from './issues';
import { importIssue } from './issues';

/** Options of {@link parseDelimited}. */
export interface DelimitedOptions {
  /** The separator; by default it is detected among comma, tab, semicolon and `|`. */
  readonly delimiter?: string;
}

/** A table read from CSV or TSV text: rows of cells, and any syntax problems. */
export interface DelimitedTable {
  /** Every row, the header included; row `n` of the sheet is `rows[n - 1]`. */
  readonly rows: readonly (readonly string[])[];
  /** Syntax problems, such as a quote that is never closed, with their rows. */
  readonly issues: readonly ImportIssue[];
}

/**
 * Reads CSV or TSV text (UTF-8, with or without a byte-order mark) into rows of cells. Quoted
 * cells may hold separators, doubled quotes and line breaks, as spreadsheets write them.
 */
export function parseDelimited(text: string, options: DelimitedOptions = {}): DelimitedTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, {
    delimiter: options.delimiter ?? '',
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
  });
  const issues = result.errors
    // A sheet with one column has no separator to detect; that is not a problem.
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) =>
      importIssue('error', 'syntax', `${error.message.replace(/\.$/, '')}`, {
        ...(error.row !== undefined ? { row: error.row + 1 } : {}),
      }),
    );
  return { rows: result.data, issues };
}
