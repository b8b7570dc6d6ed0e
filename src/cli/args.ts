import type { ArgsDef } from 'citty';
import { asOfProblem } from '../engine/as-of';
import { closest } from '../engine/suggest';
import { terminalSafe } from '../format/terminal';
import { SEVERITIES, type Severity } from '../index';
import { CliError } from './errors';

/** Options shared by several commands, as citty argument definitions. */
export const shared = {
  file: {
    type: 'positional',
    required: true,
    description: 'Search file (JSON), or - to read standard input',
    valueHint: 'file|-',
  },
  'as-of': {
    type: 'string',
    description:
      'Evaluation date: YYYY-MM-DD, or an ISO 8601 date-time with a time zone (default: now)',
    valueHint: 'date',
  },
  config: {
    type: 'string',
    description: 'Configuration file (JSON): rule settings, rule sets, outlook',
    valueHint: 'file',
  },
  rules: {
    type: 'string',
    description: 'Rule set file (JSON) to add to the rules; repeatable',
    valueHint: 'file',
  },
  'min-severity': {
    type: 'string',
    description: `Only show advice at this severity or above: ${SEVERITIES.join('|')}`,
    valueHint: 'severity',
  },
  strict: {
    type: 'boolean',
    description: 'Reject keys the search model does not know',
  },
  color: {
    type: 'boolean',
    description: 'Always use colours (default: only on a terminal, unless NO_COLOR is set)',
    negativeDescription: 'Never use colours',
  },
} as const satisfies ArgsDef;

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Checks what citty lets through or reports poorly: options the command does not define, string
 * options without a value, and missing or extra positional arguments.
 */
export function checkArgs(command: string, rawArgs: readonly string[], defs: ArgsDef): void {
  const strings = new Set<string>();
  const booleans = new Set<string>();
  const shorts = new Map<string, string>();
  const positionals: { name: string; required: boolean }[] = [];
  const known: string[] = [];
  for (const [name, def] of Object.entries(defs)) {
    if (def.type === 'positional') {
      positionals.push({ name, required: def.required !== false && def.default === undefined });
      continue;
    }
    const names = def.type === 'boolean' ? booleans : strings;
    names.add(name).add(camel(name));
    known.push(name);
    if ('alias' in def) for (const alias of [def.alias ?? []].flat()) shorts.set(alias, name);
  }
  const unknown = (option: string) => {
    const hint = closest(option.replace(/^-+/, ''), known);
    return new CliError(
      `unknown option ${terminalSafe(option)} for "${command}"${hint ? ` (did you mean --${hint}?)` : ''}`,
      { usage: command },
    );
  };
  const given: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i] ?? '';
    if (arg === '--') {
      given.push(...rawArgs.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      given.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const [flag = '', inline] = long ? arg.slice(2).split(/=(.*)/s) : [arg.slice(1)];
    const name = long ? flag : shorts.get(flag);
    if (name === undefined) throw unknown(arg);
    if (booleans.has(name) || (name.startsWith('no-') && booleans.has(name.slice(3)))) continue;
    if (!strings.has(name)) throw unknown(arg);
    const value = inline ?? rawArgs[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-'))
      throw new CliError(`option --${name} needs a value`, { usage: command });
    if (inline === undefined) i += 1;
  }
  if (given.length > positionals.length)
    throw new CliError(
      `unexpected argument "${terminalSafe(given[positionals.length] ?? '')}" for "${command}"`,
      {
        usage: command,
      },
    );
  const missing = positionals.slice(given.length).find((p) => p.required);
  if (missing) throw new CliError(`missing <${missing.name}> for "${command}"`, { usage: command });
}

/** Every value of a repeatable string option, in order (citty keeps only the last). */
export function repeated(rawArgs: readonly string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i] ?? '';
    if (arg === '--') break;
    for (const spelling of new Set([name, camel(name)])) {
      if (arg === `--${spelling}` && rawArgs[i + 1] !== undefined) {
        values.push(rawArgs[i + 1] ?? '');
        i += 1;
      } else if (arg.startsWith(`--${spelling}=`)) values.push(arg.slice(spelling.length + 3));
    }
  }
  return values;
}

/** Checks that an option's value is one of `allowed` (an absent value stays absent). */
export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T;
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T | undefined;
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(
    `invalid value "${terminalSafe(value)}" for ${option}: expected one of ${allowed.join(', ')}`,
  );
}

/** Checks a severity option. */
export function severityOption(value: string | undefined, option: string): Severity | undefined {
  return oneOf(value, SEVERITIES, option);
}

/**
 * Checks a date option as the library reads `asOf` (`parseAsOf`): a real calendar date,
 * YYYY-MM-DD, or an ISO 8601 date-time with a time zone, within the accepted years.
 */
export function dateOption(value: string | undefined, option: string): string | undefined {
  const problem = value === undefined ? undefined : asOfProblem(value);
  if (value === undefined || problem === undefined) return value;
  throw new CliError(`invalid date "${terminalSafe(value)}" for ${option}: ${problem}`);
}
