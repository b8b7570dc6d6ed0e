/**
 * The command line on a large search, as a coach or a job seeker runs it: each command is a
 * whole process (start, read the file, evaluate, format, write), timed by the wall clock from
 * start to exit, the median of a few runs. Output goes to a file, as a redirect sends it.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_AS_OF, generateSearch } from './generate';
import { median } from './measure';

/** One command's row. */
export interface CliRow {
  /** The command line after the program's name, with `<search>` for the search file. */
  readonly command: string;
  readonly applications: number;
  readonly runs: number;
  /** Median wall time of the whole process, in milliseconds. */
  readonly medianWallMs: number;
  /** Size of what it wrote, in bytes. */
  readonly outputBytes: number;
}

/** The commands timed: the report in each format a person reads or keeps, and the calendar. */
const COMMANDS: readonly (readonly string[])[] = [
  ['evaluate', '--format', 'text'],
  ['evaluate', '--format', 'markdown'],
  ['evaluate', '--format', 'html'],
  ['evaluate', '--format', 'json'],
  ['calendar'],
];

/** The package's command-line program, from its `package.json`. */
function cliFile(packageDir: string): string {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    bin?: Record<string, string>;
  };
  return join(packageDir, manifest.bin?.['job-search-health'] ?? 'dist/cli.js');
}

/** Runs the program once with its standard output in `outFile`; resolves to the wall time. */
function runOnce(program: string, args: readonly string[], outFile: string): Promise<number> {
  const out = openSync(outFile, 'w');
  const started = performance.now();
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [program, ...args], { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      closeSync(out);
      // 0: nothing at or above --fail-on (not given); the report itself may hold any advice.
      if (code === 0) resolve(ms);
      else reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr.slice(0, 2000)}`));
    });
  });
}

/** Times each command on one generated search of `applications` (100 and one run when `quick`). */
export async function measureCli(packageDir: string, quick: boolean): Promise<CliRow[]> {
  const applications = quick ? 100 : 50_000;
  const runs = quick ? 1 : 3;
  const program = cliFile(packageDir);
  const dir = await mkdtemp(join(tmpdir(), 'job-search-health-cli-'));
  try {
    const search = join(dir, 'search.json');
    await writeFile(search, JSON.stringify(generateSearch(applications)));
    const rows: CliRow[] = [];
    for (const command of COMMANDS) {
      const written = join(dir, 'written');
      // The calendar goes to its own file (-o); a report to standard output.
      const args = [
        ...command,
        search,
        '--as-of',
        BENCH_AS_OF,
        ...(command[0] === 'calendar' ? ['-o', written] : []),
      ];
      const stdoutFile = join(dir, 'stdout');
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await runOnce(program, args, stdoutFile));
      const outputFile = command[0] === 'calendar' ? written : stdoutFile;
      rows.push({
        command: [...command, '<search>'].join(' '),
        applications,
        runs,
        medianWallMs: median(times),
        outputBytes: statSync(outputFile).size,
      });
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
