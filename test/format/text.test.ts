import { describe, expect, it } from 'vitest';
import { visibleLength } from '../../src/format/wrap';
import { formatText, scoreBar } from '../../src/index';
import { AS_OF, advice, reportWith, storyReport } from './fixture';

describe('scoreBar', () => {
  it('fills in proportion to the score, within bounds', () => {
    expect(scoreBar(0, 10)).toBe('░'.repeat(10));
    expect(scoreBar(50, 10)).toBe(`${'█'.repeat(5)}${'░'.repeat(5)}`);
    expect(scoreBar(100, 10)).toBe('█'.repeat(10));
    expect(scoreBar(150, 4)).toBe('████');
    expect(scoreBar(-5, 4)).toBe('░░░░');
    expect(scoreBar(41)).toHaveLength(20);
  });
});

describe('formatText', () => {
  it('starts with the heading, the score with its bar and the rating', async () => {
    const report = await storyReport();
    const [heading, score] = formatText(report, { name: 'Maya Chen' }).split('\n');
    expect(heading).toBe(`Job search health for Maya Chen — ${AS_OF}`);
    expect(score).toBe(`Score ${report.score}/100  ${scoreBar(report.score)}  ${report.rating}`);
    expect(formatText(report).split('\n')[0]).toBe(`Job search health — ${AS_OF}`);
  });

  it('groups advice by severity, most serious first, numbered across groups, with actions and due dates', async () => {
    const report = await reportWith([
      advice('critical', 'a'),
      advice('high', 'b'),
      advice('high', 'c', { actions: [{ kind: 'note', label: 'No date here' }] }),
      advice('info', 'd'),
    ]);
    const text = formatText(report);
    const headings = text.split('\n').filter((l) => /^[A-Z]+ \(\d+\)$/.test(l));
    expect(headings).toEqual(['CRITICAL (1)', 'HIGH (2)', 'INFO (1)']);
    expect(text).toContain(
      '  1. Title a [rule-a]\n     Message a.\n     → Act on a (by 2026-12-02)',
    );
    expect(text).toContain('  3. Title c [rule-c]\n     Message c.\n     → No date here\n');
    expect(text).toContain('  4. Title d [rule-d]');
  });

  it('says so when there is no advice', async () => {
    expect(formatText(await reportWith([]))).toContain('\nNo advice: keep going.\n');
  });

  it('counts in words that agree with the numbers', async () => {
    const report = await storyReport();
    const one = {
      ...report,
      metrics: { ...report.metrics, pendingOutreach: 1, activeCompanies: 1 },
    };
    expect(formatText(one)).toMatch(/at 1 company, .* 1 message waiting/s);
    const two = {
      ...report,
      metrics: { ...report.metrics, pendingOutreach: 2, activeCompanies: 2 },
    };
    expect(formatText(two)).toMatch(/at 2 companies, .* 2 messages waiting/s);
  });

  it('wraps long lines at the width, with a hanging indent under each action', async () => {
    const long = 'word '.repeat(60).trim();
    const report = await reportWith([
      advice('high', 'a', {
        message: long,
        actions: [{ kind: 'x', label: long, due: '2026-12-02' }],
      }),
    ]);
    for (const width of [60, 88]) {
      const lines = formatText(report, { width, color: true }).split('\n');
      for (const line of lines.filter((l) => l.includes('word')))
        expect(visibleLength(line)).toBeLessThanOrEqual(width);
      const action = lines.findIndex((l) => l.includes('→'));
      expect(lines[action + 1]).toMatch(/^ {7}\S/);
    }
  });

  it('uses colour only when asked', async () => {
    const report = await storyReport();
    const esc = String.fromCharCode(27);
    expect(formatText(report)).not.toContain(esc);
    expect(formatText(report, { color: false })).not.toContain(esc);
    expect(formatText(report, { color: true })).toContain(`${esc}[`);
    expect(
      formatText(report, { color: true }).replace(new RegExp(`${esc}\\[[0-9;]*m`, 'g'), ''),
    ).toBe(formatText(report));
  });
});
