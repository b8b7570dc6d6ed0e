import { defineCommand } from 'citty';
import {
  formatHistoryHtml,
  historyMarkdown,
  historyText,
  SearchValidationError,
  searchHistory,
} from '../../index';
import { readJson, STDIN_NAME } from '../../node/index';
import { loadAdvisor } from '../advisor';
import { oneOf, shared } from '../args';
import { CliError, EXIT, listIssues } from '../errors';
import { ioOf } from '../io';
import { candidateName } from '../search-name';
import { requestFromArgs } from './evaluate';

const HISTORY_FORMATS = ['text', 'markdown', 'json', 'html'] as const;

/** `--weeks`, checked: a whole number of weeks from 1 to 104. */
function weeksOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const weeks = Number(value);
  if (!/^\d+$/.test(value) || weeks < 1 || weeks > 104)
    throw new CliError(
      `invalid value "${value}" for --weeks: expected a whole number from 1 to 104`,
    );
  return weeks;
}

/** `history <file|->`: the search evaluated at the end of each week of its life. */
export const history = defineCommand({
  meta: {
    name: 'history',
    description: 'Show how a search went week by week: score, applications, companies, outlook',
  },
  args: {
    file: shared.file,
    'as-of': { ...shared['as-of'], description: 'The last week ends on this date (default: now)' },
    format: {
      type: 'string',
      alias: 'f',
      description: `Output format: ${HISTORY_FORMATS.join('|')} (default: text)`,
      valueHint: 'format',
    },
    weeks: {
      type: 'string',
      description: 'Most weeks to go back (default: 26)',
      valueHint: 'n',
    },
    config: shared.config,
    rules: shared.rules,
    strict: shared.strict,
  },
  async run(context) {
    const { args, rawArgs } = context;
    const io = ioOf(context);
    const format = oneOf(args.format, HISTORY_FORMATS, '--format') ?? 'text';
    const maxWeeks = weeksOption(args.weeks);
    const request = requestFromArgs(args, rawArgs);
    const { advisor } = await loadAdvisor(request);
    const search = await readJson(request.file, { stdin: io.stdin });
    let points: Awaited<ReturnType<typeof searchHistory>>;
    try {
      points = await searchHistory(search, {
        advisor,
        strict: request.strict,
        ...(request.asOf !== undefined ? { asOf: request.asOf } : {}),
        ...(maxWeeks !== undefined ? { maxWeeks } : {}),
      });
    } catch (error) {
      if (error instanceof SearchValidationError)
        throw new CliError(
          listIssues(
            `${request.file === '-' ? STDIN_NAME : request.file} is not a valid job search`,
            error.issues,
          ),
        );
      throw error;
    }
    const name = candidateName(search);
    const named = name === undefined ? {} : { name };
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
  },
});
