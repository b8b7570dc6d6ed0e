/**
 * Cold import time: a fresh Node process imports the package and reports how long `import()`
 * took; the wall time of the whole process is kept too. Ours and json-rules-engine's are
 * measured alternately, several runs each, and the medians kept.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Median cold-import figures of one package. */
export interface ImportTime {
  readonly specifier: string;
  /** Median time of `await import(specifier)` inside the process, in milliseconds. */
  readonly importMs: number;
  /** Median wall time of the whole `node` process, in milliseconds. */
  readonly processMs: number;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function once(root: string, specifier: string): Promise<[number, number]> {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const started = performance.now();
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], {
    cwd: root,
  });
  return [Number(stdout), performance.now() - started];
}

/**
 * Imports each package `runs` times in fresh processes started in `packageDir` (where the
 * package resolves by its own name, and json-rules-engine as its dependency).
 */
export async function measureColdImport(
  packageDir: string,
  runs: number,
): Promise<{ runs: number; ours: ImportTime; jsonRulesEngine: ImportTime }> {
  const specifiers = ['job-search-health', 'json-rules-engine'] as const;
  const times = new Map<string, [number, number][]>(specifiers.map((s) => [s, []]));
  for (let i = 0; i < runs; i++)
    for (const specifier of specifiers)
      times.get(specifier)?.push(await once(packageDir, specifier));
  const summary = (specifier: string): ImportTime => {
    const list = times.get(specifier) ?? [];
    return {
      specifier,
      importMs: median(list.map(([inside]) => inside)),
      processMs: median(list.map(([, wall]) => wall)),
    };
  };
  return { runs, ours: summary(specifiers[0]), jsonRulesEngine: summary(specifiers[1]) };
}
