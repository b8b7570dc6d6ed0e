/**
 * Child process of the memory benchmark: streams generated searches, one JSON line each, through
 * `evaluateNdjson` of `job-search-health/node` (the function behind the `batch` command), writes
 * each report as a JSON line to a sink that keeps nothing, and prints its memory use as JSON. The
 * lines are generated as they are read, as a file stream would deliver them.
 *
 * Arguments: the file URL of the package's node entry, the number of searches, applications per
 * search.
 */
import { BENCH_AS_OF, generateSearch } from './generate';
import type { NodeLibrary } from './library';
import { cpuNow, peakRssMb } from './measure';

const [url = '', countText = '1000', sizeText = '25'] = process.argv.slice(2);
const count = Number(countText);
const size = Number(sizeText);
const { evaluateNdjson } = (await import(url)) as NodeLibrary;
const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
const every = Math.max(1, Math.floor(count / 20));
const samples: { evaluated: number; rssMb: number; heapUsedMb: number }[] = [];

async function* lines(): AsyncIterable<string> {
  // Each search is new (its own seed) and written as one line.
  for (let i = 0; i < count; i++) yield `${JSON.stringify(generateSearch(size, i + 1))}\n`;
}

const started = performance.now();
const cpuStarted = cpuNow();
let evaluated = 0;
let bytes = 0;
for await (const result of evaluateNdjson(lines(), { asOf: BENCH_AS_OF })) {
  if (!('report' in result)) throw new Error(result.error);
  bytes += JSON.stringify({ line: result.line, report: result.report }).length + 1;
  evaluated += 1;
  if (evaluated % every === 0) {
    const usage = process.memoryUsage();
    samples.push({ evaluated, rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed) });
  }
}
process.stdout.write(
  JSON.stringify({
    searches: evaluated,
    applicationsPerSearch: size,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (cpuNow() - cpuStarted) / 1000,
    peakRssMb: peakRssMb(),
    reportMegabytes: Math.round(bytes / 1_048_576),
    samples,
  }),
);
