import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AS_OF, hasAnsi, run, STORY, userError } from './run';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
);
const COMMANDS = ['evaluate', 'validate', 'rules', 'schema', 'init', 'calendar'];

describe('main: help and version', () => {
  it('prints the help, listing every command and the exit codes, for --help, -h and help', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const result = await run(args);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      for (const command of COMMANDS)
        expect(result.stdout).toMatch(new RegExp(`^ +${command} +\\S`, 'm'));
      expect(result.stdout).toContain('Exit codes:');
      expect(result.stdout).toMatch(/^ {2}3 {2}internal error/m);
      expect(result.stdout).not.toMatch(/[ \t]$/m);
      expect(hasAnsi(result.stdout)).toBe(false);
    }
  });

  it("prints a command's help, without the exit codes, however it is asked for", async () => {
    for (const args of [
      ['help', 'calendar'],
      ['calendar', '--help'],
      ['calendar', 'x.json', '-h'],
    ]) {
      const result = await run(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: job-search-health calendar');
      for (const option of ['--out', '--as-of', '--config', '--rules', '--min-severity'])
        expect(result.stdout).toContain(option);
      expect(result.stdout).not.toContain('Exit codes:');
    }
  });

  it('treats --help after -- as an argument, not a request for help', async () => {
    expect(userError(await run(['validate', '--', '--help']))).toBe(
      'error: --help: file not found\n',
    );
  });

  it('prints its version with --version or -v', async () => {
    for (const flag of ['--version', '-v'])
      expect(await run([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('main: usage mistakes exit 2', () => {
  it('without a command, prints the help to standard error, then the error', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Commands:');
    expect(result.stderr).toContain('Exit codes:');
    expect(result.stderr).toMatch(/\nerror: no command given\n$/);
  });

  it('names an unknown command, suggesting the closest one when there is one', async () => {
    expect(userError(await run(['calender']))).toBe(
      'error: unknown command "calender" (did you mean "calendar"?)\nRun "job-search-health --help" for usage.\n',
    );
    expect(userError(await run(['frobnicate']))).toBe(
      'error: unknown command "frobnicate"\nRun "job-search-health --help" for usage.\n',
    );
    expect(userError(await run(['help', 'valdate']))).toContain(
      'unknown command "valdate" (did you mean "validate"?)',
    );
  });

  it('names an unknown option given before any command, without guessing a command', async () => {
    expect(userError(await run(['--verbose', 'evaluate']))).toBe(
      'error: unknown option "--verbose"\nRun "job-search-health --help" for usage.\n',
    );
  });

  it("points to the command's help after a mistake in its arguments", async () => {
    expect(userError(await run(['schema', 'search', 'config']))).toBe(
      'error: unexpected argument "config" for "schema"\nRun "job-search-health schema --help" for usage.\n',
    );
  });

  it('colours the error on a terminal standard error only', async () => {
    const onTerminal = await run(['frobnicate'], { tty: { stderr: true } });
    expect(onTerminal.code).toBe(2);
    expect(hasAnsi(onTerminal.stderr)).toBe(true);
    expect(hasAnsi((await run(['frobnicate'], { tty: { stdout: true } })).stderr)).toBe(false);
    const noColor = await run(['frobnicate'], { tty: { stderr: true }, env: { NO_COLOR: '1' } });
    expect(hasAnsi(noColor.stderr)).toBe(false);
  });
});

describe('main: internal errors exit 3', () => {
  it('reports a failure that is not a user mistake as a bug, with its stack', async () => {
    const broken = {
      isTTY: false,
      write(): boolean {
        throw new Error('the stream broke');
      },
    };
    const result = await run(['evaluate', STORY, '--as-of', AS_OF], { stdout: broken });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(
      /^error: internal error, please report it: Error: the stream broke\n\s+at /,
    );
  });

  it('reports something thrown that is not an Error by its text', async () => {
    const broken = {
      write(): boolean {
        throw 'no space left';
      },
    };
    const result = await run(['--version'], { stdout: broken });
    expect(result).toEqual({
      code: 3,
      stdout: '',
      stderr: 'error: internal error, please report it: no space left\n',
    });
  });
});
