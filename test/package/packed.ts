/**
 * The published package, as a consumer gets it: `npm pack` of the built tree, installed into a
 * temporary project under the OS temp dir, without the registry.
 *
 * How the "install" works offline: the tarball is unpacked (with `tar`) into
 * `<project>/node_modules/job-search-health`, exactly the files npm would install, and every
 * dependency and peer dependency the packed `package.json` declares is symlinked from this
 * repository's `node_modules`. Node resolves a symlinked package by its real path, so those
 * packages find their own dependencies where `npm ci` put them, while the unpacked package can
 * only reach what it declares: a dependency missing from `package.json` fails to resolve here.
 * Nothing is fetched, so it works with no network, and it is independent of npm's cache.
 *
 * Packing runs once per build: the project is cached under a key hashed from what is packed, so
 * several test files (and later runs) share it, and a lock directory serialises the work between
 * test workers. When `dist/` is older than the sources (someone edited `src/` and did not
 * build), the package is built into a staging copy under the cache instead, never into the
 * repository's `dist/`, which other tests may be reading; `npm test` builds first, so it packs
 * the repository itself.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where packed projects are cached, shared by test workers and runs. */
const CACHE = join(tmpdir(), 'job-search-health-package');

/** Packages the consumer projects use besides the package's own dependencies. */
const CONSUMER_TOOLS = ['@types/node'];

/** A consumer project with the packed package installed. */
export interface PackedProject {
  /** The project directory; its `node_modules` holds the package and its dependencies. */
  readonly dir: string;
  /** The tarball `npm pack` made. */
  readonly tarball: string;
  /** The packed `package.json`. */
  readonly manifest: PackageManifest;
}

/** The parts of `package.json` the package tests read. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly exports: Record<string, unknown>;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

/** Runs a file with the current Node binary and returns its standard output. */
export async function runNode(args: readonly string[], cwd: string): Promise<string> {
  const { stdout } = await run(process.execPath, [...args], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** A fresh directory inside the project (so the package resolves), removed by `dispose`. */
export async function scratch(
  project: PackedProject,
): Promise<{ dir: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(project.dir, 'scratch-'));
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** Subpaths of `exports` that map to code (with `import` and `require` conditions). */
export function codeEntries(manifest: PackageManifest): string[] {
  return Object.entries(manifest.exports)
    .filter(([, target]) => typeof target === 'object' && target !== null && 'import' in target)
    .map(([subpath]) => subpath);
}

/** The specifier a consumer writes for a subpath: `job-search-health`, `job-search-health/node`. */
export function specifier(manifest: PackageManifest, subpath: string): string {
  return subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `task` while holding a lock directory; a lock older than five minutes is stale. */
async function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const lock = join(CACHE, `${name}.lock`);
  await mkdir(CACHE, { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const since = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > 5 * 60_000) await rm(lock, { recursive: true, force: true });
      else await sleep(100);
    }
  }
  try {
    return await task();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function newestChange(paths: readonly string[]): Promise<number> {
  const times = await Promise.all(paths.map((p) => stat(p).then((s) => s.mtimeMs)));
  return Math.max(0, ...times);
}

/** Files `dist/` is built from. */
async function sources(): Promise<string[]> {
  return [
    ...(await filesUnder(join(ROOT, 'src'))),
    ...(await filesUnder(join(ROOT, 'schema'))),
    join(ROOT, 'package.json'),
    join(ROOT, 'tsup.config.ts'),
  ];
}

/** Whether `dist/` exists and is newer than every file it is built from. */
export async function isBuilt(): Promise<boolean> {
  const entry = join(ROOT, 'dist', 'index.js');
  if (!existsSync(entry)) return false;
  return (await stat(entry)).mtimeMs >= (await newestChange(await sources()));
}

async function hashFiles(files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(ROOT, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Files npm packs besides `dist/`, copied into a staging copy of the package. */
const MANIFEST_FILES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

/** Builds the package from the sources into `stage` (its own `dist/`), with its manifest files. */
async function stage(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const file of MANIFEST_FILES)
    if (existsSync(join(ROOT, file))) await copyFile(join(ROOT, file), join(dir, file));
  const tsup = join(ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js');
  await run(process.execPath, [tsup, '--silent', '--out-dir', join(dir, 'dist')], { cwd: ROOT });
}

async function linkPackage(project: string, name: string): Promise<void> {
  const source = join(ROOT, 'node_modules', name);
  if (!existsSync(source))
    throw new Error(`${name} is not installed in the repository: run npm ci first`);
  const target = join(project, 'node_modules', name);
  await mkdir(dirname(target), { recursive: true });
  await symlink(source, target, 'dir');
}

/** Packs `from` and installs it into `dir`; returns the tarball's name and packed manifest. */
async function install(
  from: string,
  dir: string,
): Promise<{ filename: string; manifest: PackageManifest }> {
  const project = join(dir, 'project');
  const modules = join(project, 'node_modules', 'job-search-health');
  await mkdir(modules, { recursive: true });
  const { stdout } = await run(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', dir],
    { cwd: from },
  );
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  if (!packed) throw new Error(`npm pack printed no file: ${stdout}`);
  const tarball = join(dir, packed.filename);
  await run('tar', ['-xzf', tarball, '-C', modules, '--strip-components=1']);
  const manifest = JSON.parse(
    await readFile(join(modules, 'package.json'), 'utf8'),
  ) as PackageManifest;
  const needed = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...CONSUMER_TOOLS,
  ]);
  for (const name of needed) await linkPackage(project, name);
  await writeFile(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }, null, 2)}\n`,
  );
  return { filename: packed.filename, manifest };
}

/** Removes cached projects of earlier builds, leaving any made in the last hour alone. */
async function prune(keep: string): Promise<void> {
  const entries = await readdir(CACHE, { withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name === keep || entry.name.endsWith('.lock')) continue;
    const path = join(CACHE, entry.name);
    const age = Date.now() - (await stat(path)).mtimeMs;
    if (age > 3_600_000) await rm(path, { recursive: true, force: true });
  }
}

let cached: Promise<PackedProject> | undefined;

/** The consumer project for the current build, packing and installing it on first use. */
export function packedProject(): Promise<PackedProject> {
  cached ??= (async () => {
    const built = await isBuilt();
    const key = built
      ? await hashFiles([join(ROOT, 'package.json'), ...(await filesUnder(join(ROOT, 'dist')))])
      : `src-${await hashFiles(await sources())}`;
    const dir = join(CACHE, key);
    const ready = join(dir, 'ready.json');
    return withLock(`pack-${key}`, async () => {
      if (existsSync(ready)) return JSON.parse(await readFile(ready, 'utf8')) as PackedProject;
      await rm(dir, { recursive: true, force: true });
      const partial = `${dir}.partial`;
      await rm(partial, { recursive: true, force: true });
      await mkdir(partial, { recursive: true });
      if (!built) await stage(join(partial, 'stage'));
      const from = built ? ROOT : join(partial, 'stage');
      const { filename, manifest } = await install(from, partial);
      await rm(join(partial, 'stage'), { recursive: true, force: true });
      await rename(partial, dir);
      const project: PackedProject = {
        dir: join(dir, 'project'),
        tarball: join(dir, filename),
        manifest,
      };
      await writeFile(ready, JSON.stringify(project));
      await prune(key);
      return project;
    });
  })();
  return cached;
}
