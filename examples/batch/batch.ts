// Evaluates many searches with one advisor and writes a summary table, one row per search.
// Run with `npm run example:batch`, or:
//   npx tsx examples/batch/batch.ts <folder | file.ndjson> [--as-of YYYY-MM-DD] [--format md|csv] [--out FILE]
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type Advisor, createAdvisor, SearchValidationError } from 'job-search-health';
import { evaluateNdjson } from 'job-search-health/node';
import { type BatchEntry, batchKind, countLines, readFolder } from './inputs';
import { createProgress, type ProgressStream } from './progress';
import {
  candidateOf,
  describeIssues,
  formatTable,
  reportRow,
  type SummaryRow,
  TABLE_FORMATS,
} from './summary';

const USAGE = `Usage: batch <folder | file.ndjson> [--as-of YYYY-MM-DD] [--format md|csv] [--out FILE]

Evaluates each search (every .json file of the folder, or each line of the .ndjson file) and
writes a summary table to FILE or standard output. Entries that are not valid searches get a
row saying why; they do not stop the batch.
`;

/**
 * Evaluates the searches of an NDJSON file as it streams past, one line at a time, so memory
 * stays flat however long the file; each becomes a summary row, named `file.ndjson:line`.
 */
async function evaluateLines(
  file: string,
  advisor: Advisor,
  asOf: string,
  progressStream: ProgressStream,
): Promise<SummaryRow[]> {
  const name = basename(file);
  const progress = createProgress(progressStream, await countLines(file));
  const rows: SummaryRow[] = [];
  for await (const result of evaluateNdjson(createReadStream(file), { advisor, asOf })) {
    const source = `${name}:${result.line}`;
    const candidate = candidateOf(result.search);
    if ('report' in result) rows.push(reportRow(source, candidate, result.report));
    else
      rows.push({
        source,
        ...(candidate !== undefined ? { candidate } : {}),
        problem: result.issues ? describeIssues(result.issues) : result.error,
      });
    progress.tick();
  }
  progress.done();
  return rows;
}

/**
 * Evaluates every file of a folder with one advisor, in order. A file that is not JSON or not a
 * valid search gets a row with the problem instead of results.
 */
async function evaluateFiles(
  entries: readonly BatchEntry[],
  advisor: Advisor,
  asOf: string,
  progressStream: ProgressStream,
): Promise<SummaryRow[]> {
  const progress = createProgress(progressStream, entries.length);
  const rows: SummaryRow[] = [];
  for (const entry of entries) {
    if ('error' in entry) rows.push({ source: entry.source, problem: entry.error });
    else {
      const candidate = candidateOf(entry.search);
      try {
        rows.push(
          reportRow(entry.source, candidate, await advisor.evaluate(entry.search, { asOf })),
        );
      } catch (error) {
        if (!(error instanceof SearchValidationError)) throw error;
        rows.push({
          source: entry.source,
          ...(candidate !== undefined ? { candidate } : {}),
          problem: describeIssues(error.issues),
        });
      }
    }
    progress.tick();
  }
  progress.done();
  return rows;
}

/** Where {@link main} writes: standard output and error by default. */
export interface BatchIo {
  /** Receives the table, unless `--out` names a file. */
  readonly stdout: { write(text: string): unknown };
  /** Receives usage errors, and the progress bar when it is a terminal. */
  readonly stderr: ProgressStream;
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(text)
  );
}

/** Runs the batch command with its arguments; resolves to the exit code (2 for a usage error). */
export async function main(argv: readonly string[], io: BatchIo = process): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`error: ${message}\n\n${USAGE}`);
    return 2;
  };
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0)
    return fail('give exactly one folder or .ndjson file');
  const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(asOf))
    return fail(`--as-of must be a date written YYYY-MM-DD, got "${asOf}"`);
  const format = TABLE_FORMATS.find((f) => f === values.format);
  if (format === undefined)
    return fail(`--format must be ${TABLE_FORMATS.join(' or ')}, got "${format}"`);

  let kind: 'folder' | 'ndjson';
  try {
    kind = await batchKind(input);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const advisor = createAdvisor();
  const rows =
    kind === 'folder'
      ? await evaluateFiles(await readFolder(input), advisor, asOf, io.stderr)
      : await evaluateLines(input, advisor, asOf, io.stderr);
  const table = formatTable(rows, format, asOf);
  if (values.out === undefined) io.stdout.write(table);
  else await writeFile(values.out, table);
  return 0;
}

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

// Run only when started as a script, not when a test imports this module.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
