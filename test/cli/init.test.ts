import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeParseSearch } from '../../src/index';
import { AS_OF, cli, expectUserError, tempDir } from './run';

describe('init', () => {
  it('writes search.json with the given date, a $schema and $comments, valid as it stands', () => {
    const dir = tempDir();
    const run = cli(['init', '--date', AS_OF], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Created search.json.');
    const search = JSON.parse(readFileSync(join(dir, 'search.json'), 'utf8'));
    expect(search.$schema).toBe('https://unpkg.com/job-search-health/dist/search.schema.json');
    expect(typeof search.$comment).toBe('string');
    expect(search.applications[0].appliedAt).toBe(AS_OF);
    expect(search.candidate.searchStartedAt).toBe(AS_OF);
    expect(safeParseSearch(search).success).toBe(true);
    expect(cli(['validate', 'search.json'], { cwd: dir }).status).toBe(0);
    expect(cli(['evaluate', 'search.json', '--as-of', AS_OF], { cwd: dir }).status).toBe(0);
  });

  it("uses today's date without --date", () => {
    const dir = tempDir();
    const before = new Date();
    cli(['init', 'mine.json'], { cwd: dir });
    const after = new Date();
    const local = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const search = JSON.parse(readFileSync(join(dir, 'mine.json'), 'utf8'));
    expect([local(before), local(after)]).toContain(search.candidate.searchStartedAt);
  });

  it('points $schema at the installed package when the project has it', () => {
    const dir = tempDir();
    const dist = join(dir, 'node_modules', 'job-search-health', 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'search.schema.json'), '{}');
    mkdirSync(join(dir, 'searches'));
    expect(cli(['init', 'searches/2026.json', '--date', AS_OF], { cwd: dir }).status).toBe(0);
    const search = JSON.parse(readFileSync(join(dir, 'searches', '2026.json'), 'utf8'));
    expect(search.$schema).toBe('../node_modules/job-search-health/dist/search.schema.json');
  });

  it('prints the starter to standard output with -', () => {
    const run = cli(['init', '-', '--date', AS_OF]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).version).toBe(1);
  });

  it('refuses to overwrite an existing file and exits 2, leaving it untouched', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'search.json'), 'mine');
    expect(expectUserError(cli(['init', '--date', AS_OF], { cwd: dir }))).toBe(
      'error: search.json already exists; init never overwrites a file: choose another name (job-search-health init <file>)\n',
    );
    expect(readFileSync(join(dir, 'search.json'), 'utf8')).toBe('mine');
  });

  it('reports a folder that does not exist, and a bad --date', () => {
    const dir = tempDir();
    expect(expectUserError(cli(['init', 'no/such/search.json'], { cwd: dir }), 5)).toBe(
      'error: cannot write no/such/search.json: its folder does not exist\n',
    );
    expect(expectUserError(cli(['init', '--date', '2026-11-31'], { cwd: dir }))).toContain(
      'invalid date "2026-11-31" for --date',
    );
  });
});
