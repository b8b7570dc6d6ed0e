import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { findJsonSyntaxError } from 'job-search-health/node';

/** One search to evaluate, or why it could not be read. */
export type BatchEntry =
  | { readonly source: string; readonly search: unknown }
  | { readonly source: string; readonly error: string };

const NDJSON_EXTENSIONS = new Set(['.ndjson', '.jsonl']);

/** Parses one file; a syntax error is described with where it is. */
function parseEntry(source: string, text: string): BatchEntry {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { source, search: JSON.parse(body) };
  } catch (error) {
    const problem = findJsonSyntaxError(body);
    if (problem === undefined) throw error;
    return {
      source,
      error: `not valid JSON at line ${problem.line}, column ${problem.column}: ${problem.reason}`,
    };
  }
}

/**
 * Every `.json` file of a folder, by name; sub-folders are not searched. A file that is not valid
 * JSON is returned with its error, so one bad file does not stop the batch.
 */
export async function readFolder(folder: string): Promise<BatchEntry[]> {
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && extname(entry.name) === '.json')
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => parseEntry(name, await readFile(join(folder, name), 'utf8'))),
  );
}

/**
 * Counts the non-blank lines of a file, reading it as a stream: the total of the progress bar,
 * known before the searches are evaluated, without holding the file in memory.
 */
export async function countLines(file: string): Promise<number> {
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity }))
    if (line.trim() !== '') count += 1;
  return count;
}

/**
 * What a batch reads: a folder of `.json` files, or an `.ndjson` (or `.jsonl`) file with one
 * search per line, streamed.
 *
 * @throws an `Error` with a plain message when the path is neither.
 */
export async function batchKind(path: string): Promise<'folder' | 'ndjson'> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new Error(`${path}: no such file or folder`);
  if (info.isDirectory()) return 'folder';
  if (NDJSON_EXTENSIONS.has(extname(path).toLowerCase())) return 'ndjson';
  throw new Error(`${path}: expected a folder of .json files or an .ndjson file`);
}
