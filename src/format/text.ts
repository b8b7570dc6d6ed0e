import { createColors } from 'picocolors';
import type { HealthReport } from '../engine/report';
import { SEVERITIES, type Severity } from '../engine/types';
import { day, pct, SEVERITY_LABEL } from './labels';

/** Options of {@link formatText}. */
export interface TextFormatOptions {
  /** Use ANSI colours (default false). */
  readonly color?: boolean;
  /** Width of the score bar in characters (default 20). */
  readonly barWidth?: number;
}

/** A score bar such as `██████░░░░`. */
export function scoreBar(score: number, width = 20): string {
  const filled = Math.round((Math.max(0, Math.min(100, score)) / 100) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

function wrap(text: string, indent: string, width = 88): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/**
 * Formats a report for a person reading a terminal: score with a bar, the offer outlook, then
 * advice grouped by severity, each with its message and next actions with due dates.
 */
export function formatText(report: HealthReport, options: TextFormatOptions = {}): string {
  const c = createColors(options.color ?? false);
  const tone: Record<Severity, (s: string) => string> = {
    critical: (s) => c.bold(c.red(s)),
    high: c.red,
    medium: c.yellow,
    low: c.cyan,
    info: c.dim,
  };
  const ratingTone =
    report.rating === 'healthy' ? c.green : report.rating === 'at-risk' ? c.yellow : c.red;
  const m = report.metrics;
  const out: string[] = [
    c.bold(`Job search health — ${day(report.asOf)}`),
    `Score ${c.bold(`${report.score}/100`)}  ${ratingTone(scoreBar(report.score, options.barWidth))}  ${ratingTone(report.rating)}`,
    '',
    `Offer outlook: ${pct(m.offerOutlook.probability)} chance of at least one offer (target ${pct(m.offerOutlook.target)}), about ${m.offerOutlook.expectedOffers.toFixed(2)} offers expected`,
    `Pipeline: ${m.activeApplications} open applications at ${m.activeCompanies} companies, ${m.interviewsInProgress} in interviews, ${m.applicationsLast7Days} sent in the last 7 days, ${m.pendingOutreach} messages waiting for a reply`,
  ];
  if (report.advice.length === 0) out.push('', c.green('No advice: keep going.'));
  let n = 0;
  for (const severity of SEVERITIES) {
    const items = report.advice.filter((a) => a.severity === severity);
    if (items.length === 0) continue;
    out.push(
      '',
      tone[severity](c.bold(`${SEVERITY_LABEL[severity].toUpperCase()} (${items.length})`)),
    );
    for (const advice of items) {
      n += 1;
      out.push(`${String(n).padStart(3)}. ${c.bold(advice.title)} ${c.dim(`[${advice.ruleId}]`)}`);
      out.push(wrap(advice.message, '     '));
      for (const action of advice.actions)
        out.push(
          wrap(`→ ${action.label}${action.due ? c.dim(` (by ${action.due})`) : ''}`, '     '),
        );
    }
  }
  return `${out.join('\n')}\n`;
}
