/**
 * Size of the library's own code against json-rules-engine's: each main entry bundled by
 * esbuild with its dependencies left out, minified, then gzipped by zlib at the highest level.
 */
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { mainEntry } from './library';

/** Bytes of one package's own code. */
export interface CodeSize {
  /** The entry measured: package name and file. */
  readonly entry: string;
  /** Bundled the same way, not minified. */
  readonly bundledBytes: number;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
}

async function bundle(file: string, format: 'esm' | 'cjs', minify: boolean): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify,
    packages: 'external',
    platform: format === 'esm' ? 'neutral' : 'node',
    format,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

async function measure(file: string, name: string, format: 'esm' | 'cjs'): Promise<CodeSize> {
  const code = await bundle(file, format, true);
  return {
    entry: name,
    bundledBytes: (await bundle(file, format, false)).byteLength,
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
