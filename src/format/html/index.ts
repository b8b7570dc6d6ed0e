import type { ReportComparison } from '../../history/compare';
import type { HistoryPoint } from '../../history/history';
import type { JobSearch } from '../../model/schemas';
import type { HealthReport } from '../../report/report';
import { count, day, pct } from '../labels';
import { OUTLOOK_AFTER_ACCEPTING, outlookPlan } from '../outlook';
import { adviceSection } from './advice';
import { columnChart, scoreGauge, shareBar } from './charts';
import { escapeHtml } from './escape';
import { comparisonSection, historySection } from './history';
import { type FunnelStage, type PipelineView, pipelineView } from './pipeline';
import { styleSheet } from './styles';

/** Options of {@link formatHtml}. */
export interface HtmlFormatOptions {
  /** The job seeker's name, shown in the heading and title. */
  readonly name?: string;
  /**
   * The parsed search the report was made from. The pipeline funnel and the applications per
   * week are drawn from it (as it stood on the report's date); without it they are left out.
   */
  readonly search?: JobSearch;
  /** A comparison with an earlier report (`compareReports`), shown as "since" that report. */
  readonly comparison?: ReportComparison;
  /** The search week by week (`searchHistory`), shown as charts and a table. */
  readonly history?: readonly HistoryPoint[];
}

const STAGE_LABEL: Readonly<Record<FunnelStage, string>> = {
  saved: 'Saved or sent',
  applied: 'Sent',
  screening: 'Screened',
  interviewing: 'Interviewed',
  'final-round': 'Final round',
  offer: 'Offer',
  accepted: 'Accepted',
};

function summarySection(report: HealthReport): string {
  const o = report.metrics.offerOutlook;
  return [
    '<section aria-labelledby="score-h" class="panel"><h2 id="score-h">Score</h2><div class="summary">',
    scoreGauge(report.score, report.rating),
    `<div><p class="rating rating-${escapeHtml(report.rating)}">${escapeHtml(report.rating.replace('-', ' '))}</p>`,
    `<p>${count(report.advice.length, 'piece of advice', 'pieces of advice')}; ${report.metrics.state === 'accepted' ? 'an offer is accepted' : `${pct(o.probability)} chance of an offer from the open applications`}.</p></div>`,
    '</div></section>',
  ].join('');
}

