import { actionCalendar, datedActions } from '../../calendar/events';
import type { HealthReport } from '../../report/report';
import { SEVERITY_LEVELS } from '../../report/severity';
import { type Action, type Advice, SEVERITIES } from '../../rule/types';
import { escapeHtml } from './escape';

/** The "add to calendar" link of one dated action: a one-event `.ics` file in a data: URI. */
function calendarLink(ics: string, label: string, index: number): string {
  const href = `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
  return `<a class="cal" href="${escapeHtml(href)}" download="action-${index}.ics">Add to calendar<span class="sr-only">: ${escapeHtml(label)}</span></a>`;
}

function evidenceList(advice: Advice): string {
  if (advice.evidence.length === 0) return '';
  const items = advice.evidence.map((e) => `<li><code>${escapeHtml(e.text)}</code></li>`);
  const leftOut = advice.evidenceLeftOut ?? 0;
  if (leftOut > 0)
    items.push(`<li>and ${leftOut} more ${leftOut === 1 ? 'subject' : 'subjects'} like these</li>`);
  return `<details><summary>Evidence (${advice.evidence.length})</summary><ul>${items.join('')}</ul></details>`;
}

function card(advice: Advice, calendars: ReadonlyMap<Action, string>, first: number): string {
  const actions = advice.actions.map((action, i) => {
    const ics = calendars.get(action);
    const due = action.due
      ? ` <span class="muted">by <time datetime="${escapeHtml(action.due)}">${escapeHtml(action.due)}</time></span>`
      : '';
    const link = ics === undefined ? '' : calendarLink(ics, action.label, first + i);
    return `<li>${escapeHtml(action.label)}${due}${link}</li>`;
  });
  return [
    `<li class="card sev-${escapeHtml(advice.severity)}"><article aria-labelledby="a-${escapeHtml(advice.id)}">`,
    `<header><h4 id="a-${escapeHtml(advice.id)}">${escapeHtml(advice.title)}</h4><span class="badge">${SEVERITY_LEVELS[advice.severity].label}</span></header>`,
    `<p>${escapeHtml(advice.message)}</p>`,
    actions.length > 0
      ? `<ul class="actions" aria-label="Next steps">${actions.join('')}</ul>`
      : '',
    `<p class="muted">${escapeHtml(advice.rationale)} <a href="${escapeHtml(advice.docsUrl)}">More on this advice<span class="sr-only">: ${escapeHtml(advice.title)}</span></a></p>`,
    evidenceList(advice),
    '</article></li>',
  ].join('');
}

/** The advice section: one card per piece of advice, under a heading per severity. */
export function adviceSection(report: HealthReport): string {
  const calendars = new Map<Action, string>(
    datedActions(report).map((entry) => [entry.action, actionCalendar(report, entry)]),
  );
  const out = ['<section aria-labelledby="advice-h"><h2 id="advice-h">Advice</h2>'];
  if (report.advice.length === 0) out.push('<p>No advice: keep going.</p>');
  let index = 0;
  for (const severity of SEVERITIES) {
    const items = report.advice.filter((a) => a.severity === severity);
    if (items.length === 0) continue;
    out.push(`<h3>${SEVERITY_LEVELS[severity].label} (${items.length})</h3><ul class="cards">`);
    for (const advice of items) {
      out.push(card(advice, calendars, index));
      index += advice.actions.length;
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('');
}
