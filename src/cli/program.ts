import { Command } from 'commander';
import { version } from '../../package.json';
import { closest, terminalSafe } from '../index';
import { batch } from './commands/batch';
import { calendar } from './commands/calendar';
import { evaluate } from './commands/evaluate';
import { history } from './commands/history';
import { importSheet } from './commands/import';
import { init } from './commands/init';
import { rules } from './commands/rules';
import { schema } from './commands/schema';
import { validate } from './commands/validate';
import { CliError, EXIT_CODES } from './errors';
import type { CliIo, CommandContext } from './io';

/** The program's name, as installed. */
export const NAME = 'job-search-health';

/** Every command, in the order the help lists them. */
const COMMANDS = [evaluate, validate, rules, schema, init, calendar, batch, importSheet, history];

const EXIT_CODES_HELP = `\nExit codes:\n${EXIT_CODES.map((e) => `  ${e.code}  ${e.summary}`).join('\n')}\n`;

/**
 * The command-line program: every command with its arguments, options and help, writing to the
 * streams of `io`. Parse mistakes and help throw a `CommanderError` instead of exiting; each
 * command's action hands its exit code to `finish`.
 */
export function createProgram(io: CliIo, finish: (code: number) => void): Command {
  const program = new Command(NAME)
    .description('Check the health of a job search and get prioritized, explained advice')
    .version(version, '-v, --version', 'Print the version')
    .helpOption('-h, --help', 'Print the help')
    .helpCommand(false)
    // Program options stop at the command: `evaluate x.json -v` is not a request for the version.
    .enablePositionalOptions()
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // main words every error itself.
      outputError: () => {},
    })
    .configureHelp({ helpWidth: 88 })
    .addHelpText('after', EXIT_CODES_HELP);
  const context: CommandContext = { io, finish };
  for (const command of COMMANDS) command(program, context);
  program
    .command('help')
    .description('Print the help of the program, or of a command')
    .argument('[command]', 'The command to explain')
    .action((name?: string) => {
      if (name === undefined) return program.help();
      const command = program.commands.find((c) => c.name() === name);
      if (command) return command.help();
      throw unknownCommand(name, program);
    });
  return program;
}

/** The error for a command the program does not have, with the closest one it has. */
export function unknownCommand(name: string, program: Command): CliError {
  const hint = closest(
    name,
    program.commands.map((c) => c.name()),
  );
  return new CliError(
    `unknown command "${terminalSafe(name)}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
    { usage: '' },
  );
}
