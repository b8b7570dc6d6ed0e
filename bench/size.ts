/**
 * Size: what a web app ships, bundled by esbuild for the browser with every dependency (zod
 * included), minified and gzipped at the highest level, for each use of the package — calling
 * `evaluateSearch` from the main entry, validating with the model entry, importing sheets, and
 * adding the json-rules-engine engine; which packages make each up (from esbuild's metafile);
 * and, for comparison, the library's own code and json-rules-engine's, each bundled with its
 * dependencies left out.
 */
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';
import { entryFile, mainEntry } from './library';

/** Bytes of one bundle. */
export interface CodeSize {
  /** What was bundled. */
  readonly entry: string;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
}

/** A browser bundle, with the share of each package in it. */
export interface BrowserBundle extends CodeSize {
  /** Minified bytes each package (or `job-search-health` itself) contributes, largest first. */
  readonly packages: readonly { readonly name: string; readonly bytes: number }[];
}

/** One use of the package, as the module a web app would write: entries and names imported. */
interface Use {
  readonly label: string;
  readonly imports: readonly { readonly entry: string; readonly names: string }[];
}

/** The uses measured, each only where this version of the package has every entry it needs. */
const USES: readonly Use[] = [
  {
    label: 'evaluateSearch (main entry)',
    imports: [{ entry: '.', names: '{ evaluateSearch }' }],
  },
  {
    label: 'job-search-health/model, parseSearch and searchStandardSchema',
    imports: [{ entry: './model', names: '{ parseSearch, searchStandardSchema }' }],
  },
  {
    label: 'job-search-health/import, fromRows and parseDelimited',
    imports: [{ entry: './import', names: '{ fromRows, parseDelimited }' }],
  },
  {
    label: 'createAdvisor with jsonRulesEngine (main + json-rules-engine entries)',
    imports: [
      { entry: '.', names: '{ createAdvisor }' },
      { entry: './json-rules-engine', names: '{ jsonRulesEngine }' },
    ],
  },
];

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

/** Bundles `source` for the browser and measures it, package by package. */
async function measureBundle(
  label: string,
  source: string,
  packageDir: string,
): Promise<BrowserBundle> {
  const { code, metafile } = await bundle({
    stdin: { contents: source, resolveDir: packageDir, loader: 'js' },
    format: 'esm',
    platform: 'browser',
  });
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile?.outputs ?? {}))
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs))
      totals.set(packageOf(file), (totals.get(packageOf(file)) ?? 0) + bytesInOutput);
  return {
    ...sizes(label, code),
    packages: [...totals]
      .filter(([, bytes]) => bytes > 0)
      .map(([name, bytes]) => ({ name, bytes }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** Measures the browser bundle of `evaluateSearch` from the package in `packageDir`. */
export function measureBrowserBundle(packageDir: string): Promise<BrowserBundle> {
  return measureBundle(
    'evaluateSearch, browser, all dependencies',
    `export { evaluateSearch } from ${JSON.stringify(mainEntry(packageDir))};`,
    packageDir,
  );
}

/** Measures the browser bundle of each use of the package its version supports. */
export async function measureEntryBundles(packageDir: string): Promise<BrowserBundle[]> {
  const bundles: BrowserBundle[] = [];
  for (const use of USES) {
    const files = use.imports.map(({ entry }) => entryFile(packageDir, entry));
    if (files.some((file) => file === undefined)) continue;
    const source = use.imports
      .map(({ names }, i) => `export ${names} from ${JSON.stringify(files[i])};`)
      .join('\n');
    bundles.push(await measureBundle(use.label, source, packageDir));
  }
  return bundles;
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
