/**
 * Child process of the growth table: generates one search of a given shape and size, evaluates
 * it a few times with one advisor, and prints the median CPU and wall times and the peak RSS as
 * JSON.
 *
 * Arguments: the library's file URL, the shape (`spread` or `one-company`), applications,
 * evaluations.
 */
import { BENCH_AS_OF, generateOneCompanySearch, generateSearch } from './generate';
import { importLibrary } from './library';
import { cpuNow, median, peakRssMb } from './measure';

const MODEL_LIST_LIMIT = 100_000;

const [url = '', shape = 'spread', sizeText = '1000', runsText = '1'] = process.argv.slice(2);
const size = Number(sizeText);
const library = await importLibrary(url);
const advisor = library.createAdvisor();
/**
 * The search of this row, as an app holds it after reading it from a file or a request body
 * (`JSON.parse`): the generator builds its strings by concatenation, which V8 keeps as trees of
 * their pieces until read, a shape no parsed input has. The model accepts at most 100,000 items
 * per list: the largest rows keep the first 100,000 messages (a message refers to others, never
 * the reverse, so the search stays valid). Only the search is kept, so the peak RSS counts the
 * messages evaluated, not the ones cut.
 */
function rowSearch(): object {
  const generated = shape === 'one-company' ? generateOneCompanySearch(size) : generateSearch(size);
  const messages = (generated as { messages?: unknown[] }).messages;
  const search = { ...generated, messages: messages?.slice(0, MODEL_LIST_LIMIT) };
  return JSON.parse(JSON.stringify(search)) as object;
}
const search = rowSearch();
// One small evaluation first, so the code is compiled before the timed ones.
await advisor.evaluate(generateSearch(25), { asOf: BENCH_AS_OF });
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
const counts = search as unknown as Record<string, unknown[] | undefined>;
process.stdout.write(
  JSON.stringify({
    shape,
    applications: size,
    messages: counts.messages?.length ?? 0,
    evaluations: times.length,
    medianMs: median(cpuTimes),
    medianWallMs: median(times),
    advice,
    peakRssMb: peakRssMb(),
  }),
);
