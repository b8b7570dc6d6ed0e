/**
 * The benchmark: `npm run bench` (builds first), or
 * `tsx bench/run.ts [--quick] [--only size] [--out file] [--package dir] [--searches n]`
 * (`--searches`: how many the memory run streams, 100,000 by default; `--only size`: only the
 * browser bundles and start-up, which replace those parts of the results file and keep the rest,
 * as `npm run bench:size` does).
 *
 * Measures the built package (this repository's, or the installed copy in `--package`) against
 * the floor (floor.ts) and the fair naive json-rules-engine port (naive.ts), after checking that
 * both fire like the library; then the growth table, memory over a stream of searches, the
 * browser bundle and start-up time. Prints a table and writes bench/results.json (or `--out`).
 * `--quick` lowers every count so the whole run takes seconds: a smoke test, not figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCli } from './cli';
import { measureColdImport } from './cold-import';
import { createFloor } from './floor';
import { BENCH_AS_OF, generateSearch } from './generate';
import { measureGrowth } from './growth';
import { entryFile, loadLibrary, mainEntry } from './library';
import { measureMemory } from './memory';
import { createNaiveBaseline } from './naive';
import { checkParity } from './parity';
import { measureBrowserBundle, measureEntryBundles, measureOwnCode } from './size';
import { contenders, measureSpeed } from './speed';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The goals the figures are read against. */
const TARGETS = {
  timesNaive: 20,
  timesFloor: 10,
  growthPerApplication: 1.5,
  fiftyThousandMs: 2000,
  hundredThousandRssMb: 500,
  streamRssMb: 200,
  bundleGzipKb: 60,
  importOverBareMs: 60,
};

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const quick = process.argv.includes('--quick');
const only = option('--only');
if (only !== undefined && only !== 'size') throw new Error(`--only takes "size", got "${only}"`);
const out = option('--out') ?? join(ROOT, 'bench', 'results.json');
const packageDir = option('--package') ?? ROOT;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const log = (line: string) => process.stderr.write(`${line}\n`);

if (!existsSync(mainEntry(packageDir)))
  throw new Error(`${mainEntry(packageDir)} is missing: build first, or use npm run bench`);

const pad = (value: string | number, width: number) => String(value).padStart(width);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The package's entries besides the main one that this version has, by specifier. */
const otherEntries = ['./model', './import', './json-rules-engine']
  .filter((entry) => entryFile(packageDir, entry) !== undefined)
  .map((entry) => `job-search-health${entry.slice(1)}`);

/** The browser bundles and start-up times, and the lines that print them. */
async function measureSizeAndStartUp() {
  log('measuring size and start-up...');
  const browserBundle = await measureBrowserBundle(packageDir);
  const bundles = await measureEntryBundles(packageDir);
  const ownCode = await measureOwnCode(packageDir);
  const coldImport = await measureColdImport(packageDir, quick ? 2 : 15, otherEntries);
  const over = (ms: number) => `+${ms.toFixed(0)} ms`;
  const lines = [
    'browser bundles (min + gzip), all dependencies:',
    ...bundles.map(
      (b) =>
        `  ${b.entry}: ${kb(b.gzippedBytes)} (${kb(b.minifiedBytes)} minified): ${b.packages.map((p) => `${p.name} ${kb(p.bytes)}`).join(', ')}`,
    ),
    `own code (min + gzip): ${kb(ownCode.ours.gzippedBytes)}; json-rules-engine ${kb(ownCode.jsonRulesEngine.gzippedBytes)}`,
    `start-up, CPU time over node -e 0 (${coldImport.bareProcessCpuMs.toFixed(0)} ms), median of ${coldImport.runs}:`,
    ...[coldImport.ours, ...coldImport.entries, coldImport.zod, coldImport.jsonRulesEngine].map(
      (t) =>
        `  ${t.specifier.padEnd(38)} ${pad(over(t.overBareMs), 8)} (wall ${t.processMs.toFixed(0)} ms)`,
    ),
  ];
  const bundleKb = round(browserBundle.gzippedBytes / 1024, 1);
  const importMs = round(coldImport.ours.overBareMs, 0);
  const goals = {
    bundleGzipKb: {
      goal: TARGETS.bundleGzipKb,
      measured: bundleKb,
      met: bundleKb <= TARGETS.bundleGzipKb,
    },
    importOverBareMs: {
      goal: TARGETS.importOverBareMs,
      measured: importMs,
      met: importMs <= TARGETS.importOverBareMs,
    },
  };
  lines.push(
    `goals: bundle ${goals.bundleGzipKb.met ? 'met' : 'not met'} (${bundleKb} kB, goal ${TARGETS.bundleGzipKb}), start-up ${goals.importOverBareMs.met ? 'met' : 'not met'} (+${importMs} ms, goal +${TARGETS.importOverBareMs})`,
  );
  return { size: { browserBundle, entries: bundles, ownCode, goals }, coldImport, lines };
}

if (only === 'size') {
  const { size, coldImport, lines } = await measureSizeAndStartUp();
  const previous = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {};
  const merged = { ...previous, size, coldImport, sizeMeasuredAt: new Date().toISOString() };
  process.stdout.write(`${lines.join('\n')}\n`);
  await writeFile(out, `${JSON.stringify(merged, null, 2)}\n`);
  log(`wrote the size and start-up parts of ${out}`);
  process.exit(0);
}

const library = await loadLibrary(packageDir);
const rules = library.createAdvisor().rules;
const naive = createNaiveBaseline(rules, library.DEFAULT_OUTLOOK);
const floor = createFloor(rules, library.DEFAULT_OUTLOOK);

