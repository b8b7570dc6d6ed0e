/**
 * Start-up cost: fresh Node processes that import the package (each entry), zod/mini alone and
 * json-rules-engine alone, against bare ones (`node -e 0`),
 * alternately, several runs each, keeping the medians. Each process reports the CPU time it used
 * (user and system, as `cpuNow` in measure.ts explains) and the time `import()` took inside it;
 * the cost of importing is the CPU time over a bare process's. Wall times are kept too.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { median } from './measure';

const run = promisify(execFile);

/** The zod entry the package imports: what an app pays for zod at the least. */
const ZOD = 'zod/v4/mini';

/** Median cold-import figures of one package. */
export interface ImportTime {
  readonly specifier: string;
  /** Median time of `await import(specifier)` inside the process, wall clock, in milliseconds. */
  readonly importMs: number;
  /** Median CPU time of the whole process, in milliseconds. */
  readonly processCpuMs: number;
  /** Median wall time of the whole process, in milliseconds. */
  readonly processMs: number;
  /** Median CPU time over a bare `node -e 0`, in milliseconds. */
  readonly overBareMs: number;
}

interface Sample {
  readonly importMs: number;
  readonly cpuMs: number;
  readonly wallMs: number;
}

const REPORT =
  'const u = process.cpuUsage(); process.stdout.write(JSON.stringify([t, (u.user + u.system) / 1000]));';

async function once(root: string, specifier: string | undefined): Promise<Sample> {
  const load = specifier
    ? `const s = performance.now(); await import(${JSON.stringify(specifier)}); const t = performance.now() - s;`
    : 'const t = 0;';
  const started = performance.now();
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', load + REPORT], {
    cwd: root,
  });
  const [importMs, cpuMs] = JSON.parse(stdout) as [number, number];
  return { importMs, cpuMs, wallMs: performance.now() - started };
}

/**
 * Imports each specifier `runs` times in fresh processes started in `packageDir` (where the
 * package resolves by its own name, and its dependencies and zod resolve as for an app), between
 * bare runs. `entries` are the package's own entries besides the main one, such as
 * `job-search-health/model`; zod and json-rules-engine are measured alone for comparison.
 */
export async function measureColdImport(
  packageDir: string,
  runs: number,
  entries: readonly string[] = [],
): Promise<{
  runs: number;
  bareProcessCpuMs: number;
  bareProcessMs: number;
  ours: ImportTime;
  jsonRulesEngine: ImportTime;
  zod: ImportTime;
  entries: ImportTime[];
}> {
  const specifiers = ['job-search-health', 'json-rules-engine', ZOD, ...entries];
  const samples = new Map<string, Sample[]>(specifiers.map((s) => [s, []]));
  const bare: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(await once(packageDir, undefined));
    for (const specifier of specifiers)
      samples.get(specifier)?.push(await once(packageDir, specifier));
  }
  const bareProcessCpuMs = median(bare.map((s) => s.cpuMs));
  const summary = (specifier: string): ImportTime => {
    const list = samples.get(specifier) ?? [];
    const processCpuMs = median(list.map((s) => s.cpuMs));
    return {
      specifier,
      importMs: median(list.map((s) => s.importMs)),
      processCpuMs,
      processMs: median(list.map((s) => s.wallMs)),
      overBareMs: processCpuMs - bareProcessCpuMs,
    };
  };
  return {
    runs,
    bareProcessCpuMs,
    bareProcessMs: median(bare.map((s) => s.wallMs)),
    ours: summary('job-search-health'),
    jsonRulesEngine: summary('json-rules-engine'),
    zod: summary(ZOD),
    entries: entries.map(summary),
  };
}