function categoriesSection(report: HealthReport): string {
  const rows = Object.values(report.categories).map(
    (c) =>
      `<tr><th scope="row">${escapeHtml(c.title)}</th><td class="barcol">${c.score === null ? '' : shareBar(c.score / 100)}</td><td class="num">${c.score === null ? 'n/a' : c.score}</td><td class="num">${c.adviceCount}</td></tr>`,
  );
  return `<section aria-labelledby="cat-h" class="panel"><h2 id="cat-h">Categories</h2><table><thead><tr><th scope="col">Category</th><th scope="col" class="barcol"><span class="sr-only">Bar</span></th><th scope="col" class="num">Score</th><th scope="col" class="num">Advice</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function outlookSection(report: HealthReport): string {
  const o = report.metrics.offerOutlook;
  const m = report.metrics;
  return [
    '<section aria-labelledby="outlook-h" class="panel"><h2 id="outlook-h">Offer outlook</h2>',
    ...(m.state === 'accepted'
      ? [`<p>${escapeHtml(OUTLOOK_AFTER_ACCEPTING)}</p>`]
      : [
          `<p><strong>${pct(o.probability)}</strong> chance of at least one offer (target ${pct(o.target)}); about ${escapeHtml(o.expectedOffers.toFixed(2))} offers expected.</p>`,
          shareBar(o.probability),
          `<p>${escapeHtml(outlookPlan(o))}</p>`,
        ]),
    `<p class="muted">${count(m.activeApplications, 'open application')} at ${count(m.activeCompanies, 'company', 'companies')}, ${m.interviewsInProgress} in interviews, ${count(m.pendingOutreach, 'message')} waiting for a reply. Rough estimates from recruiting surveys.</p>`,
    '</section>',
  ].join('');
}

function funnelSection(view: PipelineView): string {
  const top = Math.max(1, view.funnel[0]?.reached ?? 0);
  const rows = view.funnel.map(
    (step) =>
      `<tr><th scope="row">${STAGE_LABEL[step.stage]}</th><td class="barcol">${shareBar(step.reached / top)}</td><td class="num">${step.reached}</td><td class="num">${step.conversion === null ? '' : pct(step.conversion)}</td></tr>`,
  );
  return `<section aria-labelledby="funnel-h" class="panel"><h2 id="funnel-h">Pipeline</h2><table><caption class="sr-only">Applications that reached each stage, and the share of the previous stage that went on</caption><thead><tr><th scope="col">Stage</th><th scope="col" class="barcol"><span class="sr-only">Bar</span></th><th scope="col" class="num">Reached</th><th scope="col" class="num">From previous</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function weeklySection(report: HealthReport, view: PipelineView): string {
  if (view.weeks.length === 0) return '';
  const goal = report.metrics.weeklyApplicationGoal;
  const columns = view.weeks.map((w) => ({ label: w.weekEnding.slice(5), value: w.applications }));
  const description = `Applications sent per week: ${view.weeks.map((w) => `week to ${w.weekEnding}: ${w.applications}`).join('; ')}.`;
  return [
    '<section aria-labelledby="weekly-h" class="panel"><h2 id="weekly-h">Applications per week</h2>',
    columnChart(columns, description),
    `<p class="muted">Weeks ending on the date shown${goal === null ? '' : `; goal ${goal} a week`}.</p>`,
    '</section>',
  ].join('');
}

/**
 * Formats a report as one self-contained HTML page in the spirit of Lighthouse's report: score
 * gauge and rating, category bars, offer outlook, the pipeline funnel and applications per week
 * (when `options.search` is given), and advice cards with severity, actions with due dates and
 * an "add to calendar" link each, and the evidence behind them (expandable). Styles and charts
 * are inline (no scripts, no network); the page follows the reader's light or dark scheme, reads
 * on a phone and prints. Every value from the report or search is escaped, and the same report
 * and options give the same bytes.
 */
export function formatHtml(report: HealthReport, options: HtmlFormatOptions = {}): string {
  const who = options.name ? `: ${escapeHtml(options.name)}` : '';
  const view =
    options.search === undefined ? undefined : pipelineView(options.search, new Date(report.asOf));
  return page(`Job search health${who}`, report.asOf, [
    '<div class="grid">',
    summarySection(report),
    outlookSection(report),
    categoriesSection(report),
    view === undefined ? '' : funnelSection(view),
    '</div>',
    view === undefined ? '' : weeklySection(report, view),
    options.comparison === undefined ? '' : comparisonSection(options.comparison),
    options.history === undefined ? '' : historySection(options.history),
    adviceSection(report),
  ]);
}

/** A whole page: `heading` (already escaped) and its date, then `body`, with the styles inline. */
function page(heading: string, asOf: string, body: readonly string[]): string {
  const date = escapeHtml(day(asOf));
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${heading} — ${date}</title>`,
    `<style>${styleSheet()}</style></head><body><main>`,
    `<header><h1>${heading}</h1><p class="muted">As of <time datetime="${date}">${date}</time>.</p></header>`,
    ...body,
    '<footer class="muted">Made with job-search-health. Figures are estimates to guide the search, not predictions.</footer>',
    '</main></body></html>',
    '',
  ].join('\n');
}

/** Options of {@link formatHistoryHtml}. */
export interface HistoryHtmlOptions {
  /** The job seeker's name, shown in the heading and title. */
  readonly name?: string;
}

/**
 * Formats a search's history (`searchHistory`) as one self-contained HTML page: the score and
 * the offer outlook week by week as inline SVG charts, and a table of the weeks with what
 * changed in each. Escaped and deterministic like {@link formatHtml}.
 */
export function formatHistoryHtml(
  points: readonly HistoryPoint[],
  options: HistoryHtmlOptions = {},
): string {
  const who = options.name ? `: ${escapeHtml(options.name)}` : '';
  const last = points.at(-1)?.asOf ?? '';
  return page(`Job search history${who}`, last, [historySection(points)]);
}
