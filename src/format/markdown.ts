import type { HealthReport } from '../engine/report';
import { type Advice, SEVERITIES } from '../engine/types';
import type { OfferOutlook } from '../facts/outlook';
import { count, day, pct, SEVERITY_LABEL } from './labels';

/** Options of {@link formatMarkdown}. */
export interface MarkdownFormatOptions {
  /** The job seeker's name, shown in the heading. */
  readonly name?: string;
}

/** Escapes text so that Markdown shows it as written (names and messages come from users). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#~]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^[-+=]/, '\\$&');
}

/** The first sentence of a text, for a one-line "why". */
function firstSentence(text: string): string {
  return /^.+?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();
}

function outlookParagraph(o: OfferOutlook): string {
  const now = `Chance of at least one offer from the open applications: **${pct(o.probability)}** (target ${pct(o.target)}; about ${o.expectedOffers.toFixed(2)} offers expected).`;
  if (o.probability >= o.target) return `${now} That meets the target.`;
  // A weekly plan rather than a pile of applications still to send.
  return o.weeksAtPlannedPace !== null
    ? `${now} At ${count(o.plannedPace, 'application')} a week, that is about ${count(o.weeksAtPlannedPace, 'week')} away; each referral counts like about ${count(o.referralWorth, 'cold application')}.`
    : `${now} More applications alone are unlikely to reach the target.`;
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
        `| ${escapeMarkdown(cat.title)} | ${cat.score === null ? 'n/a' : cat.score} | ${cat.adviceCount} |`,
    ),
  ];
}

function adviceSection(advice: Advice, n: number): string[] {
  return [
    `#### ${n}. ${escapeMarkdown(advice.title)}`,
    '',
    escapeMarkdown(advice.message),
    '',
    ...advice.actions.map(
      (a) => `- [ ] ${escapeMarkdown(a.label)}${a.due ? ` (by ${a.due})` : ''}`,
    ),
    ...(advice.actions.length > 0 ? [''] : []),
    `*Why:* ${escapeMarkdown(firstSentence(advice.rationale))} [More on this advice](<${advice.docsUrl}>)`,
    '',
  ];
}

/**
 * Formats a report as Markdown a job seeker can send to a coach: heading and date, score and
 * rating, offer outlook, a table of pipeline figures and category scores, then the advice by
 * severity, each with its message, a checklist of actions with due dates, and a one-line reason
 * linking to the rule's documentation. Text from the search is escaped.
 */
export function formatMarkdown(report: HealthReport, options: MarkdownFormatOptions = {}): string {
  const who = options.name ? `: ${escapeMarkdown(options.name)}` : '';
  const out: string[] = [
    `# Job search health${who}`,
    '',
    `Report as of ${day(report.asOf)}. Score: **${report.score}/100** (${report.rating}).`,
    '',
    '## Outlook',
    '',
    outlookParagraph(report.metrics.offerOutlook),
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
    out.push(`### ${SEVERITY_LABEL[severity]} (${items.length})`, '');
    for (const advice of items) {
      n += 1;
      out.push(...adviceSection(advice, n));
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
