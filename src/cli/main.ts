import { stripVTControlCharacters } from 'node:util';
import { type ArgsDef, type CommandDef, defineCommand, renderUsage, runCommand } from 'citty';
import { createColors } from 'picocolors';
import { version } from '../../package.json';
import { closest } from '../engine/suggest';
import { terminalSafe } from '../format/terminal';
import { InputError } from '../node/index';
import { checkArgs } from './args';
import { stderrColor, stdoutColor } from './color';
import { batch } from './commands/batch';
import { calendar } from './commands/calendar';
import { evaluate } from './commands/evaluate';
import { history } from './commands/history';
import { importSheet } from './commands/import';
import { init } from './commands/init';
import { rules } from './commands/rules';
import { schema } from './commands/schema';
import { validate } from './commands/validate';
import { CliError, EXIT } from './errors';
import type { CliIo } from './io';

const NAME = 'job-search-health';

// biome-ignore lint/suspicious/noExplicitAny: commands have different argument types.
const COMMANDS: Record<string, CommandDef<any>> = {
  evaluate,
  validate,
  rules,
  schema,
  init,
  calendar,
  batch,
  import: importSheet,
  history,
};

const program = defineCommand({
  meta: {
    name: NAME,
    version,
    description: 'Check the health of a job search and get prioritized, explained advice',
  },
  subCommands: COMMANDS,
});

const EXIT_CODES = `EXIT CODES

  0  success
  1  --fail-on was given and advice at or above that severity exists
  2  invalid input or usage (the message names the problem)
  3  internal error (a bug: please report it)
  4  a rule could not run (the report names it and why)
  5  the output could not be written (disk full, permission, missing folder)`;

async function usage(color: boolean, command?: CommandDef<ArgsDef>): Promise<string> {
  const text = command ? await renderUsage(command, program) : await renderUsage(program);
  const full = command ? text : `${text}\n\n${EXIT_CODES}`;
  const shown = color ? full : stripVTControlCharacters(full);
  return `${shown.replace(/[ \t]+$/gm, '')}\n`;
}

// biome-ignore lint/suspicious/noExplicitAny: commands have different argument types.
function find(name: string): CommandDef<any> {
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command) return command;
  const hint = name.startsWith('-') ? undefined : closest(name, Object.keys(COMMANDS));
  throw new CliError(
    `${name.startsWith('-') ? 'unknown option' : 'unknown command'} "${terminalSafe(name)}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
    { usage: '' },
  );
}

function before(args: readonly string[], end: string): readonly string[] {
  const index = args.indexOf(end);
  return index === -1 ? args : args.slice(0, index);
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(await usage(stderrColor(io)));
    throw new CliError('no command given');
  }
  if (first === '--help' || first === '-h') {
    io.stdout.write(await usage(stdoutColor(undefined, io)));
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    const topic = rest[0] === undefined ? undefined : find(rest[0]);
    io.stdout.write(await usage(stdoutColor(undefined, io), topic));
    return EXIT.ok;
  }
  const command = find(first);
  if (before(rest, '--').some((a) => a === '--help' || a === '-h')) {
    io.stdout.write(await usage(stdoutColor(undefined, io), command));
    return EXIT.ok;
  }
  checkArgs(first, rest, command.args as ArgsDef);
  const { result } = await runCommand(command, { rawArgs: [...rest], data: io });
  // Every command returns its exit code; citty types results as unknown.
  return result as number;
}

function describe(error: unknown): { message: string; exitCode: number; usage?: string } {
  if (error instanceof CliError)
    return {
      message: error.message,
      exitCode: error.exitCode,
      ...(error.usage !== undefined ? { usage: error.usage } : {}),
    };
  if (error instanceof InputError) return { message: error.message, exitCode: EXIT.invalid };
  return {
    message: `internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    exitCode: EXIT.internal,
  };
}

/**
 * Runs the CLI on `argv` (the arguments after the program name) with the streams, environment
 * and schema folder of `io`, and returns the exit code. User mistakes print one message to
 * standard error, never a stack trace.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const { message, exitCode, usage: command } = describe(error);
    const c = createColors(stderrColor(io));
    const help =
      command === undefined
        ? ''
        : `\n${c.dim(`Run "${NAME}${command ? ` ${command}` : ''} --help" for usage.`)}`;
    // Messages quote arguments and files; lines they were built from stay, nothing else does.
    io.stderr.write(
      `${c.red(c.bold('error:'))} ${terminalSafe(message, { keepNewlines: true })}${help}\n`,
    );
    return exitCode;
  }
}
