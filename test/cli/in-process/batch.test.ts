import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, run, STORY, tempDir } from './run';

const storyLine = JSON.stringify(JSON.parse(readFileSync(STORY, 'utf8')));

function ndjson(lines: readonly string[]): string {
  const path = join(tempDir(), 'searches.ndjson');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('batch (in-process)', () => {
  it('writes one JSON line per search, and exits 0 when every line is valid', async () => {
    const result = await run(['batch', ndjson([storyLine, storyLine]), '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual([1, 2]);
    expect(lines[0].report).toMatchObject({
      asOf: `${AS_OF}T00:00:00.000Z`,
      score: expect.any(Number),
    });
  });

  it('reports a bad line on standard error with its number, goes on, and exits 2', async () => {
    const file = ndjson([storyLine, '{"version": 1,', storyLine]);
    const result = await run(['batch', file, '--as-of', AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: line 2, column \\d+: not valid JSON: `,
      ),
    );
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => ('report' in l ? `${l.line} report` : `${l.line} error`))).toEqual([
      '1 report',
      '2 error',
      '3 report',
    ]);
  });

  it('reads standard input with -, and shows control characters of the input instead of obeying them', async () => {
    const hostile = JSON.stringify({
      applications: [
        { id: 'a1', companyId: '\u001b[2Jx', role: 'R', channel: 'other', stage: 'applied' },
      ],
    });
    const result = await run(['batch', '-', '--as-of', AS_OF], { input: `${hostile}\n` });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^standard input: line 1: not a valid job search: /);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).toContain('\\u001b[2Jx');
  });

  it('draws a progress counter on a terminal only, and clears it at the end', async () => {
    const file = ndjson([storyLine]);
    const plain = await run(['batch', file, '--as-of', AS_OF]);
    expect(plain.stderr).toBe('');
    const tty = await run(['batch', file, '--as-of', AS_OF], { tty: { stderr: true } });
    expect(tty.stderr).toContain('1 searches evaluated');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('names a missing file and exits 2', async () => {
    const result = await run(['batch', join(tempDir(), 'missing.ndjson'), '--as-of', AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.ndjson: file not found/);
  });
});
