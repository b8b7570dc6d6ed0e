/**
 * Start-up cost: fresh Node processes that import the package, against bare ones (`node -e 0`),
 * alternately, several runs each, keeping the medians. The cost of the import is the difference
 * in wall time of the whole process; the time of `import()` measured inside is kept too.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { median } from './measure';

const run = promisify(execFile);

/** Median cold-import figures of one package. */
export interface ImportTime {
  readonly specifier: string;
  /** Median time of `await import(specifier)` inside the process, in milliseconds. */
  readonly importMs: number;
  /** Median wall time of the whole `node` process, in milliseconds. */
  readonly processMs: number;
  /** Median process time over a bare `node -e 0`, in milliseconds. */
  readonly overBareMs: number;
}

async function timed(root: string, args: readonly string[]): Promise<[string, number]> {
  const started = performance.now();
  const { stdout } = await run(process.execPath, [...args], { cwd: root });
  return [stdout, performance.now() - started];
}

async function once(root: string, specifier: string): Promise<[number, number]> {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const [stdout, wall] = await timed(root, ['--input-type=module', '-e', code]);
  return [Number(stdout), wall];
}

/**
 * Imports each package `runs` times in fresh processes started in `packageDir` (where the
 * package resolves by its own name, and json-rules-engine as its dependency), between bare runs.
 */
export async function measureColdImport(
  packageDir: string,
  runs: number,
): Promise<{ runs: number; bareProcessMs: number; ours: ImportTime; jsonRulesEngine: ImportTime }> {
  const specifiers = ['job-search-health', 'json-rules-engine'] as const;
  const times = new Map<string, [number, number][]>(specifiers.map((s) => [s, []]));
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push((await timed(packageDir, ['-e', '0']))[1]);
    for (const specifier of specifiers)
      times.get(specifier)?.push(await once(packageDir, specifier));
  }
  const bareProcessMs = median(bare);
  const summary = (specifier: string): ImportTime => {
    const list = times.get(specifier) ?? [];
    const processMs = median(list.map(([, wall]) => wall));
    return {
      specifier,
      importMs: median(list.map(([inside]) => inside)),
      processMs,
      overBareMs: processMs - bareProcessMs,
    };
  };
  return {
    runs,
    bareProcessMs,
    ours: summary(specifiers[0]),
    jsonRulesEngine: summary(specifiers[1]),
  };
}
