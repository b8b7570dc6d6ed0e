import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { defineCommand } from 'citty';
import { createColors } from 'picocolors';
import { fromRows, IMPORT_FIELDS, parseDelimited } from '../../import/index';
import { STAGES, type Stage } from '../../index';
import { readText, STDIN_NAME } from '../../node/index';
import { repeated } from '../args';
import { stderrColor } from '../color';
import { CliError, EXIT } from '../errors';
import { ioOf } from '../io';
import { writeFailure } from '../write';

const SPREADSHEET_FILES = new Set(['.xlsx', '.xlsm', '.xls', '.ods', '.numbers']);

/** Splits repeated `name=value` options into a record, naming the option when one is malformed. */
function pairs(values: readonly string[], option: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const at = value.lastIndexOf('=');
    if (at <= 0 || at === value.length - 1)
      throw new CliError(
        `invalid value "${value}" for ${option}: expected "Column name=field", such as "Employer=company"`,
        { usage: 'import' },
      );
    out[value.slice(0, at).trim()] = value.slice(at + 1).trim();
  }
  return out;
}

function statusOption(values: readonly string[]): Record<string, Stage> {
  const out: Record<string, Stage> = {};
  for (const [word, stage] of Object.entries(pairs(values, '--status'))) {
    if (!(STAGES as readonly string[]).includes(stage))
      throw new CliError(
        `invalid stage "${stage}" for --status "${word}": expected one of ${STAGES.join(', ')}`,
      );
    out[word] = stage as Stage;
  }
  return out;
}

/** `import <sheet>`: turns a CSV or TSV sheet with one row per application into a search file. */
export const importSheet = defineCommand({
  meta: {
    name: 'import',
    description:
      'Turn a spreadsheet or tracker export (CSV or TSV, one row per application) into a search file',
  },
  args: {
    file: {
      type: 'positional',
      required: true,
      description: 'Sheet to read (CSV or TSV, UTF-8), or - to read standard input',
      valueHint: 'file|-',
    },
    out: {
      type: 'string',
      alias: 'o',
      description: 'Write the search to this file (never overwritten) instead of standard output',
      valueHint: 'file',
    },
    map: {
      type: 'string',
      description: `Read a column as a field, "Column=field"; repeatable. Fields: ${IMPORT_FIELDS.join(', ')}`,
      valueHint: 'column=field',
    },
    status: {
      type: 'string',
      description: 'Read a status word as a stage, "Word=stage"; repeatable',
      valueHint: 'word=stage',
    },
    'date-format': {
      type: 'string',
      description:
        'Date pattern of the sheet (date-fns tokens), such as dd/MM/yyyy; settles dates like 03/04/2026',
      valueHint: 'pattern',
    },
    name: {
      type: 'string',
      description: "The job seeker's name, for the report heading",
      valueHint: 'name',
    },
  },
  async run(context) {
    const { args, rawArgs } = context;
    const io = ioOf(context);
    const c = createColors(stderrColor(io));
    const source = args.file === '-' ? STDIN_NAME : args.file;
    if (SPREADSHEET_FILES.has(extname(args.file).toLowerCase()))
      throw new CliError(
        `${source}: spreadsheet files are not read directly; save the sheet as CSV first (Google Sheets: File > Download > Comma-separated values; Excel: Save As > CSV UTF-8), then import the CSV`,
      );
    const text = await readText(args.file, { stdin: io.stdin });
    if (text.startsWith('PK\u0003\u0004'))
      throw new CliError(
        `${source}: this is a compressed spreadsheet (such as XLSX), not CSV; save the sheet as CSV first, then import the CSV`,
      );
    const table = parseDelimited(
      text,
      extname(args.file).toLowerCase() === '.tsv' ? { delimiter: '\t' } : {},
    );
    const result = fromRows(table.rows, {
      map: pairs(repeated(rawArgs, 'map'), '--map'),
      statuses: statusOption(repeated(rawArgs, 'status')),
      ...(args['date-format'] ? { dateFormat: args['date-format'] } : {}),
      ...(args.name ? { candidate: { name: args.name } } : {}),
    });
    const issues = [...table.issues, ...result.issues];
    const errors = issues.filter((i) => i.severity === 'error');
    const warnings = issues.filter((i) => i.severity === 'warning');
    const list = (items: typeof issues) => items.map((i) => `  - ${i.message}\n`).join('');
    if (errors.length > 0) {
      io.stderr.write(
        `${c.red('✗')} ${source} was not imported (${errors.length === 1 ? '1 problem' : `${errors.length} problems`}; fix them in the sheet or with --map, --status or --date-format):\n${list(errors)}`,
      );
      if (warnings.length > 0) io.stderr.write(`Also:\n${list(warnings)}`);
      return EXIT.invalid;
    }
    const json = `${JSON.stringify(result.search, null, 2)}\n`;
    if (args.out === undefined) io.stdout.write(json);
    else
      try {
        await writeFile(args.out, json, { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST')
          throw new CliError(
            `${args.out} already exists; import never overwrites a file: choose another name`,
          );
        throw writeFailure(args.out, error);
      }
    const count =
      result.applications === 1 ? '1 application' : `${result.applications} applications`;
    const into = args.out === undefined ? '' : ` into ${args.out}`;
    io.stderr.write(
      `${c.green('✓')} Imported ${count} from ${source}${into}${warnings.length > 0 ? `, with ${warnings.length === 1 ? '1 note' : `${warnings.length} notes`}:\n${list(warnings)}` : '.\n'}`,
    );
    return EXIT.ok;
  },
});
