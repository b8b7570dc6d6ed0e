import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, tempDir, userError } from './run';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../import/fixtures/${name}`, import.meta.url));
const US_SHEET = fixture('us-sheet.csv');

function sheet(text: string, name = 'sheet.csv'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('import (in-process)', () => {
  it('prints the search to standard output and the notes to standard error', async () => {
    const result = await run(['import', US_SHEET, '--name', 'Alex Kim']);
    expect(result.code).toBe(0);
    const search = JSON.parse(result.stdout);
    expect(search.candidate).toEqual({ name: 'Alex Kim' });
    expect(search.applications).toHaveLength(8);
    expect(result.stderr).toBe(
      `✓ Imported 8 applications from ${US_SHEET}, with 2 notes:\n` +
        "  - row 1, column Salary: not a column I know; its values are kept in each application's notes (map it to a field, or to ignore, to change that)\n" +
        "  - row 6, column Status: the offer's date is taken as the latest date on the row, 2026-11-18; add an Offer Date column to give the real one\n",
    );
  });

  it('writes a file that evaluate then reads, and never overwrites it', async () => {
    const out = join(tempDir(), 'search.json');
    const args = ['import', US_SHEET, '-o', out, '--map', 'Salary=ignore'];
    const first = await run(args);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(
      /^✓ Imported 8 applications from .* into .*search\.json, with 1 note:/,
    );
    const evaluated = await run(['evaluate', out, '--as-of', '2026-11-25']);
    expect(evaluated.code).toBe(0);
    expect(evaluated.stdout).toContain('[thank-you-missing]');
    expect(userError(await run(args))).toContain('already exists; import never overwrites a file');
    expect(
      userError(await run(['import', US_SHEET, '-o', join(tempDir(), 'no', 'x.json')]), 5),
    ).toContain('its folder does not exist');
  });

  it('reads TSV by its extension and standard input with -', async () => {
    const tsv = await run(['import', fixture('tracker.tsv')]);
    expect(tsv.code).toBe(0);
    expect(JSON.parse(tsv.stdout).applications).toHaveLength(5);
    const stdin = await run(['import', '-'], {
      input: 'Company,Role,Status,Date Applied\nAcme,Analyst,Applied,2026-11-02\n',
    });
    expect(stdin.code).toBe(0);
    expect(stdin.stderr).toBe('✓ Imported 1 application from standard input.\n');
  });

  it('lists every problem with its row and column, writes nothing, and exits 2', async () => {
    const file = sheet(
      'Company,Role,Stage,Date Applied,Salary\nAcme,Analyst,Intervew,2026-11-02,1\nGlobex,Analyst,Applied,03/04/2026,2\n',
    );
    const result = await run(['import', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      `✗ ${file} was not imported (2 problems; fix them in the sheet or with --map, --status or --date-format):`,
      '  - row 2, column Stage: "Intervew" is not a status I know: did you mean "Interview"?',
      '  - row 3, column Date Applied: "03/04/2026" could be 2026-04-03 or 2026-03-04: give the sheet\'s date format, such as dd/MM/yyyy or MM/dd/yyyy',
      'Also:',
      "  - row 1, column Salary: not a column I know; its values are kept in each application's notes (map it to a field, or to ignore, to change that)",
      '',
    ]);
    const fixed = await run([
      'import',
      file,
      '--status',
      'Intervew=interviewing',
      '--date-format',
      'dd/MM/yyyy',
      '--map',
      'Salary=notes',
    ]);
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.stdout).applications[1].appliedAt).toBe('2026-04-03');
  });

  it('reports one problem in the singular, and a sheet syntax error', async () => {
    const result = await run(['import', sheet('Company,Role\n"Acme,Analyst\n')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/was not imported \(\d problems?; /);
    expect(result.stderr).toContain('  - row 2: ');
  });

  it('rejects malformed --map and --status values', async () => {
    expect(userError(await run(['import', US_SHEET, '--map', 'Salary']))).toContain(
      'invalid value "Salary" for --map: expected "Column name=field"',
    );
    expect(userError(await run(['import', US_SHEET, '--status', 'Waiting=pending']))).toContain(
      'invalid stage "pending" for --status "Waiting": expected one of saved, applied,',
    );
  });

  it('asks for CSV when given a spreadsheet file', async () => {
    expect(userError(await run(['import', sheet('x', 'tracker.xlsx')]))).toContain(
      'spreadsheet files are not read directly; save the sheet as CSV first',
    );
    expect(userError(await run(['import', sheet('PK\u0003\u0004rest', 'tracker.dat')]))).toContain(
      'this is a compressed spreadsheet (such as XLSX), not CSV',
    );
  });

  it('tells evaluate and validate users to import a CSV', async () => {
    for (const command of ['evaluate', 'validate'])
      expect(userError(await run([command, US_SHEET]))).toBe(
        `error: ${US_SHEET}: this is a CSV or TSV sheet, not a search file (JSON); turn a sheet saved as CSV into one with "job-search-health import <sheet.csv> -o search.json"\n`,
      );
    const unnamed = sheet(readFileSync(US_SHEET, 'utf8'), 'search.txt');
    expect(userError(await run(['validate', unnamed]))).toContain('this is a CSV or TSV sheet');
    expect(userError(await run(['validate', sheet('PK\u0003\u0004', 'a.json')]))).toContain(
      'this is a spreadsheet file',
    );
  });
});

describe('init and validate --strict', () => {
  it('the starter file, $comment keys and all, passes a strict check', async () => {
    const file = join(tempDir(), 'search.json');
    expect((await run(['init', file, '--date', '2026-11-25'])).code).toBe(0);
    const result = await run(['validate', file, '--strict']);
    expect(result.code, result.stdout).toBe(0);
  });
});
