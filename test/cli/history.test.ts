import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareReports,
  evaluateSearch,
  formatReport,
  historyText,
  searchHistory,
} from '../../src/index';
import { AS_OF, run, STORY, tempDir, userError } from './run';

const story = JSON.parse(readFileSync(STORY, 'utf8'));

describe('history (in-process)', () => {
  it('warns about keys the model does not know, as evaluate does, unless --strict', async () => {
    const file = join(tempDir(), 'extra.json');
    writeFileSync(file, JSON.stringify({ ...story, mood: 'fine' }));
    const result = await run(['history', file, '--as-of', AS_OF, '--weeks', '2']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: \S*extra\.json: mood[^\n]*\(ignored\)\n$/);
    expect(userError(await run(['history', file, '--as-of', AS_OF, '--strict']))).toContain(
      'extra.json is not a valid job search (1 problem)',
    );
  });

  it('prints the week-by-week table of the story', async () => {
    const result = await run(['history', STORY, '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      historyText(await searchHistory(story, { asOf: AS_OF }), 'Maya Chen'),
    );
  });

  it('prints JSON, Markdown and HTML, and goes back --weeks weeks at most', async () => {
    const json = await run(['history', STORY, '--as-of', AS_OF, '-f', 'json', '--weeks', '2']);
    expect(JSON.parse(json.stdout)).toHaveLength(3);
    const markdown = await run(['history', STORY, '--as-of', AS_OF, '-f', 'markdown']);
    expect(markdown.stdout).toMatch(/^# Job search history: Maya Chen\n/);
    const html = await run(['history', STORY, '--as-of', AS_OF, '-f', 'html']);
    expect(html.stdout).toMatch(/^<!doctype html>/);
  });

  it('names bad options and invalid searches', async () => {
    expect(userError(await run(['history', STORY, '--weeks', '0']))).toBe(
      'error: invalid value "0" for --weeks: expected a whole number from 1 to 104\n',
    );
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, JSON.stringify({ applications: [{ id: 1 }] }));
    // As evaluate does: every problem with its place in the file.
    expect(userError(await run(['history', file]))).toMatch(
      /bad\.json is not a valid job search \(\d+ problems?\):\n {2}- applications\[0\] \(line 1, column \d+\)/,
    );
  });
});

describe('evaluate --compare (in-process)', () => {
  const previousFile = async (asOf: string) => {
    const file = join(tempDir(), 'last.json');
    const report = await evaluateSearch(story, { asOf });
    writeFileSync(file, formatReport(report, { format: 'json' }));
    return { file, report };
  };

  it('adds what changed since the earlier report, in every format', async () => {
    const { file, report: before } = await previousFile('2026-11-18');
    const after = await evaluateSearch(story, { asOf: AS_OF });
    const comparison = JSON.parse(JSON.stringify(compareReports(before, after)));
    const json = await run(['evaluate', STORY, '--as-of', AS_OF, '-f', 'json', '--compare', file]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).comparison).toEqual(comparison);
    const text = await run(['evaluate', STORY, '--as-of', AS_OF, '--compare', file]);
    expect(text.stdout).toContain('SINCE 2026-11-18');
    const markdown = await run([
      'evaluate',
      STORY,
      '--as-of',
      AS_OF,
      '-f',
      'markdown',
      '--compare',
      file,
    ]);
    expect(markdown.stdout).toContain('## Since 2026-11-18');
    const html = await run(['evaluate', STORY, '--as-of', AS_OF, '-f', 'html', '--compare', file]);
    expect(html.stdout).toContain('<h2 id="compare-h">Since 2026-11-18</h2>');
    // The output of a comparison can be compared with in turn.
    const chained = join(tempDir(), 'chained.json');
    writeFileSync(chained, json.stdout);
    const again = await run([
      'evaluate',
      STORY,
      '--as-of',
      AS_OF,
      '-f',
      'json',
      '--compare',
      chained,
    ]);
    expect(JSON.parse(again.stdout).comparison.before.asOf).toBe(after.asOf);
  });

  it('says what is wrong with a file that is not a report', async () => {
    const file = join(tempDir(), 'search.json');
    writeFileSync(file, JSON.stringify({ score: 'high', advice: [] }));
    expect(userError(await run(['evaluate', STORY, '--compare', file]))).toBe(
      `error: ${file} is not a health report: missing or invalid asOf (a date), score (a number), rating (a string), metrics with offerOutlook. Save one with "evaluate --format json > ${file}".\n`,
    );
  });
});
