import type { ReportComparison } from '../../history/compare';
import { signed, weekChanges } from '../../history/format';
import type { HistoryPoint } from '../../history/history';
import { day, pct } from '../labels';
import { lineChart } from './charts';
import { escapeHtml } from './escape';

function changeClass(change: number, higherIsBetter = true): string {
  if (change === 0) return '';
  return change > 0 === higherIsBetter ? ' class="change-up"' : ' class="change-down"';
}

function titles(items: readonly string[]): string {
  return `<ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>`;
}

/** The "since last time" section of an HTML report: score and metric changes, advice status. */
export function comparisonSection(c: ReportComparison): string {
  const rows = c.metrics.map((m) => {
    const share = m.metric === 'offerProbability';
    const show = (v: number) => (share ? pct(v) : String(v));
    // Fewer messages waiting is better; for the rest, more is better.
    const better = m.metric !== 'pendingOutreach';
    return `<tr><th scope="row">${escapeHtml(m.label)}</th><td class="num">${show(m.before)}</td><td class="num">${show(m.after)}</td><td class="num"><span${changeClass(m.change, better)}>${escapeHtml(signed(m.change, share))}</span></td></tr>`;
  });
  const group = (title: string, items: readonly string[]) =>
    items.length === 0 ? '' : `<h3>${title} (${items.length})</h3>${titles(items)}`;
  return [
    '<section aria-labelledby="compare-h" class="panel">',
    `<h2 id="compare-h">Since ${escapeHtml(day(c.before.asOf))}</h2>`,
    `<p>Score ${c.before.score} → <strong>${c.after.score}</strong> (<span${changeClass(c.scoreChange)}>${escapeHtml(signed(c.scoreChange))}</span>), ${escapeHtml(c.before.rating)} → ${escapeHtml(c.after.rating)}.</p>`,
    `<table><thead><tr><th scope="col">Measure</th><th scope="col" class="num">Before</th><th scope="col" class="num">Now</th><th scope="col" class="num">Change</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    group(
      'New advice',
      c.newAdvice.map((a) => escapeHtml(a.title)),
    ),
    group(
      'Resolved',
      c.resolvedAdvice.map((a) => escapeHtml(a.title)),
    ),
    group(
      'Still open',
      c.openAdvice.map(
        (o) =>
          `${escapeHtml(o.advice.title)} <span class="muted">(open ${o.daysOpen} days or more)</span>`,
      ),
    ),
    '</section>',
  ].join('');
}

/** The history section: score and offer outlook over the weeks as charts, then a table. */
export function historySection(points: readonly HistoryPoint[]): string {
  const label = (p: HistoryPoint) => day(p.asOf).slice(5);
  const score = lineChart(
    points.map((p) => ({ label: label(p), value: p.score })),
    `Score by week: ${points.map((p) => `${day(p.asOf)}: ${p.score}`).join('; ')}.`,
    { max: 100 },
  );
  const outlook = lineChart(
    points.map((p) => ({ label: label(p), value: p.offerProbability })),
    `Chance of an offer by week: ${points.map((p) => `${day(p.asOf)}: ${pct(p.offerProbability)}`).join('; ')}.`,
    { max: 1, format: pct },
  );
  const rows = points.map(
    (p) =>
      `<tr><th scope="row"><time datetime="${escapeHtml(day(p.asOf))}">${escapeHtml(day(p.asOf))}</time></th><td class="num">${p.score}</td><td>${escapeHtml(p.rating)}</td><td class="num">${p.applicationsLastWeek}</td><td class="num">${p.activeCompanies}</td><td class="num">${pct(p.offerProbability)}</td></tr>`,
  );
  const changes = points.map(
    (p) =>
      `<li><time datetime="${escapeHtml(day(p.asOf))}">${escapeHtml(day(p.asOf))}</time>: ${escapeHtml(weekChanges(p))}</li>`,
  );
  return [
    '<section aria-labelledby="history-h"><h2 id="history-h">Week by week</h2>',
    '<div class="grid">',
    `<div class="panel"><h3>Score</h3>${score}</div>`,
    `<div class="panel"><h3>Chance of an offer</h3>${outlook}</div>`,
    '</div>',
    // Scrolls sideways on a phone, so it takes keyboard focus to be scrolled without a mouse.
    `<div class="panel" tabindex="0" role="region" aria-label="Weeks"><table><thead><tr><th scope="col">Week to</th><th scope="col" class="num">Score</th><th scope="col">Rating</th><th scope="col" class="num">Sent</th><th scope="col" class="num">Companies</th><th scope="col" class="num">Outlook</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
    `<div class="panel"><h3>What changed</h3><ul>${changes.join('')}</ul></div>`,
    '</section>',
  ].join('');
}
