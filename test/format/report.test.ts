import { describe, expect, it } from 'vitest';
import {
  filterAdvice,
  formatMarkdown,
  formatReport,
  formatText,
  isAtLeast,
  REPORT_FORMATS,
} from '../../src/index';
import { advice, reportWith, storyReport } from './fixture';

describe('formatReport', () => {
  it('gives the report itself as JSON', async () => {
    const report = await storyReport();
    const json = formatReport(report, { format: 'json', color: true, name: 'Maya' });
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('dispatches to the text and Markdown formatters, text by default', async () => {
    const report = await storyReport();
    expect(formatReport(report)).toBe(formatText(report));
    expect(formatReport(report, { format: 'text', color: true, name: 'Maya' })).toBe(
      formatText(report, { color: true, name: 'Maya' }),
    );
    expect(formatReport(report, { format: 'markdown', name: 'Maya' })).toBe(
      formatMarkdown(report, { name: 'Maya' }),
    );
    expect(REPORT_FORMATS).toEqual(['text', 'json', 'markdown', 'html']);
  });
});

describe('filterAdvice', () => {
  it('keeps advice at the severity or above, and nothing else changes', async () => {
    const list = [
      advice('critical', 'a'),
      advice('high', 'b'),
      advice('medium', 'c'),
      advice('info', 'd'),
    ];
    const report = await reportWith(list);
    const copy = structuredClone(report);
    const high = filterAdvice(report, 'high');
    expect(high.advice.map((a) => a.id)).toEqual(['a', 'b']);
    expect({ ...high, advice: report.advice }).toEqual(report);
    expect(filterAdvice(report, 'info').advice).toEqual(list);
    expect(report).toEqual(copy);
  });

  it('orders severities from critical down to info', () => {
    expect(isAtLeast('critical', 'high')).toBe(true);
    expect(isAtLeast('high', 'high')).toBe(true);
    expect(isAtLeast('medium', 'high')).toBe(false);
    expect(isAtLeast('info', 'low')).toBe(false);
  });
});
