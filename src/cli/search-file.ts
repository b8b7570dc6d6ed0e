import { parseSearch, SearchValidationError, terminalSafe, unknownSearchKeys } from '../index';
import { locateIssues, readJson, STDIN_NAME } from '../node/index';
import { CliError, listIssues } from './errors';
import type { CliIo } from './io';

/** A search file as read: its JSON, and its name for messages. */
export interface SearchFile {
  /** The parsed JSON, not yet validated. */
  readonly search: unknown;
  /** The file name, or `standard input` for `-`. */
  readonly name: string;
}

/**
 * Reads a search file (standard input from `io` for `-`). Unless `strict`, keys the model does
 * not know are warned about on standard error, with where they are, and then ignored.
 */
export async function readSearchFile(
  file: string,
  strict: boolean,
  io: CliIo,
): Promise<SearchFile> {
  const search = await readJson(file, { stdin: io.stdin });
  const name = file === '-' ? STDIN_NAME : file;
  if (!strict)
    for (const issue of locateIssues(search, unknownSearchKeys(search)))
      io.stderr.write(
        `warning: ${terminalSafe(`${name}: ${issue.path}: ${issue.message}`)} (ignored)\n`,
      );
  return { search, name };
}

/**
 * Runs what evaluates a search file; an invalid search becomes a message naming the file and
 * every problem with its place in the file.
 */
export async function evaluating<T>(file: SearchFile, evaluate: () => Promise<T>): Promise<T> {
  try {
    return await evaluate();
  } catch (error) {
    if (error instanceof SearchValidationError)
      throw new CliError(
        listIssues(
          `${file.name} is not a valid job search`,
          locateIssues(file.search, error.issues),
        ),
      );
    throw error;
  }
}

/**
 * The candidate's name in a search the advisor has already accepted (so it parses), for report
 * headings, if the search gives one.
 */
export function candidateName(search: unknown): string | undefined {
  // Only the candidate is parsed again: a large search takes a while to parse.
  const candidate =
    typeof search === 'object' && search !== null
      ? (search as { readonly candidate?: unknown }).candidate
      : undefined;
  return parseSearch({ candidate }).candidate?.name;
}