log('checking that the baselines fire like the library...');
const story = JSON.parse(readFileSync(join(ROOT, 'examples/story/search.json'), 'utf8'));
const paritySearches = [
  { name: 'story', search: story, asOf: '2026-11-25' },
  ...(quick ? [10, 25] : [10, 25, 100, 1000]).flatMap((size) =>
    (quick ? [1, 2] : [1, 2, 3]).map((seed) => ({
      name: `${size} applications, seed ${seed}`,
      search: generateSearch(size, seed),
      asOf: BENCH_AS_OF,
    })),
  ),
];
const parity = {
  naive: await checkParity(library, naive, paritySearches),
  floor: await checkParity(library, floor, paritySearches),
};
for (const [name, result] of Object.entries(parity))
  if (!result.same)
    log(
      `WARNING: the ${name} baseline differs from the library:\n${result.differences.join('\n')}`,
    );

log('timing evaluations...');
const { list, missingEngines } = contenders(library, floor, naive);
const rounds = quick ? 1 : 7;
const speed = await measureSpeed(list, rounds, quick);
log('growth table...');
const growth = await measureGrowth(ROOT, packageDir, quick);
const streamed = Number(option('--searches') ?? (quick ? 50 : 100_000));
log(`streaming ${streamed} searches through one advisor...`);
const memory = await measureMemory(ROOT, packageDir, streamed);
log('timing the command line...');
const cli = await measureCli(packageDir, quick);
const { size, coldImport, lines: sizeLines } = await measureSizeAndStartUp();

const [floorLabel, naiveLabel] = list.map((c) => c.label);
const ratios = speed.map(({ applications, timings }) => {
  const ms = (label: string | undefined) => timings.find((t) => t.label === label)?.medianMs ?? 0;
  return {
    applications,
    medianMs: Object.fromEntries(timings.map((t) => [t.label, round(t.medianMs, 3)])),
    packages: timings.slice(2).map((t) => ({
      label: t.label,
      timesFasterThanNaive: round(ms(naiveLabel) / t.medianMs),
      timesSlowerThanFloor: round(t.medianMs / ms(floorLabel)),
    })),
  };
});
const spread = growth.filter((row) => row.shape === 'spread');
const perApplication = (applications: number) =>
  spread.find((row) => row.applications === applications)?.microsecondsPerApplication;
const fiftyK = spread.find((row) => row.applications === 50_000);
const hundredK = spread.find((row) => row.applications === 100_000);
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
  rules: { ours: rules.length, ported: naive.ported, skipped: naive.skipped },
  parity,
  rounds,
  missingEngines,
  speed,
  ratios,
  growth,
  memory,
  cli,
  size,
  coldImport,
  targets: {
    goals: TARGETS,
    growthAt50kOver1k:
      perApplication(50_000) && perApplication(1_000)
        ? round((perApplication(50_000) as number) / (perApplication(1_000) as number))
        : null,
    fiftyThousandMs: fiftyK ? round(fiftyK.medianMs, 0) : null,
    hundredThousand: hundredK
      ? { ms: round(hundredK.medianMs, 0), peakRssMb: hundredK.peakRssMb }
      : null,
  },
};

const lines = [
  `job-search-health benchmark${quick ? ' (quick: not figures)' : ''}, ${results.machine.node}, ${results.machine.cpu} x${results.machine.cores}`,
  `CPU time, medians of ${rounds} interleaved round(s); ${missingEngines.length > 0 ? `not offered by createAdvisor: ${missingEngines.join(', ')}` : 'every engine offered'}`,
  '',
  ...speed.flatMap(({ applications, timings }) => [
    `${applications} applications:`,
    ...timings.map((t) => `  ${t.label.padEnd(40)} ${pad(t.medianMs.toFixed(3), 10)} ms`),
  ]),
  '',
  ...ratios.flatMap((r) =>
    r.packages.map(
      (p) =>
        `${pad(r.applications, 5)} applications, ${p.label}: ${p.timesFasterThanNaive}x faster than the naive port, ${p.timesSlowerThanFloor}x the floor`,
    ),
  ),
  '',
  `${pad('shape', 12)} ${pad('applications', 12)} ${pad('messages', 9)} ${pad('CPU ms', 8)} ${pad('wall ms', 8)} ${pad('µs/app', 7)} ${pad('peak RSS MB', 12)}`,
  ...growth.map(
    (g) =>
      `${pad(g.shape, 12)} ${pad(g.applications, 12)} ${pad(g.messages, 9)} ${pad(g.medianMs.toFixed(0), 8)} ${pad(g.medianWallMs.toFixed(0), 8)} ${pad(g.microsecondsPerApplication, 7)} ${pad(g.peakRssMb, 12)}`,
  ),
  '',
  `parity: naive ${parity.naive.same ? 'same' : 'DIFFERENT'}, floor ${parity.floor.same ? 'same' : 'DIFFERENT'} (${naive.ported.length} rules ported, ${parity.naive.firings} firings over ${parity.naive.searches} searches)`,
  `stream (evaluateNdjson): ${memory.searches} searches, peak RSS ${memory.peakRssMb} MB, growth ${memory.rssGrowthMb} MB, ${memory.cpuSeconds.toFixed(1)} s CPU, ${memory.seconds.toFixed(1)} s wall, ${memory.reportMegabytes} MB of reports`,
  `command line, whole process, wall, median of ${cli[0]?.runs ?? 0} (${cli[0]?.applications ?? 0} applications):`,
  ...cli.map(
    (c) =>
      `  ${c.command.padEnd(38)} ${pad(c.medianWallMs.toFixed(0), 6)} ms, ${(c.outputBytes / 2 ** 20).toFixed(1)} MB written`,
  ),
  ...sizeLines,
];
process.stdout.write(`${lines.join('\n')}\n`);
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${out}`);
