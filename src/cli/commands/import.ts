import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { fromRows, IMPORT_FIELDS, parseDelimited } from '../../import/index';
import { formatCount, STAGES, type Stage, terminalSafe } from '../../index';
import { readText, STDIN_NAME } from '../../node/index';
import { stderrColor } from '../color';
import { CliError, EXIT } from '../errors';
import type { CliIo, CommandContext } from '../io';
import { addValueOption } from '../options';
import { writeFailure } from '../write';

const SPREADSHEET_FILES = new Set(['.xlsx', '.xlsm', '.xls', '.ods', '.numbers']);

/** Splits repeated `name=value` options into a record, naming the option when one is malformed. */
function pairs(values: readonly string[], option: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const at = value.lastIndexOf('=');
    if (at <= 0 || at === value.length - 1)
      throw new CliError(
        `invalid value "${terminalSafe(value)}" for ${option}: expected "Column name=field", such as "Employer=company"`,
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
        `invalid stage "${terminalSafe(stage)}" for --status "${terminalSafe(word)}": expected one of ${STAGES.join(', ')}`,
      );
    out[word] = stage as Stage;
  }
  return out;
}

/** The options of `import`, as commander hands them to its action. */
interface ImportOptions {
  readonly out?: string;
  readonly map?: readonly string[];
  readonly status?: readonly string[];
  readonly dateFormat?: string;
  readonly name?: string;
}

async function run(file: string, options: ImportOptions, io: CliIo): Promise<number> {
  const c = createColors(stderrColor(io));
  const source = terminalSafe(file === '-' ? STDIN_NAME : file);
  if (SPREADSHEET_FILES.has(extname(file).toLowerCase()))
    throw new CliError(
      `${source}: spreadsheet files are not read directly; save the sheet as CSV first (Google Sheets: File > Download > Comma-separated values; Excel: Save As > CSV UTF-8), then import the CSV`,
    );
  const text = await readText(file, { stdin: io.stdin });
  if (text.startsWith('PK\u0003\u0004'))
    throw new CliError(
      `${source}: this is a compressed spreadsheet (such as XLSX), not CSV; save the sheet as CSV first, then import the CSV`,
    );
  const table = parseDelimited(
    text,
    extname(file).toLowerCase() === '.tsv' ? { delimiter: '\t' } : {},
  );
  const result = fromRows(table.rows, {
    map: pairs(options.map ?? [], '--map'),
    statuses: statusOption(options.status ?? []),
    ...(options.dateFormat ? { dateFormat: options.dateFormat } : {}),
    ...(options.name ? { candidate: { name: options.name } } : {}),
  });
  const issues = [...table.issues, ...result.issues];
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const list = (items: typeof issues) =>
    items.map((i) => `  - ${terminalSafe(i.message)}\n`).join('');
  if (errors.length > 0) {
    io.stderr.write(
      `${c.red('✗')} ${source} was not imported (${formatCount(errors.length, 'problem')}; fix them in the sheet or with --map, --status or --date-format):\n${list(errors)}`,
    );
    if (warnings.length > 0) io.stderr.write(`Also:\n${list(warnings)}`);
    return EXIT.invalid;
  }
  const json = `${JSON.stringify(result.search, null, 2)}\n`;
  if (options.out === undefined) io.stdout.write(json);
  else
    try {
      await writeFile(options.out, json, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new CliError(
          `${options.out} already exists; import never overwrites a file: choose another name`,
        );
      throw writeFailure(options.out, error);
    }
  const into = options.out === undefined ? '' : ` into ${terminalSafe(options.out)}`;
  io.stderr.write(
    `${c.green('✓')} Imported ${formatCount(result.applications, 'application')} from ${source}${into}${warnings.length > 0 ? `, with ${formatCount(warnings.length, 'note')}:\n${list(warnings)}` : '.\n'}`,
  );
  return EXIT.ok;
}

/** `import <file|->`: turns a CSV or TSV sheet with one row per application into a search file. */
export function importSheet(program: Command, { io, finish }: CommandContext): void {
  const command = program
    .command('import')
    .description(
      'Turn a spreadsheet or tracker export (CSV or TSV, one row per application) into a search file',
    )
    .argument('<file>', 'Sheet to read (CSV or TSV, UTF-8), or - to read standard input');
  addValueOption(command, {
    flags: '-o, --out <file>',
    description: 'Write the search to this file (never overwritten) instead of standard output',
  });
  addValueOption(command, {
    flags: '--map <column=field>',
    description: `Read a column as a field, "Column=field"; repeatable. Fields: ${IMPORT_FIELDS.join(', ')}`,
    repeatable: true,
  });
  addValueOption(command, {
    flags: '--status <word=stage>',
    description: 'Read a status word as a stage, "Word=stage"; repeatable',
    repeatable: true,
  });
  addValueOption(command, {
    flags: '--date-format <pattern>',
    description:
      'Date pattern of the sheet (date-fns tokens), such as dd/MM/yyyy; settles dates like 03/04/2026',
  });
  addValueOption(command, {
    flags: '--name <name>',
    description: "The job seeker's name, for the report heading",
  });
  command.action(async (file: string, options: ImportOptions) =>
    finish(await run(file, options, io)),
  );
}
