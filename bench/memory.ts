/**
 * Peak memory while evaluating many searches streamed one at a time. The loop runs in a fresh
 * Node process (bundled with esbuild first, so no TypeScript loader sits in the process), and
 * reports the peak resident set size and samples along the way: flat samples mean no memory is
 * held from one search to the next.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { mainEntry } from './library';

const run = promisify(execFile);

/** What the memory benchmark reports. */
export interface MemoryResult {
  readonly searches: number;
  readonly applicationsPerSearch: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  /** RSS at the last sample minus RSS at the first. */
  readonly rssGrowthMb: number;
  readonly samples: readonly { evaluated: number; rssMb: number; heapUsedMb: number }[];
}

/**
 * Streams `searches` generated searches through one advisor in a child process, using the
 * package in `packageDir`.
 */
export async function measureMemory(
  root: string,
  packageDir: string,
  searches: number,
): Promise<MemoryResult> {
  const dir = await mkdtemp(join(tmpdir(), 'job-search-health-bench-'));
  try {
    const script = join(dir, 'stream.mjs');
    await build({
      entryPoints: [join(root, 'bench', 'stream.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    const library = pathToFileURL(mainEntry(packageDir)).href;
    const { stdout } = await run(process.execPath, [script, library, String(searches), '25'], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    const result = JSON.parse(stdout) as Omit<MemoryResult, 'rssGrowthMb'>;
    const first = result.samples[0]?.rssMb ?? 0;
    const last = result.samples[result.samples.length - 1]?.rssMb ?? 0;
    return { ...result, rssGrowthMb: Math.round((last - first) * 10) / 10 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
