import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectUserError, STORY, tempDir } from './run';

describe('validate', () => {
  it('says a valid search is valid, with what it holds, and exits 0', () => {
    const run = cli(['validate', STORY]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `✓ ${STORY} is a valid job search: 3 applications, 6 companies, 5 contacts, 3 referrals, 4 messages, 1 interview, 0 offers.\n`,
    );
  });

  it('reads standard input with -', () => {
    const run = cli(['validate', '-'], { input: readFileSync(STORY, 'utf8') });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^✓ standard input is a valid job search/);
  });

  it('lists every problem with its path and exits 2', () => {
    const file = join(tempDir(), 'search.json');
    writeFileSync(
      file,
      JSON.stringify({
        applications: [
          { id: 'a1', companyId: 'ghost', role: '', channel: 'job-board', stage: 'sent' },
        ],
        offers: [{ id: 'o1', applicationId: 'a1', receivedAt: '2026-13-01', status: 'pending' }],
      }),
    );
    const run = cli(['validate', file]);
    expect(run.status).toBe(2);
    expect(run.stdout.split('\n')).toEqual([
      `✗ ${file} is not a valid job search (4 problems):`,
      expect.stringMatching(
        /^ {2}- applications\[0\] \(id a1, line 1, column \d+\): role must not be empty$/,
      ),
      expect.stringMatching(
        /^ {2}- applications\[0\] \(id a1, [^)]+\): stage "sent" must be one of "saved", /,
      ),
      expect.stringMatching(
        /^ {2}- offers\[0\] \(id o1, [^)]+\): receivedAt "2026-13-01" must be a date like /,
      ),
      expect.stringMatching(
        /^ {2}- applications\[0\] \(id a1, [^)]+\): companyId refers to "ghost", which is not an id in companies$/,
      ),
      '',
    ]);
  });

  it('rejects unknown keys with --strict', () => {
    const file = join(tempDir(), 'search.json');
    writeFileSync(file, JSON.stringify({ companies: [], notes: 'hi' }));
    expect(cli(['validate', file]).status).toBe(0);
    const run = cli(['validate', file, '--strict']);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(
      / {2}- notes \(line 1, column \d+\): is not a field here \(value "hi"\)/,
    );
  });

  it('reports a missing file and invalid JSON as errors', () => {
    expect(expectUserError(cli(['validate', 'missing.json']))).toBe(
      'error: missing.json: file not found\n',
    );
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{\n  // my search\n}');
    expect(expectUserError(cli(['validate', file]))).toBe(
      `error: ${file}:2:3: invalid JSON: JSON does not allow comments\n`,
    );
  });

  it('needs a file', () => {
    expect(expectUserError(cli(['validate']))).toContain('missing <file> for "validate"');
  });
});
