/**
 * Time per evaluation of every contender on the same searches, in one process: the floor, the
 * fair naive json-rules-engine port, and the package with each engine `createAdvisor` accepts.
 * Measured with tinybench in CPU time (see `cpuNow`) in interleaved rounds (every contender and
 * size once per round, then again in the next round), keeping the median of each round's median,
 * so a slow spell of the shared machine lands on every contender alike.
 */
import { Bench, type Task } from 'tinybench';
import { BENCH_AS_OF, generateSearch } from './generate';
import type { Library } from './library';
import { cpuNow, median } from './measure';
import type { Baseline } from './port';

/** Search sizes the ratios are measured at, in applications (smaller in quick mode). */
export const RATIO_SIZES = [25, 1000] as const;
const QUICK_SIZES = [25, 100] as const;

/**
 * Engines tried, by label: each one `createAdvisor` accepts is measured; one it refuses (an
 * engine this version does not have) is left out and listed.
 */
export const ENGINES: readonly { readonly label: string; readonly config: object }[] = [
  { label: 'package (default engine)', config: {} },
  { label: "package, engine: 'json-rules-engine'", config: { engine: 'json-rules-engine' } },
];

/** Something measured: evaluates one raw search. */
export interface Contender {
  readonly label: string;
  run(search: unknown): unknown;
}

/** Median time of one contender at one size. */
export interface Timing {
  readonly label: string;
  /** Median over rounds of each round's median time per call, in milliseconds. */
  readonly medianMs: number;
  /** Each round's median, in milliseconds. */
  readonly roundsMs: readonly number[];
  /** Calls measured, over all rounds. */
  readonly samples: number;
}

/** Every contender at one size. */
export interface SizeTimings {
  readonly applications: number;
  readonly timings: readonly Timing[];
}

/** The contenders: the floor, the naive port, and the package with each engine it accepts. */
export function contenders(
  library: Library,
  floor: Baseline,
  naive: Baseline,
): { list: Contender[]; missingEngines: string[] } {
  const asOf = BENCH_AS_OF;
  const list: Contender[] = [
    { label: 'floor (plain TypeScript)', run: (search) => floor.check(search, asOf) },
    { label: 'naive json-rules-engine port', run: (search) => naive.check(search, asOf) },
  ];
  const missingEngines: string[] = [];
  for (const { label, config } of ENGINES) {
    let advisor: ReturnType<Library['createAdvisor']>;
    try {
      advisor = library.createAdvisor(config as never);
    } catch {
      missingEngines.push(label);
      continue;
    }
    list.push({ label, run: (search) => advisor.evaluate(search, { asOf }) });
  }
  return { list, missingEngines };
}

function roundMedian(task: Task | undefined): [number, number] {
  const result = task?.result;
  if (!result || !('latency' in result))
    throw new Error(`benchmark task ${task?.name ?? '?'} did not complete`);
  return [result.latency.p50 ?? result.latency.mean, result.latency.samplesCount];
}

/** Measures every contender at every size in `rounds` interleaved rounds. */
export async function measureSpeed(
  list: readonly Contender[],
  rounds: number,
  quick: boolean,
): Promise<SizeTimings[]> {
  const sizes: readonly number[] = quick ? QUICK_SIZES : RATIO_SIZES;
  const searches = new Map(sizes.map((size) => [size, generateSearch(size)]));
  const name = (size: number, label: string) => `${size} ${label}`;
  const perTask = new Map<string, { rounds: number[]; samples: number }>();
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      now: cpuNow,
      time: quick ? 10 : 400,
      iterations: quick ? 1 : 5,
      warmupTime: quick ? 5 : 100,
      warmupIterations: quick ? 1 : 3,
    });
    for (const size of sizes)
      for (const contender of list) {
        const search = searches.get(size);
        bench.add(name(size, contender.label), async () => {
          await contender.run(search);
        });
      }
    await bench.run();
    for (const task of bench.tasks) {
      const [ms, samples] = roundMedian(task);
      const entry = perTask.get(task.name) ?? { rounds: [], samples: 0 };
      entry.rounds.push(ms);
      entry.samples += samples;
      perTask.set(task.name, entry);
    }
  }
  return sizes.map((applications) => ({
    applications,
    timings: list.map(({ label }) => {
      const entry = perTask.get(name(applications, label)) ?? { rounds: [], samples: 0 };
      return {
        label,
        medianMs: median(entry.rounds),
        roundsMs: entry.rounds,
        samples: entry.samples,
      };
    }),
  }));
}
