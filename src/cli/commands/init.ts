import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { searchJsonSchema, terminalSafe } from '../../index';
import { CliError, EXIT } from '../errors';
import type { CliIo, CommandContext } from '../io';
import { addValueOption, date } from '../options';
import { starterSearch } from '../starter';
import { writeFailure } from '../write';

const SCHEMA_IN_PACKAGE = join('node_modules', 'job-search-health', 'dist', 'search.schema.json');

/** Today's date where the user is (YYYY-MM-DD): the one place the CLI reads the clock. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The schema reference for a new file: a relative path to the installed package's schema when
 * the file's project has it in node_modules (editors then complete offline), otherwise its URL.
 */
function schemaReference(file: string): string {
  const from = dirname(resolve(file));
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, SCHEMA_IN_PACKAGE))) {
      const path = relative(from, join(dir, SCHEMA_IN_PACKAGE)).split(sep).join('/');
      return path.startsWith('.') ? path : `./${path}`;
    }
    if (dirname(dir) === dir) return String(searchJsonSchema().$id);
  }
}

async function run(file: string, options: { date?: string }, io: CliIo): Promise<number> {
  const day = options.date?.slice(0, 10) ?? today();
  const schema = file === '-' ? String(searchJsonSchema().$id) : schemaReference(file);
  const text = `${JSON.stringify(starterSearch(day, schema), null, 2)}\n`;
  if (file === '-') {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new CliError(
        `${terminalSafe(file)} already exists; init never overwrites a file: choose another name (job-search-health init <file>)`,
      );
    throw writeFailure(file, error);
  }
  const shown = terminalSafe(file);
  io.stdout.write(
    `Created ${shown}. Replace the examples with your own search, then run:\n  job-search-health validate ${shown}\n  job-search-health evaluate ${shown}\n`,
  );
  return EXIT.ok;
}

/** `init [file]`: writes a starter search file. */
export function init(program: Command, { io, finish }: CommandContext): void {
  const command = program
    .command('init')
    .description('Write a small starter search file, dated today; never overwrites a file')
    .argument('[file]', 'File to create, or - to print to standard output', 'search.json');
  addValueOption(command, {
    flags: '--date <date>',
    description: 'Date to use instead of today (YYYY-MM-DD)',
    parse: date,
  });
  command.action(async (file: string, options: { date?: string }) =>
    finish(await run(file, options, io)),
  );
}
