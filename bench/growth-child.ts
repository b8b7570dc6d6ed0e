/**
 * Child process of the growth table: reads one search from a JSON file, as an app or the CLI
 * reads a search, evaluates it a few times with one advisor, and prints the median CPU and wall
 * times and the peak RSS as JSON. The search is written by the parent, so nothing of its
 * generation is in this process's heap; and the heap is collected once before the evaluations
 * (the parent runs this with `--expose-gc`), so the peak does not depend on where the collector
 * happened to be while the file was read: that moment sets how far the heap may grow before its
 * next full collection, which moved one run in twelve about 60 MB higher.
 *
 * Arguments: the library's file URL, the search file, evaluations.
 */
import { readFileSync } from 'node:fs';
import { BENCH_AS_OF, generateSearch } from './generate';
import { importLibrary } from './library';
import { cpuNow, median, peakRssMb } from './measure';

const [url = '', file = '', runsText = '1'] = process.argv.slice(2);
const library = await importLibrary(url);
const advisor = library.createAdvisor();
const search = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown[] | undefined>;
// One small evaluation first, so the code is compiled before the timed ones.
await advisor.evaluate(generateSearch(25), { asOf: BENCH_AS_OF });
const { gc } = globalThis as { gc?: () => void };
if (!gc)
  throw new Error('run the growth child with --expose-gc: it collects the heap before timing');
gc();
const times: number[] = [];
const cpuTimes: number[] = [];
let advice = 0;
for (let i = 0; i < Number(runsText); i++) {
  const started = performance.now();
  const cpuStarted = cpuNow();
  const report = await advisor.evaluate(search, { asOf: BENCH_AS_OF });
  cpuTimes.push(cpuNow() - cpuStarted);
  times.push(performance.now() - started);
  advice = report.advice.length;
}
process.stdout.write(
  JSON.stringify({
    applications: search.applications?.length ?? 0,
    messages: search.messages?.length ?? 0,
    evaluations: times.length,
    medianMs: median(cpuTimes),
    medianWallMs: median(times),
    advice,
    peakRssMb: peakRssMb(),
  }),
);
