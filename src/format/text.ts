import { createColors } from 'picocolors';
import type { HealthReport } from '../report/report';
import { SEVERITY_LEVELS } from '../report/severity';
import { SEVERITIES } from '../rule/types';
import { failedRules, failedRulesHeading } from './failed-rules';
import { count, day, pct } from './labels';
import { OUTLOOK_AFTER_ACCEPTING } from './outlook';
import { terminalProse as safe, severityTone } from './terminal';
import { wrap } from './wrap';

/** Options of {@link formatText}. */
export interface TextFormatOptions {
  /** Use ANSI colours (default false). */
  readonly color?: boolean;
  /** Width of the score bar in characters (default 20). */
  readonly barWidth?: number;
  /** The job seeker's name, shown in the heading. */
  readonly name?: string;
  /** Line width to wrap messages at (default 88). */
  readonly width?: number;
}

/** Actions shown per advice: a grouped advice on a big search can carry dozens. */
const MAX_ACTIONS = 5;

/** A score bar such as `██████░░░░`. */
export function scoreBar(score: number, width = 20): string {
  const filled = Math.round((Math.max(0, Math.min(100, score)) / 100) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/**
 * Formats a report for a person reading a terminal: score and rating with a bar, the offer
 * outlook and pipeline, then advice grouped by severity, each with its message and next actions
 * with due dates (the first five, then how many more). Text from the search and the rules is
 * shown with control and bidi characters escaped, so it cannot drive the terminal. Rules that
 * could not run are listed last, with why.
 */
export function formatText(report: HealthReport, options: TextFormatOptions = {}): string {
  const c = createColors(options.color ?? false);
  const width = options.width ?? 88;
  const ratingTone =
    report.rating === 'healthy' ? c.green : report.rating === 'at-risk' ? c.yellow : c.red;
  const m = report.metrics;
  const o = m.offerOutlook;
  const who = options.name ? ` for ${safe(options.name)}` : '';
  const out: string[] = [
    c.bold(`Job search health${who} — ${day(report.asOf)}`),
    `Score ${c.bold(`${report.score}/100`)}  ${ratingTone(scoreBar(report.score, options.barWidth))}  ${ratingTone(report.rating)}`,
    '',
    wrap(
      m.state === 'accepted'
        ? `Offer outlook: ${OUTLOOK_AFTER_ACCEPTING}`
        : `Offer outlook: ${pct(o.probability)} chance of at least one offer (target ${pct(o.target)}), about ${o.expectedOffers.toFixed(2)} offers expected`,
      '',
      '  ',
      width,
    ),
    wrap(
      `Pipeline: ${count(m.activeApplications, 'open application')} at ${count(m.activeCompanies, 'company', 'companies')}, ${m.interviewsInProgress} in interviews, ${m.applicationsLast7Days} sent in the last 7 days, ${count(m.pendingOutreach, 'message')} waiting for a reply`,
      '',
      '  ',
      width,
    ),
  ];
  if (report.advice.length === 0) out.push('', c.green('No advice: keep going.'));
  let n = 0;
  for (const severity of SEVERITIES) {
    const items = report.advice.filter((a) => a.severity === severity);
    if (items.length === 0) continue;
    out.push(
      '',
      severityTone(
        c,
        severity,
      )(c.bold(`${SEVERITY_LEVELS[severity].label.toUpperCase()} (${items.length})`)),
    );
    for (const advice of items) {
      n += 1;
      out.push(
        `${String(n).padStart(3)}. ${c.bold(safe(advice.title))} ${c.dim(`[${safe(advice.ruleId)}]`)}`,
      );
      out.push(wrap(safe(advice.message), '     ', '     ', width));
      for (const action of advice.actions.slice(0, MAX_ACTIONS))
        out.push(
          wrap(
            `→ ${safe(action.label)}${action.due ? c.dim(` (by ${safe(action.due)})`) : ''}`,
            '     ',
            '       ',
            width,
          ),
        );
      const hidden = advice.actions.length - MAX_ACTIONS;
      if (hidden > 0) out.push(c.dim(`     … and ${count(hidden, 'more action')}`));
    }
  }
  const failed = failedRules(report);
  if (failed.length > 0) {
    out.push('', c.red(c.bold(`${failedRulesHeading(failed)}:`)));
    for (const f of failed)
      out.push(wrap(`${safe(f.ruleId)} — ${safe(f.detail)}`, '  - ', '    ', width));
  }
  return `${out.join('\n')}\n`;
}
