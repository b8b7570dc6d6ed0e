import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packedProject, ROOT } from './package/packed';

const run = promisify(execFile);

const importTime = {
  specifier: expect.any(String),
  importMs: expect.any(Number),
  processCpuMs: expect.any(Number),
  processMs: expect.any(Number),
  overBareMs: expect.any(Number),
};
const codeSize = {
  entry: expect.any(String),
  minifiedBytes: expect.any(Number),
  gzippedBytes: expect.any(Number),
};

// A smoke run: the benchmark works end to end and writes every figure. Timings are never
// asserted here; they depend on the machine and its load.
describe('the benchmark, in quick mode', () => {
  let dir: string;
  let installed: string;
  let results: Record<string, unknown>;

  beforeAll(async () => {
    // The installed copy of the package, so the test never depends on the state of dist/.
    const project = await packedProject();
    installed = join(project.dir, 'node_modules', 'job-search-health');
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
      memory: { peakRssMb: expect.any(Number), rssGrowthMb: expect.any(Number) },
      size: {
        browserBundle: { ...codeSize, packages: expect.arrayContaining([]) },
        ownCode: { ours: codeSize, jsonRulesEngine: codeSize },
      },
      coldImport: {
        runs: 2,
        bareProcessCpuMs: expect.any(Number),
        ours: importTime,
        zod: importTime,
        jsonRulesEngine: importTime,
      },
    });
    const { size, coldImport } = results as {
      size: { entries: { entry: string; packages: { name: string }[] }[] };
      coldImport: { entries: { specifier: string }[] };
    };
    // Every entry, and the main one's bundle without json-rules-engine, which it cannot reach.
    expect(size.entries.map((b) => b.entry)).toHaveLength(4);
    const main = size.entries.find((b) => b.entry.startsWith('evaluateSearch'));
    expect(main?.packages.map((p) => p.name)).not.toContain('json-rules-engine');
    expect(coldImport.entries.map((t) => t.specifier)).toEqual([
      'job-search-health/model',
      'job-search-health/import',
      'job-search-health/json-rules-engine',
    ]);
    const { speed, growth } = results as {
      speed: { applications: number; timings: { label: string; medianMs: number }[] }[];
      growth: { shape: string; microsecondsPerApplication: number; peakRssMb: number }[];
    };
    expect(speed.map((s) => s.applications)).toEqual([25, 100]);
    for (const { timings } of speed)
      expect(timings.map((t) => t.label)).toEqual(
        expect.arrayContaining([
          'floor (plain TypeScript)',
          'naive json-rules-engine port',
          'package (default engine)',
        ]),
      );
    expect(growth.map((g) => g.shape)).toEqual(['spread', 'one-company']);
    const { cli } = results as { cli: { command: string; outputBytes: number }[] };
    expect(cli.map((c) => c.command)).toEqual([
      'evaluate --format text <search>',
      'evaluate --format markdown <search>',
      'evaluate --format html <search>',
      'evaluate --format json <search>',
      'calendar <search>',
    ]);
    for (const c of cli) expect(c.outputBytes).toBeGreaterThan(0);
  });

  // A baseline that fires differently would make the speed ratios meaningless: when a fact's
  // meaning changes, bench/plain-facts.ts must follow.
  it('gives both baselines the same checks as the library: they fire for the same subjects', () => {
    const { rules, parity } = results as {
      rules: { ported: string[] };
      parity: Record<'naive' | 'floor', { differences: string[]; firings: number }>;
    };
    expect(rules.ported).toEqual(
      expect.arrayContaining(['unanswered-outreach', 'follow-up-limit-reached', 'likely-ghosted']),
    );
    for (const baseline of [parity.naive, parity.floor]) {
      expect(baseline.differences).toEqual([]);
      expect(baseline.firings).toBeGreaterThan(0);
    }
  });

  it('with --only size, replaces the size and start-up figures and keeps the rest', async () => {
    const out = join(dir, 'results.json');
    const args = [
      'bench/run.ts',
      '--quick',
      '--only',
      'size',
      '--out',
      out,
      '--package',
      installed,
    ];
    await run(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT });
    const updated = JSON.parse(await readFile(out, 'utf8'));
    expect(updated.speed).toEqual(results.speed);
    expect(updated.measuredAt).toBe(results.measuredAt);
    expect(updated.sizeMeasuredAt).toEqual(expect.any(String));
    expect(updated.coldImport.runs).toBe(2);
  }, 60_000);
});
