import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packedProject, ROOT } from './package/packed';

const run = promisify(execFile);

const timing = {
  meanMs: expect.any(Number),
  medianMs: expect.any(Number),
  rme: expect.any(Number),
  samples: expect.any(Number),
};
const codeSize = {
  entry: expect.any(String),
  bundledBytes: expect.any(Number),
  minifiedBytes: expect.any(Number),
  gzippedBytes: expect.any(Number),
};
const importTime = {
  specifier: expect.any(String),
  importMs: expect.any(Number),
  processMs: expect.any(Number),
};

// A smoke run: the benchmark works end to end and writes every figure. Timings are never
// asserted here; they depend on the machine and its load.
describe('the benchmark, in quick mode', () => {
  let dir: string;
  let results: Record<string, unknown>;

  beforeAll(async () => {
    // The installed copy of the package, so the test never depends on the state of dist/.
    const project = await packedProject();
    const installed = join(project.dir, 'node_modules', 'job-search-health');
    dir = await mkdtemp(join(tmpdir(), 'job-search-health-bench-test-'));
    const out = join(dir, 'results.json');
    const args = ['bench/run.ts', '--quick', '--out', out, '--package', installed];
    await run(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    results = JSON.parse(await readFile(out, 'utf8'));
  }, 300_000);

  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('writes every figure', () => {
    expect(results).toMatchObject({
      quick: true,
      machine: { node: process.version, cores: expect.any(Number), cpu: expect.any(String) },
      targets: {
        ratioAt25: { ratio: expect.any(Number), target: 5, met: expect.any(Boolean) },
        ratioAt1000: { ratio: expect.any(Number), target: 5, met: expect.any(Boolean) },
        peakRss: { mb: expect.any(Number), targetMb: 200, met: expect.any(Boolean) },
      },
      growth: { ours1000Over10: expect.any(Number), versusLinear: expect.any(Number) },
      throughput: { applications: 25, searchesPerSecond: expect.any(Number), timing },
      memory: { peakRssMb: expect.any(Number), rssGrowthMb: expect.any(Number) },
      size: { ours: codeSize, jsonRulesEngine: codeSize, gzippedRatio: expect.any(Number) },
      coldImport: { runs: 3, ours: importTime, jsonRulesEngine: importTime },
    });
    expect(results.evaluation).toEqual(
      [10, 25, 100, 1000].map((applications) => ({
        applications,
        oursMs: expect.any(Number),
        baselineMs: expect.any(Number),
        ratio: expect.any(Number),
        ours: timing,
        baseline: timing,
      })),
    );
  });

  // A baseline that fires differently would make the speed ratio meaningless: when a fact's
  // meaning changes, bench/naive.ts must follow.
  it('gives the baseline the same checks as the library: it fires for the same subjects', () => {
    const { rules, parity } = results as {
      rules: { baselinePorted: string[] };
      parity: { differences: string[]; firings: number };
    };
    expect(rules.baselinePorted).toEqual(
      expect.arrayContaining(['unanswered-outreach', 'single-basket', 'follow-up-limit-reached']),
    );
    expect(parity.differences).toEqual([]);
    expect(parity.firings).toBeGreaterThan(0);
  });
});
