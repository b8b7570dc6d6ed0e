/**
 * Runs a benchmark script in a fresh Node process, bundled with esbuild first so that no
 * TypeScript loader sits in the process: its memory figures hold only Node, the library and the
 * script. The script prints one JSON value on standard output.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);

/**
 * Bundles `entry` (a file of bench/) and runs it with `args`, and Node with `nodeFlags`;
 * resolves to what it printed.
 */
export async function runChild<T>(
  root: string,
  entry: string,
  args: readonly string[],
  nodeFlags: readonly string[] = [],
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'job-search-health-bench-'));
  try {
    const script = join(dir, `${basename(entry, '.ts')}.mjs`);
    await build({
      entryPoints: [join(root, 'bench', entry)],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    const { stdout } = await run(process.execPath, [...nodeFlags, script, ...args], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout) as T;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
