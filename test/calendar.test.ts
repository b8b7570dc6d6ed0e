import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { reportToICalendar } from '../src/calendar/index';
import { evaluateSearch, type HealthReport } from '../src/index';

const AS_OF = '2026-11-25';
const story = JSON.parse(
  readFileSync(new URL('../examples/story/search.json', import.meta.url), 'utf8'),
);

/** Content lines of an iCalendar text, with folded lines joined again (RFC 5545 §3.1). */
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
}

/** The events of a calendar, each as property name (without parameters) → value. */
function events(ics: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0] as string] = line.slice(colon + 1);
    }
  }
  return found;
}

function datedActions(report: HealthReport) {
  return report.advice.flatMap((advice) =>
    advice.actions
      .filter((action) => action.due !== undefined)
      .map((action) => ({ advice, action })),
  );
}

describe('reportToICalendar', async () => {
  const report = await evaluateSearch(story, { asOf: AS_OF });
  const ics = reportToICalendar(report);
  const found = events(ics);

  it('writes a VCALENDAR with one VEVENT per dated action, in report order', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const expected = datedActions(report);
    expect(expected.length).toBeGreaterThan(0);
    expect(found).toHaveLength(expected.length);
    expected.forEach(({ action }, index) => {
      const event = found[index] ?? {};
      expect(unescapeText(event.SUMMARY ?? '')).toBe(action.label);
      expect(event.DTSTART).toBe(action.due?.replace(/-/g, ''));
    });
  });

  it('puts the reply to the referred company on the evaluation day', () => {
    const reply = found.find((e) => e.SUMMARY === 'Reply to Jordan Lee at Northwind Health');
    expect(reply?.DTSTART).toBe('20261125');
    expect(reply?.DTEND).toBe('20261126');
    expect(reply?.UID).toBe('unanswered-outreach/reply/message:m-northwind@job-search-health');
    expect(reply?.TRANSP).toBe('TRANSPARENT');
    expect(reply?.SEQUENCE).toBe('0');
    expect(unescapeText(reply?.DESCRIPTION ?? '')).toContain('Northwind Health');
    expect(unescapeText(reply?.DESCRIPTION ?? '')).toContain('docs/rules/unanswered-outreach.md');
  });

  it('gives every event a distinct UID and stamps it with the report date', () => {
    expect(new Set(found.map((e) => e.UID)).size).toBe(found.length);
    for (const event of found) expect(event.DTSTAMP).toBe('20261125T000000Z');
  });

  it('is deterministic and keeps content lines within 75 octets', async () => {
    const again = await evaluateSearch(story, { asOf: AS_OF });
    expect(reportToICalendar(again)).toBe(ics);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('writes a valid calendar without events when no action has a date', () => {
    const undated: HealthReport = {
      ...report,
      advice: report.advice.map((advice) => ({
        ...advice,
        actions: advice.actions.map(({ due: _due, ...action }) => action),
      })),
    };
    const empty = reportToICalendar(undated, { calendarName: 'Ada', productId: '-//acme//x//EN' });
    expect(empty).not.toContain('BEGIN:VEVENT');
    expect(unfold(empty)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//acme//x//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Ada',
      'END:VCALENDAR',
    ]);
  });

  it('throws a clear error when the calendar cannot be built', () => {
    const first = report.advice[0];
    if (!first) throw new Error('the story has advice');
    const broken: HealthReport = {
      ...report,
      advice: [{ ...first, actions: [{ kind: 'reply', label: 'Reply', due: '25/11/2026' }] }],
    };
    expect(() => reportToICalendar(broken)).toThrow(/Cannot put the day "25\/11\/2026"/);
  });
});

describe('package entry points', () => {
  it('keeps the calendar export out of the main entry', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('src/engine/'))).toBe(true);
    expect(inputs.filter((path) => path.includes('src/calendar/ics.ts'))).toEqual([]);
  });
});
