import { day, pct } from '../format/labels';
import { escapeMarkdown } from '../format/markdown';
import type { ReportComparison } from './compare';
import type { HistoryPoint } from './history';

/** A signed change for display: `+3`, `-2`, `±0`; shares as percentage points. */
export function signed(change: number, share = false): string {
  const value = share ? Math.round(change * 100) : Math.round(change * 100) / 100;
  const unit = share ? ' pts' : '';
  if (value === 0) return `±0${unit}`;
  return `${value > 0 ? '+' : ''}${value}${unit}`;
}

function metricValue(metric: string, value: number): string {
  return metric === 'offerProbability' ? pct(value) : String(value);
}

/** The lines of a comparison: `heading` makes its title, `quote` passes text from the search. */
function comparisonLines(
  c: ReportComparison,
  heading: (text: string) => string,
  quote: (text: string) => string,
): string[] {
  const out = [
    heading(`Since ${day(c.before.asOf)}`),
    '',
    `Score ${c.before.score} → ${c.after.score} (${signed(c.scoreChange)}), ${c.before.rating} → ${c.after.rating}.`,
    '',
  ];
  const moved = c.metrics.filter((m) => m.change !== 0);
  out.push(
    ...(moved.length === 0
      ? ['No change in the pipeline figures.']
      : moved.map(
          (m) =>
            `- ${m.label}: ${metricValue(m.metric, m.before)} → ${metricValue(m.metric, m.after)} (${signed(m.change, m.metric === 'offerProbability')})`,
        )),
    '',
  );
  const list = (title: string, items: readonly string[]) =>
    items.length === 0 ? [] : [`${title}:`, ...items.map((i) => `- ${i}`), ''];
  out.push(
    ...list(
      'New',
      c.newAdvice.map((a) => quote(a.title)),
    ),
    ...list(
      'Resolved',
      c.resolvedAdvice.map((a) => quote(a.title)),
    ),
    ...list(
      'Still open',
      c.openAdvice.map((o) => `${quote(o.advice.title)} (open ${o.daysOpen} days or more)`),
    ),
  );
  return out;
}

/** A comparison as plain text, for a terminal. */
export function comparisonText(c: ReportComparison): string {
  return `${comparisonLines(
    c,
    (t) => t.toUpperCase(),
    (t) => t,
  )
    .join('\n')
    .trimEnd()}\n`;
}

/** A comparison as Markdown, text from the search escaped. */
export function comparisonMarkdown(c: ReportComparison): string {
  return `${comparisonLines(c, (t) => `## ${t}`, escapeMarkdown)
    .join('\n')
    .trimEnd()}\n`;
}

/** What changed in one week, in a few words. */
export function weekChanges(point: HistoryPoint, quote: (text: string) => string = (t) => t) {
  const parts = [
    ...point.newAdvice.map((t) => `new: ${quote(t)}`),
    ...point.resolvedAdvice.map((t) => `resolved: ${quote(t)}`),
  ];
  return parts.length === 0 ? 'no change' : parts.join('; ');
}

const COLUMNS = ['Week to', 'Score', 'Rating', 'Sent', 'Companies', 'Outlook'] as const;

function cells(p: HistoryPoint): string[] {
  return [
    day(p.asOf),
    String(p.score),
    p.rating,
    String(p.applicationsLastWeek),
    String(p.activeCompanies),
    pct(p.offerProbability),
  ];
}

/**
 * A history as a small text table (week, score, rating, applications sent that week, companies
 * in play, offer outlook), then what changed each week.
 */
export function historyText(points: readonly HistoryPoint[], name?: string): string {
  const rows = [COLUMNS.slice(), ...points.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) =>
        i === 0 || i === 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    `Job search history${name ? ` for ${name}` : ''}, week by week`,
    '',
    ...rows.map(line),
    '',
    'What changed:',
    ...points.map((p) => `  ${day(p.asOf)}  ${weekChanges(p)}`),
    '',
  ].join('\n');
}

/** A history as a Markdown table with what changed each week, text from the search escaped. */
export function historyMarkdown(points: readonly HistoryPoint[], name?: string): string {
  return [
    `# Job search history${name ? `: ${escapeMarkdown(name)}` : ''}`,
    '',
    `| ${COLUMNS.join(' | ')} | What changed |`,
    `| --- | ---: | --- | ---: | ---: | ---: | --- |`,
    ...points.map((p) => `| ${cells(p).join(' | ')} | ${weekChanges(p, escapeMarkdown)} |`),
    '',
  ].join('\n');
}
