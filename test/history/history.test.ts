import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createAdvisor,
  formatHistoryHtml,
  historyMarkdown,
  historyText,
  searchHistory,
} from '../../src/index';

const story = JSON.parse(
  readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8'),
);

describe('searchHistory of the story', async () => {
  const points = await searchHistory(story, { asOf: '2026-11-25' });

  it('has one point a week from the first week of the search to the evaluation date', () => {
    expect(points.map((p) => p.asOf.slice(0, 10))).toEqual([
      '2026-10-07',
      '2026-10-14',
      '2026-10-21',
      '2026-10-28',
      '2026-11-04',
      '2026-11-11',
      '2026-11-18',
      '2026-11-25',
    ]);
  });

  it('tells the story: a start, a few applications, an interview, then a stall', () => {
    const [first, second] = points;
    expect(first?.newAdvice).toEqual(['Time to send your first applications']);
    expect(second?.resolvedAdvice).toContain('Time to send your first applications');
    expect(points.map((p) => p.applicationsLastWeek)).toEqual([0, 1, 1, 1, 0, 0, 0, 0]);
    expect(points.map((p) => p.activeCompanies)).toEqual([0, 1, 2, 3, 3, 3, 3, 3]);
    // The interview at Harbor & Pine lifts the outlook; silence afterwards brings it down.
    const outlook = points.map((p) => p.offerProbability);
    expect(Math.max(...outlook)).toBe(outlook[4]);
    expect(outlook[7]).toBeLessThan(outlook[4] as number);
    expect(points.at(-1)?.newAdvice).toContain('An employer is waiting for your reply');
    expect(points.at(-1)?.score).toBeLessThan(points[3]?.score as number);
  });

  it('matches a plain evaluation on the last week', async () => {
    const advisor = createAdvisor();
    const report = await advisor.evaluate(story, { asOf: '2026-11-25' });
    expect(points.at(-1)?.score).toBe(report.score);
    expect(points.at(-1)?.adviceCount).toBe(report.advice.length);
  });

  it('is a table in text and Markdown, and charts in HTML', () => {
    const text = historyText(points, 'Maya Chen');
    expect(text).toContain('Job search history for Maya Chen, week by week');
    expect(text).toMatch(/^Week to {5}Score {2}Rating {4}Sent {2}Companies {2}Outlook$/m);
    expect(text).toMatch(/^2026-10-21 +\d+ +\S+ +1 +2 +\d+%$/m);
    expect(text).toContain('  2026-10-21  no change');
    const markdown = historyMarkdown(points, 'Maya Chen');
    expect(markdown).toContain(
      '| Week to | Score | Rating | Sent | Companies | Outlook | What changed |',
    );
    expect(markdown.split('\n').filter((l) => l.startsWith('| 2026-'))).toHaveLength(8);
    const html = formatHistoryHtml(points, { name: 'Maya Chen' });
    expect(html).toContain('<h1>Job search history: Maya Chen</h1>');
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Score by week: 2026-10-07:');
    expect(formatHistoryHtml(points, { name: 'Maya Chen' })).toBe(html);
  });

  it('stops at maxWeeks and has a single point for a search without dates', async () => {
    expect(await searchHistory(story, { asOf: '2026-11-25', maxWeeks: 2 })).toHaveLength(3);
    const bare = await searchHistory({}, { asOf: '2026-11-25' });
    expect(bare.map((p) => p.asOf)).toEqual(['2026-11-25T00:00:00.000Z']);
  });
});
