/**
 * The built package, loaded from its directory (the repository, or an installed copy), so the
 * benchmark measures what users install. Types come from the sources: `dist/` does not exist
 * yet when a fresh checkout is typechecked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The package's API. */
export type Library = typeof import('../src/index');

/** The parts of the package's `package.json` the benchmark reads. */
interface Manifest {
  readonly exports?: Record<string, { import?: { default?: string } } | string | undefined>;
  readonly bin?: Record<string, string>;
}

function manifestOf(packageDir: string): Manifest {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Manifest;
}

/** The file of a code entry such as `./model`, or `undefined` when this version has none. */
export function entryFile(packageDir: string, entry: string): string | undefined {
  const target = manifestOf(packageDir).exports?.[entry];
  const file = typeof target === 'object' ? target.import?.default : undefined;
  return file === undefined ? undefined : join(packageDir, file);
}

/** The file of one of the package's ES module entries (`.` or `./node`), from its `package.json`. */
export function mainEntry(packageDir: string, entry: '.' | './node' = '.'): string {
  const fallback = entry === '.' ? 'dist/index.js' : 'dist/node.js';
  return entryFile(packageDir, entry) ?? join(packageDir, fallback);
}

/** The package's command-line program, from its `bin`. */
export function binFile(packageDir: string): string {
  const bin = manifestOf(packageDir).bin?.['job-search-health'];
  if (bin === undefined)
    throw new Error(`${packageDir}/package.json names no job-search-health bin`);
  return join(packageDir, bin);
}

/** The package's `job-search-health/node` entry. */
export type NodeLibrary = typeof import('../src/node/index');

/** Imports a module by file URL; a computed specifier keeps TypeScript from resolving it. */
export async function importLibrary(url: string): Promise<Library> {
  return (await import(url)) as Library;
}

/**
 * Imports the built package found in `packageDir`, and its json-rules-engine entry where it has
 * one, as an app choosing that engine does (the entry registers the engine by name).
 */
export async function loadLibrary(packageDir: string): Promise<Library> {
  const library = await importLibrary(pathToFileURL(mainEntry(packageDir)).href);
  const engine = entryFile(packageDir, './json-rules-engine');
  if (engine) await import(pathToFileURL(engine).href);
  return library;
}
