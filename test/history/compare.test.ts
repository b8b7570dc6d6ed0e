import { describe, expect, it } from 'vitest';
import {
  compareReports,
  comparisonMarkdown,
  comparisonText,
  formatHtml,
  formatReport,
} from '../../src/index';
import { advice, reportWith, storyReport } from '../format/fixture';

describe('compareReports', async () => {
  const base = await storyReport();
  const before = {
    ...base,
    asOf: '2026-11-18T00:00:00.000Z',
    score: 50,
    advice: [
      advice('high', 'kept'),
      advice('medium', 'gone'),
      advice('low', 'group-a', {
        ruleId: 'follow',
        subjects: [
          { kind: 'application', id: 'a' },
          { kind: 'application', id: 'b' },
        ],
      }),
    ],
    metrics: {
      ...base.metrics,
      activeApplications: 2,
      offerOutlook: { ...base.metrics.offerOutlook, probability: 0.05 },
    },
  };
  const after = await reportWith([
    advice('critical', 'fresh'),
    advice('high', 'kept'),
    advice('low', 'group-b', {
      ruleId: 'follow',
      subjects: [
        { kind: 'application', id: 'b' },
        { kind: 'application', id: 'c' },
      ],
    }),
  ]);
  const c = compareReports(before, after);

  it('sorts advice into new, resolved and still open, matching grouped advice by subject', () => {
    expect(c.newAdvice.map((a) => a.id)).toEqual(['fresh']);
    expect(c.resolvedAdvice.map((a) => a.id)).toEqual(['gone']);
    expect(c.openAdvice.map((o) => [o.advice.id, o.daysOpen, o.openSince])).toEqual([
      ['kept', 7, '2026-11-18T00:00:00.000Z'],
      ['group-b', 7, '2026-11-18T00:00:00.000Z'],
    ]);
  });

  it('gives the score change and every followed metric', () => {
    expect(c.scoreChange).toBe(after.score - 50);
    const open = c.metrics.find((m) => m.metric === 'activeApplications');
    expect(open).toEqual({
      metric: 'activeApplications',
      label: 'Open applications',
      before: 2,
      after: 3,
      change: 1,
    });
    const outlook = c.metrics.find((m) => m.metric === 'offerProbability');
    expect(outlook?.before).toBe(0.05);
  });

  it('says it in text, Markdown, JSON and HTML', () => {
    const text = comparisonText(c);
    expect(text).toContain('SINCE 2026-11-18');
    expect(text).toContain('- Open applications: 2 → 3 (+1)');
    expect(text).toContain('- Chance of an offer: 5% → 8% (+3 pts)');
    expect(text).toMatch(/New:\n- Title fresh\n/);
    expect(text).toMatch(/Resolved:\n- Title gone\n/);
    expect(text).toContain('- Title kept (open 7 days or more)');
    expect(comparisonMarkdown(c)).toContain('## Since 2026-11-18');
    expect(formatReport(after, { format: 'text', comparison: c })).toContain('SINCE 2026-11-18');
    expect(formatReport(after, { format: 'markdown', comparison: c })).toContain(
      '## Since 2026-11-18',
    );
    expect(JSON.parse(formatReport(after, { format: 'json', comparison: c }))).toEqual(
      JSON.parse(JSON.stringify({ report: after, comparison: c })),
    );
    const html = formatHtml(after, { comparison: c });
    expect(html).toContain('<h2 id="compare-h">Since 2026-11-18</h2>');
    expect(html).toContain('<h3>Still open (2)</h3>');
    expect(formatReport(after, { format: 'html', comparison: c })).toBe(html);
  });

  it('reports no change when nothing moved', () => {
    const same = compareReports(after, after);
    expect(same.newAdvice).toEqual([]);
    expect(same.resolvedAdvice).toEqual([]);
    expect(comparisonText(same)).toContain('No change in the pipeline figures.');
  });
});
