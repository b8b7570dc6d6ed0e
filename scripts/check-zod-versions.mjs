/**
 * Checks the built package against the zod versions its peer range allows, and without zod:
 * installs each zod (from the registry, so it needs the network: not part of `npm test`) into a
 * temporary project next to the packed package, then evaluates the story through ES modules,
 * CommonJS and the CLI. Run `npm run build` first, then `npm run check:zod`; it prints one line
 * per check and exits 1 when one fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const versions = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['3.25.76', '4'];
const story = join(root, 'examples', 'story', 'search.json');
let failed = false;

const ESM = `import { readFileSync } from 'node:fs';
import { evaluateSearch } from 'job-search-health';
import { safeParseSearch } from 'job-search-health/model';
const search = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bad = safeParseSearch({ applications: [{ id: 'a', stage: 'interviwing' }] });
const report = await evaluateSearch(search, { asOf: '2026-11-25' });
process.stdout.write(report.score + ' ' + bad.error.issues.length);`;
const CJS = `const { readFileSync } = require('node:fs');
const { evaluateSearch } = require('job-search-health');
evaluateSearch(JSON.parse(readFileSync(process.argv[2], 'utf8')), { asOf: '2026-11-25' })
  .then((report) => process.stdout.write(String(report.score)));`;

/**
 * A project with the given zod (none without a version), then the packed package and its
 * dependencies from this repository (after the install, which would prune them).
 */
function project(zod) {
  const dir = mkdtempSync(join(tmpdir(), 'jsh-zod-'));
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  if (zod)
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', `zod@${zod}`], {
      cwd: dir,
      stdio: 'ignore',
    });
  const pkg = join(dir, 'node_modules', 'job-search-health');
  mkdirSync(pkg, { recursive: true });
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', pkg, '--strip-components=1']);
  for (const name of Object.keys(manifest.dependencies)) {
    const target = join(dir, 'node_modules', name);
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), target, 'dir');
  }
  writeFileSync(join(dir, 'esm.mjs'), ESM);
  writeFileSync(join(dir, 'cjs.cjs'), CJS);
  return dir;
}

function check(label, ok, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? `: ${detail}` : ''}`);
  if (!ok) failed = true;
}

const firstError = (text) => text.split('\n').find((line) => /error/i.test(line)) ?? text;

const cli = (dir) => join(dir, 'node_modules', 'job-search-health', 'dist', 'cli.js');

const bare = project();
const missing = spawnSync(process.execPath, [cli(bare), 'validate', story], { encoding: 'utf8' });
check(
  'without zod the CLI explains in one line',
  missing.status === 2 && missing.stderr.trim().split('\n').length === 1,
  missing.stderr.trim(),
);
rmSync(bare, { recursive: true, force: true });

for (const version of versions) {
  const dir = project(version);
  const installed = JSON.parse(
    readFileSync(join(dir, 'node_modules', 'zod', 'package.json'), 'utf8'),
  ).version;
  const run = (args) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  const esm = run(['esm.mjs', story]);
  check(`zod ${installed}: ES modules`, esm.status === 0, esm.stdout || firstError(esm.stderr));
  const cjs = run(['cjs.cjs', story]);
  check(`zod ${installed}: CommonJS`, cjs.status === 0, cjs.stdout || firstError(cjs.stderr));
  const command = run([cli(dir), 'evaluate', story, '--as-of', '2026-11-25', '--format', 'json']);
  check(`zod ${installed}: CLI`, command.status === 0, firstError(command.stderr));
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
