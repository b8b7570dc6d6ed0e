import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AS_OF, CLI, cli, expectUserError, hasAnsi, STORY } from './run';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
);
const COMMANDS = ['evaluate', 'validate', 'rules', 'schema', 'init', 'calendar'];

describe('the program', () => {
  it('prints help listing every command and the exit codes, with --help, -h or help', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const run = cli(args);
      expect(run.status).toBe(0);
      for (const command of COMMANDS)
        expect(run.stdout).toMatch(new RegExp(`^ +${command} +\\S`, 'm'));
      expect(run.stdout).toContain('EXIT CODES');
      expect(hasAnsi(run.stdout)).toBe(false);
    }
  });

  it("prints a command's options with --help, even with other arguments", () => {
    for (const args of [
      ['evaluate', '--help'],
      ['help', 'evaluate'],
      ['evaluate', 'x.json', '-h'],
    ]) {
      const run = cli(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('USAGE job-search-health evaluate');
      for (const option of [
        '--as-of',
        '--format',
        '--config',
        '--rules',
        '--min-severity',
        '--fail-on',
        '--no-color',
      ])
        expect(run.stdout).toContain(option);
    }
    for (const command of COMMANDS) expect(cli([command, '--help']).status).toBe(0);
  });

  it('prints its version', () => {
    for (const flag of ['--version', '-v']) expect(cli([flag]).stdout).toBe(`${version}\n`);
  });

  it('exits 2 without a command, printing the help to standard error', () => {
    const run = cli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('COMMANDS');
    expect(run.stderr).toMatch(/error: no command given\n$/);
  });

  it('exits 2 on an unknown command, suggesting the closest', () => {
    expect(expectUserError(cli(['evalute', STORY]))).toBe(
      'error: unknown command "evalute" (did you mean "evaluate"?)\nRun "job-search-health --help" for usage.\n',
    );
    expect(expectUserError(cli(['--verbose']))).toContain('unknown option "--verbose"');
    expect(expectUserError(cli(['help', 'evalute']))).toContain('unknown command "evalute"');
  });

  it('stops quietly, with code 0, when the reader closes the pipe early (| head)', async () => {
    const companies = Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, name: `Co ${i}` }));
    const applications = companies.map((c, i) => ({
      id: `a${i}`,
      companyId: c.id,
      role: 'Analyst',
      channel: 'job-board',
      stage: 'applied',
      appliedAt: '2026-10-01',
    }));
    const child = spawn(process.execPath, [CLI, 'evaluate', '-', '--as-of', AS_OF, '-f', 'json']);
    child.stdin.end(JSON.stringify({ companies, applications }));
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = (await once(child, 'close')) as [number];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('colours', () => {
  const text = (args: string[], env: Record<string, string> = {}) =>
    cli(['evaluate', STORY, '--as-of', AS_OF, ...args], { env }).stdout;

  it('are off when standard output is not a terminal', () => {
    expect(hasAnsi(text([]))).toBe(false);
  });

  it('are on with --color, off with --no-color', () => {
    expect(hasAnsi(text(['--color']))).toBe(true);
    expect(hasAnsi(text(['--no-color']))).toBe(false);
    expect(hasAnsi(text(['--color', '--no-color']))).toBe(false);
  });

  it('respect NO_COLOR, which only a --color flag given for the run overrides', () => {
    expect(hasAnsi(text([], { NO_COLOR: '1' }))).toBe(false);
    expect(hasAnsi(text(['--color'], { NO_COLOR: '1' }))).toBe(true);
  });

  it('never appear in json or markdown', () => {
    expect(hasAnsi(text(['--color', '-f', 'json']))).toBe(false);
    expect(hasAnsi(text(['--color', '-f', 'markdown']))).toBe(false);
  });
});
