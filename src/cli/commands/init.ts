import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { defineCommand } from 'citty';
import { terminalSafe } from '../../format/terminal';
import { searchJsonSchema } from '../../index';
import { dateOption } from '../args';
import { CliError, EXIT } from '../errors';
import { ioOf } from '../io';
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

/** `init [file]`: writes a starter search file. */
export const init = defineCommand({
  meta: {
    name: 'init',
    description: 'Write a small starter search file, dated today; never overwrites a file',
  },
  args: {
    file: {
      type: 'positional',
      required: false,
      default: 'search.json',
      description: 'File to create, or - to print to standard output',
      valueHint: 'file|-',
    },
    date: {
      type: 'string',
      description: 'Date to use instead of today (YYYY-MM-DD)',
      valueHint: 'date',
    },
  },
  async run(context) {
    const { args } = context;
    const io = ioOf(context);
    const date = dateOption(args.date, '--date')?.slice(0, 10) ?? today();
    const file = args.file;
    const schema = file === '-' ? String(searchJsonSchema().$id) : schemaReference(file);
    const text = `${JSON.stringify(starterSearch(date, schema), null, 2)}\n`;
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
  },
});
