/**
 * The command line on a large search, as a coach or a job seeker runs it: each command is a
 * whole process (start, read the file, evaluate, format, write), timed by the wall clock from
 * start to exit, the median of a few runs. Wall time, unlike the CPU time of the other parts of
 * the benchmark, because it is what the person waits for, writing the output included. Output
 * goes to a file, as a redirect sends it.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_AS_OF, generateSearch } from './generate';
import { binFile } from './library';
import { median } from './measure';

/** One command's row. */
export interface CliRow {
  /** The command line after the program's name, with `<search>` for the search file. */
  readonly command: string;
  /** Applications in the search it was given. */
  readonly applications: number;
  /** How many times it ran. */
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

/** Runs the program once with its standard output in `outFile`; resolves to the wall time. */
function runOnce(program: string, args: readonly string[], outFile: string): Promise<number> {
  const out = openSync(outFile, 'w');
  const started = performance.now();
  let child: ReturnType<typeof spawn>;
  try {
    child = spawn(process.execPath, [program, ...args], { stdio: ['ignore', out, 'pipe'] });
  } finally {
    // The child has its own copy of the descriptor.
    closeSync(out);
  }
  return new Promise<number>((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      // 0: nothing at or above --fail-on (not given); the report itself may hold any advice.
      if (code === 0) resolve(ms);
      else
        reject(
          new Error(`${args.join(' ')} ended with ${signal ?? `exit code ${code}`}: ${stderr}`),
        );
    });
  });
}

/**
 * Times each command on one generated search: 50,000 applications, three runs of each command,
 * or 100 applications and one run when `quick`.
 */
export async function measureCli(packageDir: string, quick: boolean): Promise<CliRow[]> {
  const applications = quick ? 100 : 50_000;
  const runs = quick ? 1 : 3;
  const program = binFile(packageDir);
  const dir = await mkdtemp(join(tmpdir(), 'job-search-health-cli-'));
  try {
    const search = join(dir, 'search.json');
    await writeFile(search, JSON.stringify(generateSearch(applications)));
    const stdoutFile = join(dir, 'stdout');
    const calendarFile = join(dir, 'calendar.ics');
    const rows: CliRow[] = [];
    for (const command of COMMANDS) {
      const calendar = command[0] === 'calendar';
      // The calendar goes to its own file (-o); a report to standard output.
      const args = [...command, search, '--as-of', BENCH_AS_OF];
      if (calendar) args.push('-o', calendarFile);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        // A fresh calendar each time: over an earlier one, the command reads it to number changes.
        await rm(calendarFile, { force: true });
        times.push(await runOnce(program, args, stdoutFile));
      }
      rows.push({
        command: [...command, '<search>'].join(' '),
        applications,
        runs,
        medianWallMs: median(times),
        outputBytes: statSync(calendar ? calendarFile : stdoutFile).size,
      });
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
