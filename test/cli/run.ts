import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The built CLI (`npm test` builds before running the tests; alone, run `npx tsup` first). */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Paths of the files the tests evaluate. */
export const STORY = fileURLToPath(new URL('../../examples/story/search.json', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The evaluation date of every test. */
export const AS_OF = '2026-11-25';

/** What a run of the CLI gave. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built CLI with `args`, standard input `input`, and an environment without the
 * colour variables of the machine running the tests (plus `env`).
 */
export function cli(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): Run {
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...env } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    env: { ...env, ...options.env },
    cwd: options.cwd ?? process.cwd(),
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'jsh-cli-'));
}

/** Whether text holds ANSI colour codes. */
export function hasAnsi(text: string): boolean {
  return text.includes(`${String.fromCharCode(27)}[`);
}

/**
 * Checks the shape every user mistake shares (exit code 2, one message on standard error, no
 * stack trace, nothing on standard output) and returns the message.
 */
export function expectUserError(run: Run, status = 2): string {
  expect(run.status, run.stderr).toBe(status);
  expect(run.stderr).toMatch(/^error: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).toBe('');
  return run.stderr;
}
