import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { findJsonSyntaxError } from 'job-search-health/node';

/** One search to evaluate, or why it could not be read. */
export type BatchEntry =
  | { readonly source: string; readonly search: unknown }
  | { readonly source: string; readonly error: string };

const NDJSON_EXTENSIONS = new Set(['.ndjson', '.jsonl']);

/** Parses one entry; a syntax error is described with where it is (the column alone for a line). */
function parseEntry(source: string, text: string, oneLine: boolean): BatchEntry {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { source, search: JSON.parse(body) };
  } catch (error) {
    const problem = findJsonSyntaxError(body);
    if (problem === undefined) throw error;
    const where = oneLine
      ? `column ${problem.column}`
      : `line ${problem.line}, column ${problem.column}`;
    return { source, error: `not valid JSON at ${where}: ${problem.reason}` };
  }
}

/** Every `.json` file of a folder, by name; sub-folders are not searched. */
async function readFolder(folder: string): Promise<BatchEntry[]> {
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && extname(entry.name) === '.json')
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => parseEntry(name, await readFile(join(folder, name), 'utf8'), false)),
  );
}

/** One search per non-blank line, each named after its line number. */
async function readNdjson(file: string): Promise<BatchEntry[]> {
  const name = basename(file);
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
  return lines.flatMap((line, index) =>
    line.trim() === '' ? [] : [parseEntry(`${name}:${index + 1}`, line, true)],
  );
}

/**
 * Reads the searches of a batch: a folder of `.json` files, or an `.ndjson` (or `.jsonl`) file
 * with one search per line. An entry that is not valid JSON is returned with its error, so one
 * bad entry does not stop the batch.
 *
 * @throws an `Error` with a plain message when the path is neither.
 */
export async function readBatch(path: string): Promise<BatchEntry[]> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new Error(`${path}: no such file or folder`);
  if (info.isDirectory()) return readFolder(path);
  if (NDJSON_EXTENSIONS.has(extname(path).toLowerCase())) return readNdjson(path);
  throw new Error(`${path}: expected a folder of .json files or an .ndjson file`);
}
