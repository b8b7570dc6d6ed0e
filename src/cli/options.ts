import { type Command, Option } from 'commander';
import { asOfProblem, SEVERITIES, type Severity, terminalSafe } from '../index';
import { CliError } from './errors';

/** `as-of` → `asOf`: the spelling commander stores an option under, also accepted as a flag. */
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** What a value option is, besides its flags. */
interface ValueOption<T> {
  /** `-f, --format <format>`: short flag (if any), long flag and value hint. */
  readonly flags: string;
  /** The help text. */
  readonly description: string;
  /** Checks and converts the value; throws a {@link CliError} naming `option` when it is wrong. */
  readonly parse?: (value: string, option: string) => T;
  /** Whether each use adds a value (the option's value is then a list). */
  readonly repeatable?: boolean;
}

/**
 * Adds an option that takes a value. A value that looks like another option (`--format
 * --strict`) is refused rather than swallowed; a name of several words is also accepted in
 * camelCase (`--asOf`), as an undocumented alias.
 */
export function addValueOption<T = string>(command: Command, spec: ValueOption<T>): Command {
  const option = new Option(spec.flags, spec.description);
  const long = option.long ?? '';
  const parse = (value: string, previous: unknown) => {
    if (value.startsWith('-') && value !== '-')
      throw new CliError(`option ${long} needs a value`, { usage: command.name() });
    const parsed = spec.parse ? spec.parse(value, long) : value;
    return spec.repeatable ? [...((previous as unknown[] | undefined) ?? []), parsed] : parsed;
  };
  command.addOption(option.argParser(parse));
  const alias = camel(long.slice(2));
  if (alias !== long.slice(2))
    command.addOption(new Option(`--${alias} <value>`).hideHelp().argParser(parse));
  return command;
}

/**
 * Adds a boolean option with its negation (`--strict`, `--no-strict`): given both, the last
 * wins. The negation is listed in the help only when it has a description of its own.
 */
export function addSwitch(
  command: Command,
  name: string,
  description: string,
  negativeDescription?: string,
): Command {
  command.addOption(new Option(`--${name}`, description));
  const negative = new Option(`--no-${name}`, negativeDescription ?? `Not --${name}`);
  return command.addOption(negativeDescription === undefined ? negative.hideHelp() : negative);
}

/** Checks that a value is one of `allowed`. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(
    `invalid value "${terminalSafe(value)}" for ${option}: expected one of ${allowed.join(', ')}`,
  );
}

/** Checks a severity. */
export function severity(value: string, option: string): Severity {
  return oneOf(value, SEVERITIES, option);
}

/**
 * Checks a date as the library reads `asOf` (`parseAsOf`): a real calendar date, YYYY-MM-DD,
 * or an ISO 8601 date-time with a time zone, within the accepted years.
 */
export function date(value: string, option: string): string {
  const problem = asOfProblem(value);
  if (problem === undefined) return value;
  throw new CliError(`invalid date "${terminalSafe(value)}" for ${option}: ${problem}`);
}

/** The positional search file most commands read. */
export const SEARCH_FILE = {
  name: '<file>',
  description: 'Search file (JSON), or - to read standard input',
} as const;

/** `--config` and `--rules`: where the rules come from (see {@link RuleSourceOptions}). */
export function addRuleSources(command: Command): Command {
  addValueOption(command, {
    flags: '--config <file>',
    description: 'Configuration file (JSON): rule settings, rule sets, outlook',
  });
  return addValueOption(command, {
    flags: '--rules <file>',
    description: 'Rule set file (JSON) to add to the rules; repeatable',
    repeatable: true,
  });
}

/** The options {@link addRuleSources} adds, as commander hands them to an action. */
export interface RuleSourceOptions {
  /** `--config <file>`. */
  readonly config?: string;
  /** Every `--rules <file>`, in order. */
  readonly rules?: readonly string[];
}

/**
 * The options of every command that evaluates a search: `--as-of`, `--config`, `--rules` and
 * `--strict` (see {@link EvaluationOptions}).
 */
export function addEvaluationOptions(
  command: Command,
  asOfDescription = 'Evaluation date: YYYY-MM-DD, or an ISO 8601 date-time with a time zone (default: now)',
): Command {
  addValueOption(command, { flags: '--as-of <date>', description: asOfDescription, parse: date });
  addRuleSources(command);
  return addSwitch(command, 'strict', 'Reject keys the search model does not know');
}

/** The options {@link addEvaluationOptions} adds, as commander hands them to an action. */
export interface EvaluationOptions extends RuleSourceOptions {
  /** `--as-of`, already checked. */
  readonly asOf?: string;
  /** `--strict` (or `--no-strict`). */
  readonly strict?: boolean;
}

/** `--min-severity`: advice shown. */
export function addMinSeverity(command: Command): Command {
  return addValueOption(command, {
    flags: '--min-severity <severity>',
    description: `Only show advice at this severity or above: ${SEVERITIES.join('|')}`,
    parse: severity,
  });
}

/** `--color` and `--no-color`. */
export function addColor(command: Command): Command {
  return addSwitch(
    command,
    'color',
    'Always use colours (default: only on a terminal, unless NO_COLOR is set)',
    'Never use colours',
  );
}
