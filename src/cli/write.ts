import { CliError } from './errors';

/** A failed write as a message naming the file. */
export function writeFailure(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(`cannot write ${file}: its folder does not exist`);
  if (code === 'EACCES' || code === 'EPERM')
    return new CliError(`cannot write ${file}: permission denied`);
  if (code === 'EISDIR') return new CliError(`cannot write ${file}: it is a directory`);
  return new CliError(
    `cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`,
  );
}
