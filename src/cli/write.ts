import { terminalSafe } from '../index';
import { CliError, EXIT } from './errors';

/** Why a write failed, in words, from its error code. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
};

/** A failed write as a message naming the file (`standard output` for `-`), exiting 5. */
export function writeFailure(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    (code !== undefined ? REASONS[code] : undefined) ??
    (error instanceof Error ? error.message : String(error));
  return new CliError(`cannot write ${terminalSafe(file)}: ${reason}`, { exitCode: EXIT.output });
}
