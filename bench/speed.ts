/**
 * Time per evaluation, ours and the baseline's, measured with tinybench in one run, plus the
 * parse-and-evaluate throughput of a typical (25-application) search.
 */
import { Bench, type Task } from 'tinybench';
import { BENCH_AS_OF, generateSearch } from './generate';
import type { Library } from './library';
import type { NaiveChecker } from './naive';

/** Search sizes measured, in applications. */
export const SIZES = [10, 25, 100, 1000] as const;

/** Timing of one task. */
export interface Timing {
  /** Mean time per call, in milliseconds. */
  readonly meanMs: number;
  /** Median time per call, in milliseconds. */
  readonly medianMs: number;
  /** Relative margin of error of the mean, in percent. */
  readonly rme: number;
  /** Calls measured. */
  readonly samples: number;
}

/** Ours against the baseline at one size. */
export interface SizeResult {
  readonly applications: number;
  readonly ours: Timing;
  readonly baseline: Timing;
  /** Baseline time divided by ours: how many times faster we are. */
  readonly ratio: number;
}

/** Everything the speed section measures. */
export interface SpeedResult {
  readonly sizes: readonly SizeResult[];
  /** Parse (JSON text to report) and evaluate, 25 applications. */
  readonly throughput: {
    readonly applications: number;
    readonly searchesPerSecond: number;
    readonly timing: Timing;
  };
}

function timing(task: Task | undefined): Timing {
  const result = task?.result;
  if (!result || !('latency' in result))
    throw new Error(`benchmark task ${task?.name ?? '?'} did not complete`);
  return {
    meanMs: result.latency.mean,
    medianMs: result.latency.p50,
    rme: result.latency.rme,
    samples: result.latency.samplesCount,
  };
}

/** Measures every size, ours and the baseline interleaved in one tinybench run. */
export async function measureSpeed(
  library: Library,
  naive: NaiveChecker,
  quick: boolean,
): Promise<SpeedResult> {
  const advisor = library.createAdvisor();
  const bench = new Bench({
    time: quick ? 30 : 1500,
    iterations: quick ? 2 : 10,
    warmupTime: quick ? 10 : 300,
    warmupIterations: quick ? 1 : 5,
  });
  const asOf = BENCH_AS_OF;
  for (const size of SIZES) {
    const search = generateSearch(size);
    bench.add(`ours ${size}`, async () => {
      await advisor.evaluate(search, { asOf });
    });
    bench.add(`baseline ${size}`, async () => {
      await naive.check(search, asOf);
    });
  }
  const text = JSON.stringify(generateSearch(25));
  bench.add('parse+evaluate 25', async () => {
    await advisor.evaluate(JSON.parse(text), { asOf });
  });
  await bench.run();
  const find = (name: string) => bench.tasks.find((t) => t.name === name);
  const sizes = SIZES.map((applications) => {
    const ours = timing(find(`ours ${applications}`));
    const baseline = timing(find(`baseline ${applications}`));
    return { applications, ours, baseline, ratio: baseline.meanMs / ours.meanMs };
  });
  const parsed = timing(find('parse+evaluate 25'));
  return {
    sizes,
    throughput: { applications: 25, searchesPerSecond: 1000 / parsed.meanMs, timing: parsed },
  };
}
