import { readFile } from 'node:fs/promises';
import { InputError } from './errors';
import { parseJson } from './json';

/** Options of {@link readText} and {@link readJson}. */
export interface ReadOptions {
  /** Stream read for the source `-` (default: `process.stdin`). */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
}

/** The name of standard input in messages. */
export const STDIN_NAME = 'standard input';

async function readStream(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

function describeFailure(source: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new InputError('not-found', source, `${source}: file not found`);
  const reason =
    code === 'EISDIR'
      ? 'is a directory, not a file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  return new InputError('unreadable', source, `${source}: ${reason}`);
}

/**
 * Reads a text file as UTF-8, or standard input when `source` is `-`.
 *
 * @throws {@link InputError} naming the file when it does not exist or cannot be read.
 */
export async function readText(source: string, options: ReadOptions = {}): Promise<string> {
  if (source === '-') return readStream(options.stdin ?? process.stdin);
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    throw describeFailure(source, error);
  }
}

/**
 * Reads and parses a JSON file, or standard input when `source` is `-`.
 *
 * @throws {@link InputError} when the file cannot be read, or is not valid JSON (the message
 * gives the line and column).
 */
export async function readJson(source: string, options: ReadOptions = {}): Promise<unknown> {
  const text = await readText(source, options);
  return parseJson(text, source === '-' ? STDIN_NAME : source);
}
