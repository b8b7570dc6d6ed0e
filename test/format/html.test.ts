import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { pipelineView } from '../../src/format/html/pipeline';
import { formatHtml, formatReport, parseSearch } from '../../src/index';
import { AS_OF, advice, reportWith, storyReport } from './fixture';

const raw = JSON.parse(
  readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8'),
);
const search = parseSearch(raw);

/** The text of the "add to calendar" links, decoded. */
function calendarLinks(html: string): string[] {
  return [...html.matchAll(/href="data:text\/calendar;charset=utf-8,([^"]*)"/g)].map((m) =>
    decodeURIComponent((m[1] ?? '').replace(/&amp;/g, '&').replace(/&#39;/g, "'")),
  );
}

describe('formatHtml', async () => {
  const report = await storyReport();
  const html = formatHtml(report, { name: 'Maya Chen', search });

  it('is one self-contained page: no scripts, no external resources', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(/i);
    expect(html).not.toMatch(/https?:\/\/(?!example)[^"]*\.(css|js|png|svg|woff2?)/);
    expect(html).toContain('<meta name="viewport"');
    expect(html).toContain('prefers-color-scheme:dark');
    expect(html).toContain('@media print');
  });

  it('shows the score, rating, categories, outlook, funnel and weekly chart', () => {
    expect(html).toContain('<h1>Job search health: Maya Chen</h1>');
    expect(html).toContain(`aria-label="Score ${report.score} out of 100, ${report.rating}"`);
    for (const category of Object.values(report.categories))
      expect(html).toContain(`<th scope="row">${category.title}</th>`);
    expect(html).toContain('<h2 id="outlook-h">Offer outlook</h2>');
    // A weekly plan, never a pile of applications still to send.
    expect(html).toMatch(/At \d+ applications a week, that is about \d+ weeks away/);
    expect(html).not.toContain('more cold applications');
    // Three sent, one interviewed: the funnel counts and converts them.
    expect(html).toMatch(
      /<th scope="row">Sent<\/th><td class="barcol">.*?<\/td><td class="num">3<\/td><td class="num">100%<\/td>/,
    );
    expect(html).toMatch(
      /<th scope="row">Screened<\/th><td class="barcol">.*?<\/td><td class="num">1<\/td><td class="num">33%<\/td>/,
    );
    expect(html).toContain('week to 2026-10-14: 1; week to 2026-10-21: 1; week to 2026-10-28: 1;');
  });

  it('gives every piece of advice a card with its actions, due dates and evidence', () => {
    for (const a of report.advice) {
      expect(html).toContain(`<h4 id="a-${a.id}">`);
      for (const action of a.actions.filter((x) => x.due))
        expect(html).toContain(`by <time datetime="${action.due}">`);
    }
    expect(html.match(/<details><summary>Evidence/g)).toHaveLength(
      report.advice.filter((a) => a.evidence.length > 0).length,
    );
  });

  it('links each dated action to a one-event calendar that a parser reads back', () => {
    const links = calendarLinks(html);
    const dated = report.advice.flatMap((a) => a.actions.filter((x) => x.due));
    expect(links).toHaveLength(dated.length);
    links.forEach((ics, i) => {
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
      expect(events).toHaveLength(1);
      const event = new ICAL.Event(events[0]);
      expect(event.summary).toBe(dated[i]?.label);
      expect(event.startDate.toString()).toBe(dated[i]?.due);
    });
  });

  it('counts the subjects whose evidence an advice leaves out', async () => {
    const page = formatHtml(
      await reportWith([
        advice('high', 'x', {
          evidence: [{ fact: 'f', value: 1, text: 'a1: f is 1' }],
          evidenceLeftOut: 70,
        }),
      ]),
    );
    expect(page).toContain(
      '<li><code>a1: f is 1</code></li><li>and 70 more subjects like these</li>',
    );
  });

  it('escapes everything that comes from the search', async () => {
    const hostile = '<script>alert("x")</script> & \'quoted\'';
    const page = formatHtml(
      await reportWith([
        advice('high', 'x', {
          title: hostile,
          message: hostile,
          rationale: hostile,
          actions: [{ kind: 'apply', label: hostile, due: '2026-12-02' }],
          evidence: [{ fact: 'f', value: 1, text: hostile }],
          docsUrl: 'javascript:"><b>',
        }),
      ]),
      { name: hostile },
    );
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('"><b>');
    expect(page).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;',
    );
  });

  it('renders the same bytes for the same report, and leaves the funnel out without a search', async () => {
    expect(formatHtml(await storyReport(), { name: 'Maya Chen', search })).toBe(html);
    const bare = formatHtml(report);
    expect(bare).not.toContain('id="funnel-h"');
    expect(bare).not.toContain('id="weekly-h"');
    expect(formatReport(report, { format: 'html' })).toBe(bare);
    expect(formatReport(report, { format: 'html', search })).toBe(formatHtml(report, { search }));
  });

  it('says so when there is no advice', async () => {
    expect(formatHtml(await reportWith([]))).toContain('No advice: keep going.');
  });
});

describe('pipelineView', () => {
  const asOf = new Date(`${AS_OF}T00:00:00Z`);

  it('counts the furthest stage reached, from stage history and other records', () => {
    const view = pipelineView(
      parseSearch({
        companies: [{ id: 'c', name: 'C' }],
        applications: [
          {
            id: 'a',
            companyId: 'c',
            role: 'R',
            channel: 'referral',
            stage: 'rejected',
            appliedAt: '2026-11-01',
            stageHistory: [
              { stage: 'applied', at: '2026-11-01' },
              { stage: 'final-round', at: '2026-11-10' },
              { stage: 'rejected', at: '2026-11-20' },
            ],
          },
          {
            id: 'b',
            companyId: 'c',
            role: 'R',
            channel: 'job-board',
            stage: 'declined',
            appliedAt: '2026-11-02',
          },
          { id: 'd', companyId: 'c', role: 'R', channel: 'job-board', stage: 'saved' },
          { id: 'e', companyId: 'c', role: 'R', channel: 'job-board', stage: 'withdrawn' },
          {
            id: 'f',
            companyId: 'c',
            role: 'R',
            channel: 'job-board',
            stage: 'applied',
            appliedAt: '2026-12-01',
          },
        ],
        interviews: [{ id: 'i', applicationId: 'e', at: '2026-11-05' }],
      }),
      asOf,
    );
    expect(view.funnel.map((s) => [s.stage, s.reached])).toEqual([
      ['saved', 4],
      ['applied', 3],
      ['screening', 3],
      ['interviewing', 2],
      ['final-round', 2],
      ['offer', 1],
      ['accepted', 0],
    ]);
    expect(view.funnel[1]?.conversion).toBeCloseTo(0.75);
    expect(view.funnel[0]?.conversion).toBeNull();
    expect(view.weeks.map((w) => w.applications)).toEqual([2, 0, 0, 0]);
    expect(view.weeks.at(-1)?.weekEnding).toBe(AS_OF);
  });

  it('has no weeks for a search without dates', () => {
    expect(pipelineView(parseSearch({}), asOf)).toEqual({
      funnel: expect.any(Array),
      weeks: [],
    });
  });
});

describe('formatHtml edge cases', async () => {
  const report = await storyReport();
  const withOutlook = (outlook: Partial<typeof report.metrics.offerOutlook>) => ({
    ...report,
    metrics: { ...report.metrics, offerOutlook: { ...report.metrics.offerOutlook, ...outlook } },
  });

  it('words the outlook whether the target is met, reachable at the planned pace, or out of reach', () => {
    expect(formatHtml(withOutlook({ probability: 0.9 }))).toContain('That meets the target.');
    expect(
      formatHtml(withOutlook({ plannedPace: 5, weeksAtPlannedPace: 6, referralWorth: 6 })),
    ).toContain(
      'At 5 applications a week, that is about 6 weeks away; each referral counts like about 6 cold applications.',
    );
    expect(formatHtml(withOutlook({ weeksAtPlannedPace: null }))).toContain(
      'More applications alone are unlikely to reach the target.',
    );
  });

  it('shows the weekly goal and draws a history inside the report', async () => {
    const goal = { ...raw, candidate: { ...raw.candidate, goals: { weeklyApplications: 5 } } };
    const withGoal = { ...report, metrics: { ...report.metrics, weeklyApplicationGoal: 5 } };
    const page = formatHtml(withGoal, {
      search: parseSearch(goal),
      history: [
        {
          asOf: report.asOf,
          score: 40,
          rating: 'critical',
          applicationsLastWeek: 0,
          activeCompanies: 3,
          offerProbability: 0.08,
          adviceCount: 4,
          newAdvice: [],
          resolvedAdvice: [],
        },
      ],
    });
    expect(page).toContain('; goal 5 a week.');
    expect(page).toContain('<h2 id="history-h">Week by week</h2>');
    expect(page).toContain('aria-label="Score by week: 2026-11-25: 40."');
  });
});
