import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeICalText, foldLine, writeCalendar } from '../../src/calendar/ical';
import { reportToICalendar } from '../../src/calendar/index';
import { advice, reportWith } from '../format/fixture';

/** The events of a calendar, read by an independent parser. */
function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

describe('foldLine', () => {
  it('folds at 75 octets, never inside a UTF-8 sequence, and unfolds to the same text', () => {
    const line = `SUMMARY:${'日本語のメッセージ🙂'.repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.join('\r\n').replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
    // A 4-byte emoji that does not fit goes whole to the next line.
    expect(parts.every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });

  it('fills each line to 75 octets as UTF-8 counts them, a lone surrogate as three', () => {
    const line = `DESCRIPTION:${'aé€🙂\uD800'.repeat(20)}`;
    const parts = foldLine(line).split('\r\n');
    const octets = (text: string) => Buffer.byteLength(text);
    parts.forEach((part, i) => {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // Full: the next line's first character would not have fitted.
      const next = [...(parts[i + 1] ?? '').slice(1)][0];
      if (next !== undefined) expect(octets(part) + octets(next)).toBeGreaterThan(75);
    });
  });

  it('leaves a short line alone and escapes text values', () => {
    expect(foldLine('UID:x')).toBe('UID:x');
    expect(escapeICalText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });
});

describe('reportToICalendar for calendar apps', async () => {
  const long = 'Écrire à Zoë Løvås chez Société Générale — 東京オフィス '.repeat(3);
  const report = await reportWith([
    advice('high', 'a', {
      ruleId: 'unanswered-outreach',
      actions: [
        { kind: 'reply', label: long, due: '2026-12-02', subject: { kind: 'message', id: 'm1' } },
      ],
    }),
    advice('low', 'b', { actions: [{ kind: 'apply', label: 'Apply', due: '2026-12-05' }] }),
  ]);
  const ics = reportToICalendar(report, { reminderMinutesBefore: 60 * 15 });

  it('is read back by ical.js: all-day, free, with a reminder and the full text', () => {
    const [first] = parse(ics);
    const event = new ICAL.Event(first);
    expect(event.summary).toBe(long);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-02');
    expect(event.endDate.toString()).toBe('2026-12-03');
    expect(first?.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    const alarm = first?.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT900M');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('keeps UIDs when unrelated advice comes or goes', async () => {
    const more = await reportWith([
      advice('critical', 'new', {
        actions: [{ kind: 'reply', label: 'Other', due: '2026-12-01' }],
      }),
      ...report.advice,
    ]);
    const uids = (text: string) => parse(text).map((e) => e.getFirstPropertyValue('uid'));
    expect(uids(reportToICalendar(more)).slice(1)).toEqual(uids(ics));
    expect(uids(ics)[0]).toBe('unanswered-outreach/reply/message:m1@job-search-health');
  });

  it('raises SEQUENCE for changed events only, given the previous export', async () => {
    const moved = await reportWith([
      {
        ...(report.advice[0] as (typeof report.advice)[0]),
        actions: [
          { kind: 'reply', label: long, due: '2026-12-03', subject: { kind: 'message', id: 'm1' } },
        ],
      },
      report.advice[1] as (typeof report.advice)[0],
    ]);
    const sequences = (text: string) => parse(text).map((e) => e.getFirstPropertyValue('sequence'));
    expect(sequences(ics)).toEqual([0, 0]);
    const second = reportToICalendar(moved, { previous: ics });
    expect(sequences(second)).toEqual([1, 0]);
    expect(sequences(reportToICalendar(moved, { previous: second }))).toEqual([1, 0]);
  });

  it('leaves out a URL that would break the file', () => {
    const text = writeCalendar({
      productId: '-//t//t//EN',
      name: 'T',
      events: [
        {
          uid: 'u',
          sequence: 0,
          stamp: new Date(0),
          day: '2026-01-01',
          summary: 's',
          description: 'd',
          url: 'https://x.test/a\r\nX-EVIL:1',
        },
      ],
    });
    expect(text).not.toContain('X-EVIL');
    expect(() =>
      writeCalendar({
        productId: 'p',
        name: 'n',
        events: [
          {
            uid: 'u',
            sequence: 0,
            stamp: new Date(0),
            day: '2026-01-01',
            summary: 's',
            description: 'd',
            extra: { 'bad name': 'x' },
          },
        ],
      }),
    ).toThrow(/Invalid iCalendar property name "bad name"/);
  });
});
