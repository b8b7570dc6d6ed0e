// Shows that `changeset version` turns the pending changesets into CHANGELOG.md entries and a
// version bump, without publishing, git or network. It works on a copy of package.json,
// .changeset/ and CHANGELOG.md in a temporary folder, so the repository is left untouched.
//
//   node scripts/check-changeset-version.mjs [repository-folder]   (default: this repository)
//
// Prints the release section it produced; exits 1 with the reason when something is off.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUMPS = ['patch', 'minor', 'major'];
// Loaded into `changeset version` to make any connection attempt fail loudly.
const NETWORK_GUARD = `const refuse = () => { throw new Error('changeset version tried to use the network'); };
require('node:net').Socket.prototype.connect = refuse;
require('node:dns').lookup = refuse;
require('node:dns').promises.lookup = refuse;
`;

class CheckFailed extends Error {}

const fail = (message) => {
  throw new CheckFailed(message);
};

/** The package bumps and the summary of one changeset file. */
function parseChangeset(file, text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match)
    fail(`${file}: no front matter (the file must start with "---", package bumps, "---")`);
  const bumps = new Map();
  for (const line of match[1].split(/\r?\n/).filter((l) => l.trim() !== '')) {
    const bump = /^\s*["']?([^"':]+)["']?\s*:\s*(\w+)\s*$/.exec(line);
    if (!bump || !BUMPS.includes(bump[2])) fail(`${file}: cannot read the bump "${line.trim()}"`);
    bumps.set(bump[1], bump[2]);
  }
  const summary = match[2].trim();
  if (summary === '') fail(`${file}: the summary is empty`);
  return { file, bumps, summary };
}

function increment(version, bump) {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(version)?.slice(1).map(Number);
  if (!parts) fail(`package.json: cannot bump version "${version}" (expected x.y.z)`);
  const [major, minor, patch] = parts;
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const words = (text) => text.replace(/\s+/g, ' ').trim();

async function check(root) {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const names = (await readdir(join(root, '.changeset'))).filter(
    (n) => n.endsWith('.md') && n !== 'README.md',
  );
  const changesets = await Promise.all(
    names.map(async (n) => parseChangeset(n, await readFile(join(root, '.changeset', n), 'utf8'))),
  );
  const ours = changesets.filter((c) => c.bumps.has(manifest.name));
  if (ours.length === 0) return `No pending changesets for ${manifest.name}: nothing to release.`;
  const bump = BUMPS[Math.max(...ours.map((c) => BUMPS.indexOf(c.bumps.get(manifest.name))))];
  const expected = increment(manifest.version, bump);

  const work = await mkdtemp(join(tmpdir(), 'changeset-version-'));
  try {
    await cp(join(root, 'package.json'), join(work, 'package.json'));
    await cp(join(root, '.changeset'), join(work, '.changeset'), { recursive: true });
    await cp(join(root, 'CHANGELOG.md'), join(work, 'CHANGELOG.md')).catch(() => undefined);
    await writeFile(join(work, 'network-guard.cjs'), NETWORK_GUARD);

    const bin = createRequire(import.meta.url).resolve('@changesets/cli/bin.js');
    const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(join(work, 'network-guard.cjs'))}`;
    const run = spawnSync(process.execPath, [bin, 'version'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: nodeOptions.trim(), CI: 'true' },
    });
    if (run.status !== 0)
      fail(`changeset version failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);

    const version = JSON.parse(await readFile(join(work, 'package.json'), 'utf8')).version;
    if (version !== expected)
      fail(
        `package.json: version ${version} after changeset version, expected ${expected} (${bump} from ${manifest.version})`,
      );
    const changelog = await readFile(join(work, 'CHANGELOG.md'), 'utf8');
    const section = new RegExp(
      `^## ${version.replaceAll('.', '\\.')}\\n[\\s\\S]*?(?=^## |(?![\\s\\S]))`,
      'm',
    ).exec(changelog)?.[0];
    if (section === undefined) fail(`CHANGELOG.md: no "## ${version}" section`);
    for (const c of ours) {
      const firstParagraph = words(c.summary.split(/\n\s*\n/)[0]);
      if (!words(section).includes(firstParagraph))
        fail(`CHANGELOG.md: the ${version} section lacks the entry of ${c.file}`);
    }
    const left = (await readdir(join(work, '.changeset'))).filter((n) => names.includes(n));
    if (left.length > 0) fail(`changeset version left ${left.join(', ')} in .changeset/`);
    return `changeset version: ${manifest.version} -> ${version} (${bump}), ${ours.length} CHANGELOG.md ${ours.length === 1 ? 'entry' : 'entries'}:\n\n${section.trimEnd()}`;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
try {
  process.stdout.write(`${await check(root)}\n`);
} catch (error) {
  if (!(error instanceof CheckFailed)) throw error;
  process.stderr.write(`check-changeset-version: ${error.message}\n`);
  process.exitCode = 1;
}
