/**
 * The benchmark: `npm run bench` (builds first), or
 * `tsx bench/run.ts [--quick] [--out file] [--package dir]`.
 *
 * Measures the built package (this repository's, or the installed copy in `--package`) against the baseline of naive json-rules-engine use (naive.ts),
 * checks that both fire for the same subjects, then measures memory over a stream of searches,
 * code size and cold import time. Prints a table and writes bench/results.json (or `--out`).
 * `--quick` lowers every count so the whole run takes seconds: a smoke test, not figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureColdImport } from './cold-import';
import { BENCH_AS_OF, generateSearch } from './generate';
import { loadLibrary, mainEntry } from './library';
import { measureMemory } from './memory';
import { createNaiveChecker } from './naive';
import { checkParity } from './parity';
import { measureSize } from './size';
import { measureSpeed } from './speed';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_RATIO = 5;
const TARGET_RSS_MB = 200;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const quick = process.argv.includes('--quick');
const out = option('--out') ?? join(ROOT, 'bench', 'results.json');
const packageDir = option('--package') ?? ROOT;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const log = (line: string) => process.stderr.write(`${line}\n`);

if (!existsSync(mainEntry(packageDir)))
  throw new Error(`${mainEntry(packageDir)} is missing: build first, or use npm run bench`);

const library = await loadLibrary(packageDir);
const rules = library.createAdvisor().rules;
const naive = createNaiveChecker(rules, library.DEFAULT_OUTLOOK);

log('checking that the baseline fires like the library...');
const story = JSON.parse(readFileSync(join(ROOT, 'examples/story/search.json'), 'utf8'));
const parity = await checkParity(library, naive, [
  { name: 'story', search: story, asOf: '2026-11-25' },
  ...(quick ? [10, 25, 100] : [10, 25, 100, 1000]).flatMap((size) =>
    (quick ? [1] : [1, 2, 3]).map((seed) => ({
      name: `${size} applications, seed ${seed}`,
      search: generateSearch(size, seed),
      asOf: BENCH_AS_OF,
    })),
  ),
]);
if (!parity.same)
  log(`WARNING: the baseline differs from the library:\n${parity.differences.join('\n')}`);

log('timing evaluations...');
const speed = await measureSpeed(library, naive, quick);
const searches = quick ? 300 : 100_000;
log(`streaming ${searches} searches through one advisor...`);
const memory = await measureMemory(ROOT, packageDir, searches);
log('measuring code size and cold import...');
const size = await measureSize(packageDir);
const coldImport = await measureColdImport(packageDir, quick ? 3 : 15);

const at = (applications: number) => speed.sizes.find((s) => s.applications === applications);
const ratioAt = (applications: number) => round(at(applications)?.ratio ?? 0);
const growth = (at(1000)?.ours.meanMs ?? 0) / (at(10)?.ours.meanMs ?? 1);
const cpu = cpus();

const results = {
  quick,
  measuredAt: new Date().toISOString(),
  machine: {
    node: process.version,
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    platform: `${process.platform} ${process.arch}`,
    memoryGb: round(totalmem() / 1024 ** 3, 1),
  },
  rules: {
    ours: rules.length,
    baselinePorted: naive.ported,
    baselineSkipped: naive.skipped,
  },
  parity,
  evaluation: speed.sizes.map((s) => ({
    applications: s.applications,
    oursMs: round(s.ours.meanMs, 3),
    baselineMs: round(s.baseline.meanMs, 3),
    ratio: round(s.ratio),
    ours: s.ours,
    baseline: s.baseline,
  })),
  targets: {
    ratioAt25: { ratio: ratioAt(25), target: TARGET_RATIO, met: ratioAt(25) >= TARGET_RATIO },
    ratioAt1000: { ratio: ratioAt(1000), target: TARGET_RATIO, met: ratioAt(1000) >= TARGET_RATIO },
    peakRss: {
      mb: memory.peakRssMb,
      targetMb: TARGET_RSS_MB,
      met: memory.peakRssMb < TARGET_RSS_MB,
    },
  },
  growth: {
    ours1000Over10: round(growth),
    // 1 means linear in the number of applications; below 1, fixed costs still dominate at 10.
    versusLinear: round(growth / 100, 3),
  },
  throughput: {
    applications: speed.throughput.applications,
    searchesPerSecond: Math.round(speed.throughput.searchesPerSecond),
    timing: speed.throughput.timing,
  },
  memory,
  size: {
    ...size,
    gzippedRatio: round(size.ours.gzippedBytes / size.jsonRulesEngine.gzippedBytes),
  },
  coldImport,
};

const pad = (value: string | number, width: number) => String(value).padStart(width);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const lines = [
  `job-search-health benchmark${quick ? ' (quick: not figures)' : ''}, ${results.machine.node}, ${results.machine.cpu} x${results.machine.cores}`,
  '',
  `${pad('applications', 12)} ${pad('ours ms', 10)} ${pad('baseline ms', 12)} ${pad('baseline/ours', 14)}`,
  ...results.evaluation.map(
    (e) =>
      `${pad(e.applications, 12)} ${pad(e.oursMs.toFixed(3), 10)} ${pad(e.baselineMs.toFixed(3), 12)} ${pad(`${e.ratio.toFixed(2)}x`, 14)}`,
  ),
  '',
  `baseline parity: ${parity.same ? 'same subjects fired' : 'DIFFERENT'} (${naive.ported.length} rules ported, ${parity.firings} firings over ${parity.searches} searches)`,
  `growth: ours at 1,000 / ours at 10 = ${results.growth.ours1000Over10}x (${results.growth.versusLinear} of linear)`,
  `throughput, parse + evaluate, 25 applications: ${results.throughput.searchesPerSecond} searches/s`,
  `memory: ${memory.searches} searches streamed, peak RSS ${memory.peakRssMb} MB, growth ${memory.rssGrowthMb} MB, ${memory.seconds.toFixed(1)} s`,
  `size (min + gzip): ours ${kb(size.ours.gzippedBytes)}, json-rules-engine ${kb(size.jsonRulesEngine.gzippedBytes)}`,
  `cold import (median of ${coldImport.runs}): ours ${coldImport.ours.importMs.toFixed(1)} ms (process ${coldImport.ours.processMs.toFixed(0)} ms), json-rules-engine ${coldImport.jsonRulesEngine.importMs.toFixed(1)} ms (process ${coldImport.jsonRulesEngine.processMs.toFixed(0)} ms)`,
];
process.stdout.write(`${lines.join('\n')}\n`);
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${out}`);
