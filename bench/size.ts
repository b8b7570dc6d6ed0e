/**
 * Size of the library's own code against json-rules-engine's: each main entry bundled by
 * esbuild with its dependencies left out, minified, then gzipped by zlib at the highest level.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { mainEntry } from './library';

/** Bytes of one package's own code. */
export interface CodeSize {
  /** The entry measured: package name and file. */
  readonly entry: string;
  /** The entry file as published (for ours, tsup's unminified output). */
  readonly rawBytes: number;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
}

async function measure(file: string, name: string, format: 'esm' | 'cjs'): Promise<CodeSize> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    packages: 'external',
    platform: format === 'esm' ? 'neutral' : 'node',
    format,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    entry: name,
    rawBytes: (await readFile(file)).byteLength,
    minifiedBytes: code.byteLength,
    gzippedBytes: gzipSync(code, { level: 9 }).byteLength,
  };
}

/** Measures the main entry of the package in `packageDir` and json-rules-engine's. */
export async function measureSize(
  packageDir: string,
): Promise<{ ours: CodeSize; jsonRulesEngine: CodeSize }> {
  const ours = mainEntry(packageDir);
  const require = createRequire(join(packageDir, 'package.json'));
  const engine = require.resolve('json-rules-engine');
  const engineRoot = dirname(require.resolve('json-rules-engine/package.json'));
  return {
    ours: await measure(ours, `job-search-health/${relative(packageDir, ours)}`, 'esm'),
    jsonRulesEngine: await measure(
      engine,
      `json-rules-engine/${relative(engineRoot, engine)}`,
      'cjs',
    ),
  };
}
