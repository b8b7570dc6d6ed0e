import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../examples/http-service/app';

const story = JSON.parse(
  readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8'),
);

describe('examples/http-service: GET /calendar.ics', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('publishes the dated actions of the configured search as a calendar to subscribe to', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-25T08:00:00Z'), toFake: ['Date'] });
    let search = story;
    const app = createApp({ calendarSearch: () => search });
    const first = await app.request('/calendar.ics');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const events = new ICAL.Component(ICAL.parse(await first.text())).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.getFirstPropertyValue('sequence'))).toEqual(events.map(() => 0));
    // A reply recorded since: that event goes away; the rest keep their UIDs and sequences.
    search = {
      ...story,
      messages: story.messages.map((m: { id: string }) =>
        m.id === 'm-northwind' ? { ...m, repliedAt: '2026-11-25T07:00:00Z' } : m,
      ),
    };
    const second = await app.request('/calendar.ics');
    const after = new ICAL.Component(ICAL.parse(await second.text())).getAllSubcomponents('vevent');
    const uids = (list: typeof events) => list.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids(after).every((uid) => uids(events).includes(uid))).toBe(true);
    expect(uids(after).length).toBeLessThan(uids(events).length);
  });

  it('answers 404 when no calendar is published', async () => {
    const response = await createApp().request('/calendar.ics');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: 'not-found',
      message: 'No calendar is published here.',
    });
  });
});
