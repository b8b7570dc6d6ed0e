/**
 * The exit-code contract holds when the world fails: a full disk or an out-of-range date is a
 * one-line message and its documented code, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AS_OF, CLI, cli, expectUserError, STORY } from './run';

const FULL = '/dev/full';

function toFullDisk(args: readonly string[]): { status: number | null; stderr: string } {
  const fd = openSync(FULL, 'w');
  try {
    const result = spawnSync(process.execPath, [CLI, ...args], {
      stdio: ['pipe', fd, 'pipe'],
      encoding: 'utf8',
    });
    return { status: result.status, stderr: result.stderr };
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!existsSync(FULL))('a full disk', () => {
  it('exits 5 with a message when standard output cannot be written', () => {
    const result = toFullDisk(['evaluate', STORY, '--as-of', AS_OF]);
    expect(result).toEqual({
      status: 5,
      stderr: 'error: cannot write standard output: no space left on the device\n',
    });
  });

  it('exits 5 with a message when a file cannot be written', () => {
    const result = cli(['calendar', STORY, '--as-of', AS_OF, '--out', FULL]);
    expect(result.status).toBe(5);
    expect(result.stderr).toBe(`error: cannot write ${FULL}: no space left on the device\n`);
  });
});

describe('dates out of range', () => {
  it('refuses --as-of 9999-12-31 instead of writing a year 10000', () => {
    expect(expectUserError(cli(['evaluate', STORY, '--as-of', '9999-12-31']))).toBe(
      'error: invalid date "9999-12-31" for --as-of: must be between 1900-01-01 and 9000-12-31\n',
    );
  });
});
