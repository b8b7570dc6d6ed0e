import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../examples/batch/batch';
import { createProgress } from '../../examples/batch/progress';
import { evaluateSearch } from '../../src/index';

const AS_OF = '2026-11-25';
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const BATCH = fileURLToPath(new URL('../../examples/batch/batch.ts', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../examples/batch/searches.ndjson', import.meta.url));
const STORY = readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8');

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jsh-batch-'));
  dirs.push(dir);
  return dir;
}

/** Runs `main` in-process, collecting what it writes; `tty` makes standard error a terminal. */
async function run(args: readonly string[], tty = false) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { isTTY: tty, columns: 80, write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** The cells of each Markdown table row, header and separator left out. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .slice(2)
    .map((line) => line.slice(2, -2).split(' | '));
}

describe('npm run example:batch', () => {
  it('summarises the sample searches as a Markdown table, with no progress bar off a terminal', () => {
    const result = spawnSync(process.execPath, [TSX, BATCH, SAMPLE, '--as-of', AS_OF], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^7 searches evaluated as of 2026-11-25; 1 could not be evaluated\.\n\n/,
    );
    expect(result.stdout).toContain(
      '| Source | Candidate | Score | Rating | Critical | High | Top advice | Problem |',
    );
    const rows = tableRows(result.stdout);
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `searches.ndjson:${n}`));
    expect(rows.map((r) => r[1])).toEqual([
      'Maya Chen',
      'Morgan Lee',
      'Alex Kim',
      'Casey Doe',
      'Jordan Park',
      'Sam Rivera',
      'Priya Shah',
    ]);
    const invalid = rows[3];
    expect(invalid?.slice(2, 7)).toEqual(['', '', '', '', '']);
    expect(invalid?.[7]).toMatch(/^applications\\\[0\\\]\.companyId: refers to "globex"/);
  });

  it('reports the same score, rating and top advice as evaluateSearch', async () => {
    const report = await evaluateSearch(JSON.parse(STORY), { asOf: AS_OF });
    const { code, stdout } = await run([SAMPLE, '--as-of', AS_OF]);
    expect(code).toBe(0);
    const count = (severity: string) =>
      String(report.advice.filter((a) => a.severity === severity).length);
    expect(tableRows(stdout)[0]).toEqual([
      'searches.ndjson:1',
      'Maya Chen',
      String(report.score),
      report.rating,
      count('critical'),
      count('high'),
      report.advice[0]?.title,
      '',
    ]);
  });
});

describe('examples/batch', () => {
  it('evaluates a folder of .json files by name, reporting unreadable ones without stopping', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b-story.json'), STORY);
    writeFileSync(join(dir, 'a-broken.json'), '{ "applications": [ }');
    writeFileSync(join(dir, 'c-empty.json'), '{}');
    writeFileSync(join(dir, 'notes.txt'), 'not a search');
    const { code, stdout } = await run([dir, '--as-of', AS_OF]);
    expect(code).toBe(0);
    const rows = tableRows(stdout);
    expect(rows.map((r) => r[0])).toEqual(['a-broken.json', 'b-story.json', 'c-empty.json']);
    expect(rows[0]?.[7]).toBe("not valid JSON at line 1, column 21: expected a value, found '}'");
    expect(rows[1]?.[1]).toBe('Maya Chen');
    expect(rows[2]?.[7]).toBe('');
  });

  it('writes CSV to the --out file, quoting where needed', async () => {
    const dir = tempDir();
    const out = join(dir, 'summary.csv');
    const input = join(dir, 'in.ndjson');
    const tricky = { candidate: { name: '=HYPERLINK("x"), Jr.' } };
    writeFileSync(
      input,
      `${JSON.stringify(tricky)}\n\n${STORY.replace(/\n\s*/g, ' ')}\n{"candidate":\n`,
    );
    const { code, stdout } = await run([input, '--as-of', AS_OF, '--format', 'csv', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe('Source,Candidate,Score,Rating,Critical,High,Top advice,Problem');
    // A formula-like name is defused and quoted; the blank line is skipped, not counted as an entry.
    expect(lines[1]).toMatch(/^in\.ndjson:1,"'=HYPERLINK\(""x""\), Jr\.",\d+,/);
    expect(lines[2]).toMatch(
      /^in\.ndjson:3,Maya Chen,\d+,critical,1,1,An employer is waiting for your reply,$/,
    );
    expect(lines[3]).toBe(
      'in.ndjson:4,,,,,,,"line 4, column 14: not valid JSON: expected a value, found the end of the input"',
    );
    expect(lines[4]).toBe('');
  });

  it('draws a progress bar on a terminal and clears it at the end', async () => {
    const { stderr } = await run([SAMPLE, '--as-of', AS_OF], true);
    expect(stderr).toContain('\r[------------------------------] 0/7 searches');
    expect(stderr).toContain('\r[##############################] 7/7 searches');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('fits the progress bar to a narrow terminal', () => {
    let text = '';
    const progress = createProgress({ isTTY: true, columns: 20, write: (t) => (text += t) }, 2);
    progress.tick();
    expect(text.split('\r').at(-1)).toBe('[##--] 1/2 searches');
  });

  it.each([
    [['--as-of', AS_OF], 'give exactly one folder or .ndjson file'],
    [[SAMPLE, '--as-of', '2026-02-30'], '--as-of must be a date written YYYY-MM-DD'],
    [[SAMPLE, '--format', 'xlsx'], '--format must be md or csv'],
    [[SAMPLE, '--colour'], "Unknown option '--colour'"],
    [['missing.ndjson'], 'missing.ndjson: no such file or folder'],
    [[BATCH], 'expected a folder of .json files or an .ndjson file'],
  ])('rejects %j with a usage error', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: batch');
  });
});
