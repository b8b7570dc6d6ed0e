import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { formatCount as count, type JobSearch, safeParseSearch, terminalSafe } from '../../index';
import { locateIssues, readJson, STDIN_NAME } from '../../node/index';
import { stdoutColor } from '../color';
import { EXIT, listIssues } from '../errors';
import type { CliIo, CommandContext } from '../io';
import { addColor, addSwitch, SEARCH_FILE } from '../options';

function summary(search: JobSearch): string {
  return [
    count(search.applications.length, 'application'),
    count(search.companies.length, 'company', 'companies'),
    count(search.contacts.length, 'contact'),
    count(search.referrals.length, 'referral'),
    count(search.messages.length, 'message'),
    count(search.interviews.length, 'interview'),
    count(search.offers.length, 'offer'),
  ].join(', ');
}

/** The options of `validate`, as commander hands them to its action. */
interface ValidateOptions {
  readonly strict?: boolean;
  readonly color?: boolean;
}

async function run(file: string, options: ValidateOptions, io: CliIo): Promise<number> {
  const c = createColors(stdoutColor(options.color, io));
  const name = terminalSafe(file === '-' ? STDIN_NAME : file);
  const search = await readJson(file, { stdin: io.stdin });
  const result = safeParseSearch(search, { strict: options.strict === true });
  if (result.success)
    io.stdout.write(`${c.green('✓')} ${name} is a valid job search: ${summary(result.data)}.\n`);
  else
    io.stdout.write(
      `${c.red('✗')} ${listIssues(`${name} is not a valid job search`, locateIssues(search, result.error.issues))}\n`,
    );
  const unknown = locateIssues(search, result.warnings);
  if (unknown.length > 0) {
    const lines = unknown
      .map((i) => `  - ${terminalSafe(i.path)}: ${terminalSafe(i.message)}\n`)
      .join('');
    io.stdout.write(
      `${c.yellow('!')} ${name} has ${count(unknown.length, 'key')} the model does not know, ignored (--strict makes them errors):\n${lines}`,
    );
  }
  return result.success ? EXIT.ok : EXIT.invalid;
}

/** `validate <file|->`: checks a search file and lists every problem with its path. */
export function validate(program: Command, { io, finish }: CommandContext): void {
  const command = program
    .command('validate')
    .description('Check a search file and list every problem with its path')
    .argument(SEARCH_FILE.name, SEARCH_FILE.description);
  addSwitch(command, 'strict', 'Reject keys the search model does not know');
  addColor(command);
  command.action(async (file: string, options: ValidateOptions) =>
    finish(await run(file, options, io)),
  );
}
