import type { CliIo } from './io';

/** Where the CLI writes and what it knows of the terminal. */
export interface Terminal {
  /** Whether the stream is a terminal. */
  readonly isTTY: boolean;
  /** The environment (for `NO_COLOR` and `TERM`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Whether to colour output. `--color` / `--no-color` decide when given (a flag given for one run
 * overrides the environment, as no-color.org asks); otherwise colour only on a terminal, and
 * never when `NO_COLOR` is set to a non-empty value or `TERM` is `dumb`.
 */
export function useColor(flag: boolean | undefined, terminal: Terminal): boolean {
  if (flag !== undefined) return flag;
  const { NO_COLOR, TERM } = terminal.env;
  if ((NO_COLOR !== undefined && NO_COLOR !== '') || TERM === 'dumb') return false;
  return terminal.isTTY;
}

/** Colour decision for standard output. */
export function stdoutColor(flag: boolean | undefined, io: CliIo): boolean {
  return useColor(flag, { isTTY: io.stdout.isTTY === true, env: io.env });
}

/** Colour decision for standard error (error messages, help after a usage mistake). */
export function stderrColor(io: CliIo): boolean {
  return useColor(undefined, { isTTY: io.stderr.isTTY === true, env: io.env });
}
