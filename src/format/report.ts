import type { HealthReport } from '../engine/report';
import { formatMarkdown } from './markdown';
import { formatText } from './text';

/** The report formats: `text` for a terminal, `markdown` for a coach, `json` for programs. */
export const REPORT_FORMATS = ['text', 'json', 'markdown'] as const;

/** A report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of {@link formatReport}. */
export interface ReportFormatOptions {
  /** The format (default `text`). */
  readonly format?: ReportFormat;
  /** Use ANSI colours in `text` (default false); ignored by the other formats. */
  readonly color?: boolean;
  /** The job seeker's name, shown in the heading of `text` and `markdown`. */
  readonly name?: string;
}

/**
 * Formats a report in one of {@link REPORT_FORMATS}. `json` is the report itself, indented, with
 * a final newline.
 */
export function formatReport(report: HealthReport, options: ReportFormatOptions = {}): string {
  const name = options.name !== undefined ? { name: options.name } : {};
  switch (options.format ?? 'text') {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return formatMarkdown(report, name);
    case 'text':
      return formatText(report, { color: options.color ?? false, ...name });
  }
}
