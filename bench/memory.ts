/**
 * Peak memory while the batch path (`evaluateNdjson`) evaluates many searches streamed one line
 * at a time, in a fresh process (see stream.ts): flat samples mean no memory is held from one
 * search to the next.
 */
import { pathToFileURL } from 'node:url';
import { runChild } from './child';
import { mainEntry } from './library';

/** What the memory benchmark reports. */
export interface MemoryResult {
  readonly searches: number;
  readonly applicationsPerSearch: number;
  /** Wall time of the whole stream, in seconds. */
  readonly seconds: number;
  /** CPU time of the whole stream, in seconds. */
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  /** Size of the JSON lines written, in MB. */
  readonly reportMegabytes: number;
  /** RSS at the last sample minus RSS at the first. */
  readonly rssGrowthMb: number;
  readonly samples: readonly { evaluated: number; rssMb: number; heapUsedMb: number }[];
}

/** Streams `searches` generated searches through the batch path of the package in `packageDir`. */
export async function measureMemory(
  root: string,
  packageDir: string,
  searches: number,
): Promise<MemoryResult> {
  const library = pathToFileURL(mainEntry(packageDir, './node')).href;
  const result = await runChild<Omit<MemoryResult, 'rssGrowthMb'>>(root, 'stream.ts', [
    library,
    String(searches),
    '25',
  ]);
  const first = result.samples[0]?.rssMb ?? 0;
  const last = result.samples[result.samples.length - 1]?.rssMb ?? 0;
  return { ...result, rssGrowthMb: Math.round((last - first) * 10) / 10 };
}
