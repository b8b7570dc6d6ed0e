import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeParseSearch, searchJsonSchema } from '../../src/index';
import { AS_OF, run, tempDir, userError } from './run';

const SCHEMA_URL = String(searchJsonSchema().$id);
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** A project folder with the package installed, as `npm install job-search-health` leaves it. */
function project(): string {
  const dir = tempDir();
  const dist = join(dir, 'node_modules', 'job-search-health', 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'search.schema.json'), '{}');
  return dir;
}

describe('init (in-process)', () => {
  it('writes a valid starter search dated --date, and says what to run next', async () => {
    const file = join(tempDir(), 'mine.json');
    const result = await run(['init', file, '--date', AS_OF]);
    expect(result).toEqual({
      code: 0,
      stdout: `Created ${file}. Replace the examples with your own search, then run:\n  job-search-health validate ${file}\n  job-search-health evaluate ${file}\n`,
      stderr: '',
    });
    const search = read(file);
    expect(search.$schema).toBe(SCHEMA_URL);
    expect(search.candidate.searchStartedAt).toBe(AS_OF);
    expect(search.applications[0].appliedAt).toBe(AS_OF);
    expect(safeParseSearch(search).success).toBe(true);
    expect((await run(['validate', file])).code).toBe(0);
    expect((await run(['evaluate', file, '--as-of', AS_OF])).code).toBe(0);
  });

  it('takes the date part of a --date given as a date-time', async () => {
    const file = join(tempDir(), 'mine.json');
    expect((await run(['init', file, '--date', '2026-03-04T23:30:00Z'])).code).toBe(0);
    expect(read(file).candidate.searchStartedAt).toBe('2026-03-04');
  });

  it('dates the starter today, in local time, without --date', async () => {
    const file = join(tempDir(), 'today.json');
    const local = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const before = local(new Date());
    await run(['init', file]);
    const after = local(new Date());
    expect([before, after]).toContain(read(file).candidate.searchStartedAt);
  });

  it("points $schema at the project's installed package, from its folder or a subfolder", async () => {
    const dir = project();
    const top = join(dir, 'search.json');
    expect((await run(['init', top, '--date', AS_OF])).code).toBe(0);
    expect(read(top).$schema).toBe('./node_modules/job-search-health/dist/search.schema.json');
    mkdirSync(join(dir, 'searches', '2026'), { recursive: true });
    const nested = join(dir, 'searches', '2026', 'search.json');
    expect((await run(['init', nested, '--date', AS_OF])).code).toBe(0);
    expect(read(nested).$schema).toBe(
      '../../node_modules/job-search-health/dist/search.schema.json',
    );
  });

  it('prints the starter to standard output with -, pointing at the schema URL', async () => {
    const result = await run(['init', '-', '--date', AS_OF]);
    expect(result.code).toBe(0);
    const search = JSON.parse(result.stdout);
    expect(search.$schema).toBe(SCHEMA_URL);
    expect(search.candidate.searchStartedAt).toBe(AS_OF);
  });

  it('never overwrites a file: exits 2 and leaves it as it was', async () => {
    const file = join(tempDir(), 'search.json');
    writeFileSync(file, 'mine');
    expect(userError(await run(['init', file, '--date', AS_OF]))).toBe(
      `error: ${file} already exists; init never overwrites a file: choose another name (job-search-health init <file>)\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('names the file it cannot write, and why', async () => {
    const dir = tempDir();
    const missing = join(dir, 'no', 'such', 'search.json');
    expect(userError(await run(['init', missing, '--date', AS_OF]), 5)).toBe(
      `error: cannot write ${missing}: its folder does not exist\n`,
    );
    writeFileSync(join(dir, 'plain'), '');
    const underFile = join(dir, 'plain', 'search.json');
    expect(userError(await run(['init', underFile, '--date', AS_OF]), 5)).toMatch(
      new RegExp(
        `^error: cannot write ${underFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ENOTDIR`,
      ),
    );
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses a --date that is not a real date', async () => {
    expect(userError(await run(['init', '-', '--date', '2026-11-31']))).toContain(
      'error: invalid date "2026-11-31" for --date',
    );
  });
});
