import type { OfferOutlook } from '../facts/outlook';
import type { HealthReport } from '../report/report';
import { SEVERITY_LEVELS } from '../report/severity';
import { type Advice, SEVERITIES } from '../rule/types';
import { failedRules, failedRulesHeading } from './failed-rules';
import { day, pct } from './labels';
import { OUTLOOK_AFTER_ACCEPTING, outlookPlan } from './outlook';
import { terminalSafe, UNSAFE_CHARACTERS } from './terminal';

/** Options of {@link formatMarkdown}. */
export interface MarkdownFormatOptions {
  /** The job seeker's name, shown in the heading. */
  readonly name?: string;
}

/**
 * Escapes text so that Markdown shows it as written (names and messages come from users and rule
 * sets): every line is escaped, so no line of it can start a heading, list, quote, table or code
 * block, and control and bidi characters are shown as escapes (see {@link terminalSafe}).
 */
export function escapeMarkdown(text: string): string {
  return terminalSafe(text.replace(/\r\n?/g, '\n'), { keepNewlines: true })
    .replace(/\t/g, ' ')
    .replace(/[\\`*_[\]<>|#~]/g, '\\$&')
    .replace(/^[ ]+/gm, '')
    .replace(/^(\d+)([.)])/gm, '$1\\$2')
    .replace(/^[-+=]/gm, '\\$&');
}

/** Escapes text for one line of Markdown (a heading, a table cell, a list item). */
function escapeInline(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

// Marked pure: a value built at load is otherwise kept by bundlers even where unused.
const LINK_BREAKERS = /* @__PURE__ */ new RegExp(`[<>\\\\\\s${UNSAFE_CHARACTERS}]`, 'g');

/**
 * A link target written between angle brackets: characters that would end it or break the line
 * are percent-encoded. The URL itself is an http(s) URL, checked when the rules were loaded.
 */
function linkTarget(url: string): string {
  return url.replace(LINK_BREAKERS, (c) => encodeURIComponent(c));
}

/** The first sentence of a text, for a one-line "why". */
function firstSentence(text: string): string {
  return /^.+?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();
}

function outlookParagraph(o: OfferOutlook): string {
  const now = `Chance of at least one offer from the open applications: **${pct(o.probability)}** (target ${pct(o.target)}; about ${o.expectedOffers.toFixed(2)} offers expected).`;
  return `${now} ${outlookPlan(o)}`;
}

function metricsTable(report: HealthReport): string[] {
  const m = report.metrics;
  const rows: [string, number][] = [
    ['Open applications', m.activeApplications],
    ['Companies with an open application', m.activeCompanies],
    ['Applications in interviews', m.interviewsInProgress],
    ['Applications sent in the last 7 days', m.applicationsLast7Days],
    ['Applications sent in the last 30 days', m.applicationsLast30Days],
    ['Messages waiting for a reply', m.pendingOutreach],
    ['Pending offers', m.pendingOffers],
  ];
  return ['| Measure | Value |', '| --- | ---: |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}

function categoryTable(report: HealthReport): string[] {
  return [
    '| Category | Score | Advice |',
    '| --- | ---: | ---: |',
    ...Object.values(report.categories).map(
      (cat) =>
        `| ${escapeInline(cat.title)} | ${cat.score === null ? 'n/a' : cat.score} | ${cat.adviceCount} |`,
    ),
  ];
}

function adviceSection(advice: Advice, n: number): string[] {
  return [
    `#### ${n}. ${escapeInline(advice.title)}`,
    '',
    escapeMarkdown(advice.message),
    '',
    ...advice.actions.map(
      (a) => `- [ ] ${escapeInline(a.label)}${a.due ? ` (by ${escapeInline(a.due)})` : ''}`,
    ),
    ...(advice.actions.length > 0 ? [''] : []),
    `*Why:* ${escapeInline(firstSentence(advice.rationale))} [More on this advice](<${linkTarget(advice.docsUrl)}>)`,
    '',
  ];
}

/**
 * Formats a report as Markdown a job seeker can send to a coach: heading and date, score and
 * rating, offer outlook, a table of pipeline figures and category scores, then the advice by
 * severity, each with its message, a checklist of actions with due dates, and a one-line reason
 * linking to the rule's documentation, and last the rules that could not run, with why. Text from
 * the search and the rules is escaped.
 */
export function formatMarkdown(report: HealthReport, options: MarkdownFormatOptions = {}): string {
  const who = options.name ? `: ${escapeInline(options.name)}` : '';
  const out: string[] = [
    `# Job search health${who}`,
    '',
    `Report as of ${day(report.asOf)}. Score: **${report.score}/100** (${report.rating}).`,
    '',
    '## Outlook',
    '',
    report.metrics.state === 'accepted'
      ? OUTLOOK_AFTER_ACCEPTING
      : outlookParagraph(report.metrics.offerOutlook),
    '',
    '## Pipeline',
    '',
    ...metricsTable(report),
    '',
    '## Categories',
    '',
    ...categoryTable(report),
    '',
    '## Advice',
    '',
  ];
  if (report.advice.length === 0) out.push('No advice: keep going.', '');
  let n = 0;
  for (const severity of SEVERITIES) {
    const items = report.advice.filter((a) => a.severity === severity);
    if (items.length === 0) continue;
    out.push(`### ${SEVERITY_LEVELS[severity].label} (${items.length})`, '');
    for (const advice of items) {
      n += 1;
      out.push(...adviceSection(advice, n));
    }
  }
  const failed = failedRules(report);
  if (failed.length > 0) {
    out.push(`## ${failedRulesHeading(failed)}`, '');
    for (const f of failed) out.push(`- ${escapeInline(f.ruleId)} — ${escapeInline(f.detail)}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}
