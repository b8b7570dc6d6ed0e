import type { ReportComparison } from '../history/compare';
import { comparisonMarkdown, comparisonText } from '../history/format';
import type { JobSearch } from '../model/schemas';
import type { HealthReport } from '../report/report';
import { formatHtml } from './html/index';
import { formatMarkdown } from './markdown';
import { formatText } from './text';

/**
 * The report formats: `text` for a terminal, `markdown` for a coach, `json` for programs,
 * `html` for a page to look at.
 */
export const REPORT_FORMATS = ['text', 'json', 'markdown', 'html'] as const;

/** A report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of {@link formatReport}. */
export interface ReportFormatOptions {
  /** The format (default `text`). */
  readonly format?: ReportFormat;
  /** Use ANSI colours in `text` (default false); ignored by the other formats. */
  readonly color?: boolean;
  /** The job seeker's name, shown in the heading of `text`, `markdown` and `html`. */
  readonly name?: string;
  /** The parsed search, from which `html` draws the pipeline funnel and weekly applications. */
  readonly search?: JobSearch;
  /**
   * A comparison with an earlier report (`compareReports`), shown after the report in `text`
   * and `markdown` and as a section in `html`; `json` then prints `{ report, comparison }`.
   */
  readonly comparison?: ReportComparison;
}

/**
 * Formats a report in one of {@link REPORT_FORMATS}. `json` is the report itself (or, with a
 * comparison, `{ report, comparison }`), indented, with a final newline.
 */
export function formatReport(report: HealthReport, options: ReportFormatOptions = {}): string {
  const name = options.name !== undefined ? { name: options.name } : {};
  const { comparison } = options;
  switch (options.format ?? 'text') {
    case 'json':
      return `${JSON.stringify(comparison ? { report, comparison } : report, null, 2)}\n`;
    case 'markdown':
      return `${formatMarkdown(report, name)}${comparison ? `\n${comparisonMarkdown(comparison)}` : ''}`;
    case 'html':
      return formatHtml(report, {
        ...name,
        ...(options.search !== undefined ? { search: options.search } : {}),
        ...(comparison !== undefined ? { comparison } : {}),
      });
    case 'text':
      return `${formatText(report, { color: options.color ?? false, ...name })}${comparison ? `\n${comparisonText(comparison)}` : ''}`;
  }
}
