import { defineCommand } from 'citty';
import { createColors } from 'picocolors';
import { count } from '../../format/labels';
import { terminalSafe } from '../../format/terminal';
import { type JobSearch, safeParseSearch } from '../../index';
import { locateIssues, readJson, STDIN_NAME } from '../../node/index';
import { shared } from '../args';
import { stdoutColor } from '../color';
import { EXIT, listIssues } from '../errors';
import { ioOf } from '../io';

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

/** `validate <file|->`: checks a search file and lists every problem with its path. */
export const validate = defineCommand({
  meta: {
    name: 'validate',
    description: 'Check a search file and list every problem with its path',
  },
  args: {
    file: shared.file,
    strict: shared.strict,
    color: shared.color,
  },
  async run(context) {
    const { args } = context;
    const io = ioOf(context);
    const c = createColors(stdoutColor(args.color, io));
    const name = terminalSafe(args.file === '-' ? STDIN_NAME : args.file);
    const search = await readJson(args.file, { stdin: io.stdin });
    const result = safeParseSearch(search, { strict: args.strict === true });
    if (result.success)
      io.stdout.write(`${c.green('✓')} ${name} is a valid job search: ${summary(result.data)}.\n`);
    else
      io.stdout.write(
        `${c.red('✗')} ${listIssues(`${name} is not a valid job search`, locateIssues(search, result.error.issues))}\n`,
      );
    const unknown = locateIssues(search, result.warnings);
    if (unknown.length > 0) {
      const keys = unknown.length === 1 ? '1 key' : `${unknown.length} keys`;
      const lines = unknown.map((i) => `  - ${i.path}: ${i.message}\n`).join('');
      io.stdout.write(
        `${c.yellow('!')} ${name} has ${keys} the model does not know, ignored (--strict makes them errors):\n${lines}`,
      );
    }
    if (result.success) return EXIT.ok;
    return EXIT.invalid;
  },
});
