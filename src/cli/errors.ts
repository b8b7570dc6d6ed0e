import { terminalSafe } from '../index';

/** Exit codes of the CLI (documented in docs/cli.md). */
export const EXIT = {
  /** The command did what was asked. */
  ok: 0,
  /** `--fail-on` was given and advice at or above that severity exists. */
  advice: 1,
  /** Invalid input or usage: the message names the problem. */
  invalid: 2,
  /** A bug in job-search-health. */
  internal: 3,
  /** A rule could not run: the report was written, and names the rule and why. */
  ruleFailed: 4,
  /** The output could not be written (disk full, no permission, no such folder). */
  output: 5,
} as const;

/** The exit codes with what each means, in a line, for the help. */
export const EXIT_CODES: readonly { readonly code: number; readonly summary: string }[] = [
  { code: EXIT.ok, summary: 'success' },
  { code: EXIT.advice, summary: '--fail-on was given and advice at or above that severity exists' },
  { code: EXIT.invalid, summary: 'invalid input or usage (the message names the problem)' },
  { code: EXIT.internal, summary: 'internal error (a bug: please report it)' },
  { code: EXIT.ruleFailed, summary: 'a rule could not run (the report names it and why)' },
  {
    code: EXIT.output,
    summary: 'the output could not be written (disk full, permission, missing folder)',
  },
];

/** A user mistake the CLI reports in one message, without a stack trace. */
export class CliError extends Error {
  /** The exit code (default {@link EXIT.invalid}). */
  readonly exitCode: number;
  /** The command whose help to point to, for usage mistakes. */
  readonly usage?: string;

  /**
   * @param message - what is wrong, naming the file or option concerned.
   * @param options - the exit code, and the command to point to for usage.
   */
  constructor(message: string, options: { exitCode?: number; usage?: string } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? EXIT.invalid;
    if (options.usage !== undefined) this.usage = options.usage;
  }
}

/**
 * A list of problems with their paths, one per line, under a heading. Paths and messages echo
 * input (keys, ids, values), so each is made safe for a terminal and kept to its line.
 */
export function listIssues(
  heading: string,
  issues: readonly { readonly path: string; readonly message: string }[],
): string {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const lines = issues.map(
    (i) => `  - ${i.path === '' ? '(root)' : terminalSafe(i.path)}: ${terminalSafe(i.message)}`,
  );
  return `${terminalSafe(heading)} (${count}):\n${lines.join('\n')}`;
}
