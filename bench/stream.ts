/**
 * Child process of the memory benchmark: evaluates generated searches one at a time, keeping
 * none, and prints its memory use as JSON. Run from a bundle (see memory.ts), so that the
 * figures hold only Node, the library and this loop.
 *
 * Arguments: the library's file URL, the number of searches, applications per search.
 */

import { BENCH_AS_OF, generateSearch } from './generate';
import { importLibrary } from './library';
import { peakRssMb } from './measure';

const [url = '', countText = '1000', sizeText = '25'] = process.argv.slice(2);
const count = Number(countText);
const size = Number(sizeText);
const library = await importLibrary(url);
const advisor = library.createAdvisor();
const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
const every = Math.max(1, Math.floor(count / 20));
const samples: { evaluated: number; rssMb: number; heapUsedMb: number }[] = [];
const started = performance.now();
let advice = 0;
for (let i = 0; i < count; i++) {
  // Each search is new (its own seed), as if read from a stream, and dropped once evaluated.
  const report = await advisor.evaluate(generateSearch(size, i + 1), { asOf: BENCH_AS_OF });
  advice += report.advice.length;
  if ((i + 1) % every === 0) {
    const usage = process.memoryUsage();
    samples.push({ evaluated: i + 1, rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed) });
  }
}
process.stdout.write(
  JSON.stringify({
    searches: count,
    applicationsPerSearch: size,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: peakRssMb(),
    advice,
    samples,
  }),
);
