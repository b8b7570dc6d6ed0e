import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CliIo, Output } from '../../src/cli/io';
import { main } from '../../src/cli/main';

/** Paths of the files the tests evaluate. */
export const STORY = fileURLToPath(new URL('../../examples/story/search.json', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The evaluation date of every test. */
export const AS_OF = '2026-11-25';

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'jsh-cli-'));
}

/** Whether text holds ANSI colour codes. */
export function hasAnsi(text: string): boolean {
  return text.includes(`${String.fromCharCode(27)}[`);
}

/** The schema files the build ships next to the CLI, as the sources hold them. */
export const SCHEMA_DIR = new URL('../../schema/', import.meta.url);

/** Path of a shipped schema file. */
export const schemaFile = (name: string) => fileURLToPath(new URL(name, SCHEMA_DIR));

/** What an in-process run of the CLI gave. */
export interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** How to run: standard input, environment, which streams are terminals, a replacement stdout. */
export interface RunOptions {
  readonly input?: string;
  readonly env?: Record<string, string>;
  readonly tty?: { readonly stdout?: boolean; readonly stderr?: boolean };
  readonly stdout?: Output;
}

class Capture implements Output {
  text = '';
  constructor(readonly isTTY: boolean) {}
  write(text: string): boolean {
    this.text += text;
    return true;
  }
}

async function* chunks(text: string): AsyncIterable<Uint8Array> {
  // Two chunks, split inside the text, as a pipe may deliver it.
  const bytes = Buffer.from(text);
  yield bytes.subarray(0, bytes.length >> 1);
  yield bytes.subarray(bytes.length >> 1);
}

/**
 * Runs the CLI's `main` in this process with captured streams, an empty environment (plus
 * `env`) and the schema folder of the sources.
 */
export async function run(args: readonly string[], options: RunOptions = {}): Promise<Result> {
  const stdout = new Capture(options.tty?.stdout === true);
  const stderr = new Capture(options.tty?.stderr === true);
  const io: CliIo = {
    stdin: chunks(options.input ?? ''),
    stdout: options.stdout ?? stdout,
    stderr,
    env: options.env ?? {},
    schemaDir: SCHEMA_DIR,
  };
  const code = await main(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/**
 * Checks the shape every user mistake shares (exit code 2, one message on standard error, no
 * stack trace, nothing on standard output) and returns the message.
 */
export function userError(result: Result, code = 2): string {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr).toMatch(/^error: /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout).toBe('');
  return result.stderr;
}
