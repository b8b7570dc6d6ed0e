import type { Command } from 'commander';
import {
  formatHistoryHtml,
  historyMarkdown,
  historyText,
  searchHistory,
  terminalSafe,
} from '../../index';
import { loadAdvisor } from '../advisor';
import { CliError, EXIT } from '../errors';
import type { CliIo, CommandContext } from '../io';
import {
  addEvaluationOptions,
  addValueOption,
  type EvaluationOptions,
  oneOf,
  SEARCH_FILE,
} from '../options';
import { candidateName, evaluating, readSearchFile } from '../search-file';

const HISTORY_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
type HistoryFormat = (typeof HISTORY_FORMATS)[number];

/** `--weeks`, checked: a whole number of weeks from 1 to 104. */
function weeks(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > 104)
    throw new CliError(
      `invalid value "${terminalSafe(value)}" for --weeks: expected a whole number from 1 to 104`,
    );
  return count;
}

/** The options of `history`, as commander hands them to its action. */
interface HistoryCommandOptions extends EvaluationOptions {
  readonly format: HistoryFormat;
  readonly weeks?: number;
}

async function run(file: string, options: HistoryCommandOptions, io: CliIo): Promise<number> {
  const { advisor } = await loadAdvisor(options);
  const input = await readSearchFile(file, options.strict === true, io);
  const points = await evaluating(input, () =>
    searchHistory(input.search, {
      advisor,
      strict: options.strict === true,
      ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
      ...(options.weeks !== undefined ? { maxWeeks: options.weeks } : {}),
    }),
  );
  const name = candidateName(input.search);
  const named = name === undefined ? {} : { name };
  const { format } = options;
  const output =
    format === 'json'
      ? `${JSON.stringify(points, null, 2)}\n`
      : format === 'html'
        ? formatHistoryHtml(points, named)
        : format === 'markdown'
          ? historyMarkdown(points, name)
          : historyText(points, name);
  io.stdout.write(output);
  return EXIT.ok;
}

/** `history <file|->`: the search evaluated at the end of each week of its life. */
export function history(program: Command, { io, finish }: CommandContext): void {
  const command = program
    .command('history')
    .description('Show how a search went week by week: score, applications, companies, outlook')
    .argument(SEARCH_FILE.name, SEARCH_FILE.description);
  addEvaluationOptions(command, 'The last week ends on this date (default: now)');
  addValueOption(command, {
    flags: '-f, --format <format>',
    description: `Output format: ${HISTORY_FORMATS.join('|')} (default: text)`,
    parse: (value, option) => oneOf(value, HISTORY_FORMATS, option),
  });
  addValueOption(command, {
    flags: '--weeks <n>',
    description: 'Most weeks to go back (default: 26)',
    parse: weeks,
  });
  command.action(async (file: string, options: HistoryCommandOptions) =>
    finish(await run(file, { ...options, format: options.format ?? 'text' }, io)),
  );
}
