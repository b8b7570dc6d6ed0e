import { type Command, CommanderError } from 'commander';
import { createColors } from 'picocolors';
import { closest, terminalSafe } from '../index';
import { InputError } from '../node/index';
import { stderrColor } from './color';
import { CliError, EXIT } from './errors';
import type { CliIo } from './io';
import { createProgram, NAME, unknownCommand } from './program';

/**
 * A commander parse error as the CLI words it, naming the command whose help to point to, or
 * undefined after help or the version was printed as asked. With suggestions off, commander's
 * message quotes exactly the one thing it is about: the option, argument or command.
 */
function usageError(error: CommanderError, command: Command): CliError | undefined {
  const usage = command.parent ? command.name() : '';
  const quoted = /'([\s\S]*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownCommand':
      return unknownCommand(quoted, command);
    case 'commander.unknownOption': {
      if (!command.parent)
        return new CliError(`unknown option "${terminalSafe(quoted)}"`, { usage });
      const known = command.options.filter((o) => !o.hidden).map((o) => o.name());
      const hint = closest(quoted.replace(/^-+/, ''), known);
      return new CliError(
        `unknown option ${terminalSafe(quoted)} for "${usage}"${hint ? ` (did you mean --${hint}?)` : ''}`,
        { usage },
      );
    }
    case 'commander.optionMissingArgument': {
      const option = command.options.find((o) => o.flags === quoted);
      return new CliError(`option ${option?.long ?? quoted} needs a value`, { usage });
    }
    case 'commander.missingArgument':
      return new CliError(`missing <${quoted}> for "${usage}"`, { usage });
    case 'commander.excessArguments': {
      const extra = command.args[command.registeredArguments.length] ?? '';
      return new CliError(`unexpected argument "${terminalSafe(extra)}" for "${usage}"`, { usage });
    }
    // Help for a program run without a command, written to standard error.
    case 'commander.help':
      return error.exitCode === 0 ? undefined : new CliError('no command given');
    case 'commander.helpDisplayed':
    case 'commander.version':
      return undefined;
    default:
      return new CliError(error.message.replace(/^error: /, ''), { usage });
  }
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
  let exitCode: number = EXIT.ok;
  let active: Command | undefined;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  program.hook('preSubcommand', (_, command) => {
    active = command;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (caught) {
    const error = caught instanceof CommanderError ? usageError(caught, active ?? program) : caught;
    if (error === undefined) return EXIT.ok;
    const { message, exitCode: code, usage: command } = describe(error);
    const c = createColors(stderrColor(io));
    const help =
      command === undefined
        ? ''
        : `\n${c.dim(`Run "${NAME}${command ? ` ${command}` : ''} --help" for usage.`)}`;
    // Messages quote arguments and files; lines they were built from stay, nothing else does.
    io.stderr.write(
      `${c.red(c.bold('error:'))} ${terminalSafe(message, { keepNewlines: true })}${help}\n`,
    );
    return code;
  }
}
