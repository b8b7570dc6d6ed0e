import { readFile, writeFile } from 'node:fs/promises';
import { defineCommand } from 'citty';
import { reportToICalendar } from '../../calendar/index';
import { failedRules } from '../../format/failed-rules';
import { count } from '../../format/labels';
import { terminalSafe } from '../../format/terminal';
import { filterAdvice } from '../../index';
import { severityOption, shared } from '../args';
import { EXIT } from '../errors';
import { ioOf } from '../io';
import { candidateName } from '../search-name';
import { writeFailure } from '../write';
import { evaluateRequest, requestFromArgs } from './evaluate';

/** Where the calendar goes by default: next to the search file, or standard output for `-`. */
function defaultOut(file: string): string {
  return file === '-' ? '-' : `${file.replace(/\.json$/i, '')}.ics`;
}

/** `calendar <file|->`: writes the report's dated actions as an iCalendar file. */
export const calendar = defineCommand({
  meta: {
    name: 'calendar',
    description: "Write the report's dated actions as an iCalendar (.ics) file",
  },
  args: {
    file: shared.file,
    out: {
      type: 'string',
      alias: 'o',
      description:
        'Where to write the calendar, or - for standard output (default: the search file with .ics, or - when reading standard input); an existing file is replaced',
      valueHint: 'file|-',
    },
    'as-of': shared['as-of'],
    config: shared.config,
    rules: shared.rules,
    'min-severity': shared['min-severity'],
    strict: shared.strict,
  },
  async run(context) {
    const { args, rawArgs } = context;
    const io = ioOf(context);
    const minSeverity = severityOption(args['min-severity'], '--min-severity');
    const { report, search } = await evaluateRequest(requestFromArgs(args, rawArgs), io);
    const shown = minSeverity ? filterAdvice(report, minSeverity) : report;
    const name = candidateName(search);
    const out = args.out ?? defaultOut(args.file);
    // The calendar misses what a failed rule would have said: say so, and exit 4.
    const failed = failedRules(report);
    const done = failed.length > 0 ? EXIT.ruleFailed : EXIT.ok;
    for (const f of failed)
      io.stderr.write(
        `warning: rule ${terminalSafe(f.ruleId)} could not run: ${terminalSafe(f.detail)}\n`,
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
    io.stdout.write(`Wrote ${count(dated.length, 'dated action')} to ${terminalSafe(out)}.\n`);
    return done;
  },
});
