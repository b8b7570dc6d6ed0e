/**
 * Size: what a web app ships to call `evaluateSearch`, bundled by esbuild for the browser with
 * every dependency (zod included), minified and gzipped at the highest level; which packages
 * make it up (from esbuild's metafile); and, for comparison, the library's own code and
 * json-rules-engine's, each bundled with its dependencies left out.
 */
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';
import { mainEntry } from './library';

/** Bytes of one bundle. */
export interface CodeSize {
  /** What was bundled. */
  readonly entry: string;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
}

/** The browser bundle of `evaluateSearch`, with the share of each package in it. */
export interface BrowserBundle extends CodeSize {
  /** Minified bytes each package (or `job-search-health` itself) contributes, largest first. */
  readonly packages: readonly { readonly name: string; readonly bytes: number }[];
}

async function bundle(options: BuildOptions) {
  const result = await build({
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...options,
  });
  const code = result.outputFiles?.[0]?.contents ?? new Uint8Array();
  return { code, metafile: result.metafile };
}

function sizes(entry: string, code: Uint8Array): CodeSize {
  return {
    entry,
    minifiedBytes: code.byteLength,
    gzippedBytes: gzipSync(code, { level: 9 }).byteLength,
  };
}

/** The package an input file belongs to: the last `node_modules/<name>` in its path. */
function packageOf(file: string): string {
  const parts = file.split('node_modules/');
  if (parts.length < 2) return 'job-search-health';
  const rest = (parts[parts.length - 1] ?? '').split('/');
  return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? file);
}

/** Measures the browser bundle of `evaluateSearch` from the package in `packageDir`. */
export async function measureBrowserBundle(packageDir: string): Promise<BrowserBundle> {
  const { code, metafile } = await bundle({
    stdin: {
      contents: `export { evaluateSearch } from ${JSON.stringify(mainEntry(packageDir))};`,
      resolveDir: packageDir,
      loader: 'js',
    },
    format: 'esm',
    platform: 'browser',
  });
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile?.outputs ?? {}))
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs))
      totals.set(packageOf(file), (totals.get(packageOf(file)) ?? 0) + bytesInOutput);
  return {
    ...sizes('evaluateSearch, browser, all dependencies', code),
    packages: [...totals]
      .map(([name, bytes]) => ({ name, bytes }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** Measures the library's own main entry and json-rules-engine's, dependencies left out. */
export async function measureOwnCode(
  packageDir: string,
): Promise<{ ours: CodeSize; jsonRulesEngine: CodeSize }> {
  const ours = mainEntry(packageDir);
  const require = createRequire(join(packageDir, 'package.json'));
  const engine = require.resolve('json-rules-engine');
  const engineRoot = dirname(require.resolve('json-rules-engine/package.json'));
  const own = await bundle({ entryPoints: [ours], packages: 'external', platform: 'neutral' });
  const theirs = await bundle({
    entryPoints: [engine],
    packages: 'external',
    platform: 'node',
    format: 'cjs',
  });
  return {
    ours: sizes(`job-search-health/${relative(packageDir, ours)}`, own.code),
    jsonRulesEngine: sizes(`json-rules-engine/${relative(engineRoot, engine)}`, theirs.code),
  };
}
