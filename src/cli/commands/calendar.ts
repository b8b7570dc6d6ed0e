import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { reportToICalendar } from '../../calendar/index';
import { filterAdvice, formatCount, type Severity, terminalSafe } from '../../index';
import { EXIT } from '../errors';
import type { CliIo, CommandContext } from '../io';
import {
  addEvaluationOptions,
  addMinSeverity,
  addValueOption,
  type EvaluationOptions,
  SEARCH_FILE,
} from '../options';
import { candidateName } from '../search-file';
import { writeFailure } from '../write';
import { evaluateRequest } from './evaluate';

/** Where the calendar goes by default: next to the search file, or standard output for `-`. */
function defaultOut(file: string): string {
  return file === '-' ? '-' : `${file.replace(/\.json$/i, '')}.ics`;
}

/** The options of `calendar`, as commander hands them to its action. */
interface CalendarOptions extends EvaluationOptions {
  readonly out?: string;
  readonly minSeverity?: Severity;
}

async function run(file: string, options: CalendarOptions, io: CliIo): Promise<number> {
  const { report, search } = await evaluateRequest({ ...options, file }, io);
  const shown = options.minSeverity ? filterAdvice(report, options.minSeverity) : report;
  const name = candidateName(search);
  const out = options.out ?? defaultOut(file);
  // The calendar misses what a failed rule would have said: say so, and exit 4.
  const failed = report.outcomes.filter((o) => o.status === 'error');
  const done = failed.length > 0 ? EXIT.ruleFailed : EXIT.ok;
  for (const f of failed)
    io.stderr.write(
      `warning: rule ${terminalSafe(f.ruleId)} could not run: ${terminalSafe(f.detail ?? 'no detail given')}\n`,
    );
  // The file being replaced is the previous export: events that changed get a higher SEQUENCE.
  const previous = out === '-' ? undefined : await readFile(out, 'utf8').catch(() => undefined);
  const ics = reportToICalendar(shown, {
    ...(name ? { calendarName: `Job search: ${name}` } : {}),
    ...(previous !== undefined ? { previous } : {}),
  });
  if (out === '-') {
    io.stdout.write(ics);
    return done;
  }
  try {
    await writeFile(out, ics);
  } catch (error) {
    throw writeFailure(out, error);
  }
  const dated = shown.advice.flatMap((a) => a.actions).filter((a) => a.due !== undefined);
  io.stdout.write(`Wrote ${formatCount(dated.length, 'dated action')} to ${terminalSafe(out)}.\n`);
  return done;
}

/** `calendar <file|->`: writes the report's dated actions as an iCalendar file. */
export function calendar(program: Command, { io, finish }: CommandContext): void {
  const command = program
    .command('calendar')
    .description("Write the report's dated actions as an iCalendar (.ics) file")
    .argument(SEARCH_FILE.name, SEARCH_FILE.description);
  addValueOption(command, {
    flags: '-o, --out <file>',
    description:
      'Where to write the calendar, or - for standard output (default: the search file with .ics, or - when reading standard input); an existing file is replaced',
  });
  addEvaluationOptions(command);
  addMinSeverity(command);
  command.action(async (file: string, options: CalendarOptions) =>
    finish(await run(file, options, io)),
  );
}
