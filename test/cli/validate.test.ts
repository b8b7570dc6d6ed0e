import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasAnsi, run, STORY, tempDir, userError } from './run';

const SUMMARY =
  '3 applications, 6 companies, 5 contacts, 3 referrals, 4 messages, 1 interview, 0 offers';

function file(content: unknown): string {
  const path = join(tempDir(), 'search.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('validate (in-process)', () => {
  it('says a valid search is valid, with what it holds, and exits 0', async () => {
    expect(await run(['validate', STORY])).toEqual({
      code: 0,
      stdout: `✓ ${STORY} is a valid job search: ${SUMMARY}.\n`,
      stderr: '',
    });
  });

  it('counts in the singular where there is one of a kind', async () => {
    const one = file({
      companies: [{ id: 'acme', name: 'Acme' }],
      applications: [
        { id: 'a1', companyId: 'acme', role: 'Analyst', channel: 'job-board', stage: 'saved' },
      ],
    });
    expect((await run(['validate', one])).stdout).toBe(
      `✓ ${one} is a valid job search: 1 application, 1 company, 0 contacts, 0 referrals, 0 messages, 0 interviews, 0 offers.\n`,
    );
  });

  it('reads standard input with -, and names it so', async () => {
    const result = await run(['validate', '-'], { input: readFileSync(STORY, 'utf8') });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`✓ standard input is a valid job search: ${SUMMARY}.\n`);
  });

  it('lists every problem with its path on standard output and exits 2', async () => {
    const invalid = file({
      applications: [
        { id: 'a1', companyId: 'ghost', role: '', channel: 'job-board', stage: 'applied' },
      ],
    });
    const result = await run(['validate', invalid]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `✗ ${invalid} is not a valid job search (2 problems):\n  - applications[0] (id a1, line 1, column 49): role must not be empty\n  - applications[0] (id a1, line 1, column 29): companyId refers to "ghost", which is not an id in companies\n`,
    );
  });

  it('names a problem at the root as (root), in the singular, with --strict', async () => {
    const extra = file({ companies: [], notes: 'hi' });
    const fields =
      'fields are $comment, $schema, version, candidate, companies, contacts, applications, referrals, messages, interviews, offers';
    const lenient = await run(['validate', extra]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toBe(
      `✓ ${extra} is a valid job search: 0 applications, 0 companies, 0 contacts, 0 referrals, 0 messages, 0 interviews, 0 offers.\n! ${extra} has 1 key the model does not know, ignored (--strict makes them errors):\n  - notes (line 1, column 17): is not a field here (value "hi"); ${fields}\n`,
    );
    const result = await run(['validate', extra, '--strict']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(
      `✗ ${extra} is not a valid job search (1 problem):\n  - notes (line 1, column 17): is not a field here (value "hi"); ${fields}\n`,
    );
  });

  it('marks the verdict in colour with --color', async () => {
    const valid = await run(['validate', STORY, '--color']);
    expect(hasAnsi(valid.stdout)).toBe(true);
    expect(valid.stdout).toContain('valid job search');
    const invalid = await run(['validate', file({ offers: 1 }), '--color']);
    expect(invalid.code).toBe(2);
    expect(hasAnsi(invalid.stdout)).toBe(true);
  });

  it('reports a missing file and invalid JSON as errors, and needs a file', async () => {
    expect(userError(await run(['validate', 'missing.json']))).toBe(
      'error: missing.json: file not found\n',
    );
    const broken = file('{\n  // my search\n}');
    expect(userError(await run(['validate', broken]))).toBe(
      `error: ${broken}:2:3: invalid JSON: JSON does not allow comments\n`,
    );
    expect(userError(await run(['validate']))).toBe(
      'error: missing <file> for "validate"\nRun "job-search-health validate --help" for usage.\n',
    );
  });
});
