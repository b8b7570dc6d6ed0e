import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'check-changeset-version.mjs');
const PACKAGE = 'job-search-health';

const check = (root?: string) =>
  spawnSync(process.execPath, [SCRIPT, ...(root === undefined ? [] : [root])], {
    encoding: 'utf8',
  });

const fixtures: string[] = [];
afterAll(() => {
  for (const dir of fixtures) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the repository's changeset setup with the given version and changesets. */
function fixture(version: string, changesets: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'jsh-changesets-'));
  fixtures.push(dir);
  mkdirSync(join(dir, '.changeset'));
  copyFileSync(join(ROOT, '.changeset', 'config.json'), join(dir, '.changeset', 'config.json'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: PACKAGE, version }));
  writeFileSync(join(dir, 'CHANGELOG.md'), `# ${PACKAGE}\n`);
  for (const [name, text] of Object.entries(changesets))
    writeFileSync(join(dir, '.changeset', name), text);
  return dir;
}

const changeset = (bump: string, summary: string) =>
  `---\n"${PACKAGE}": ${bump}\n---\n\n${summary}\n`;

describe('changesets', () => {
  it("turns this repository's changesets into a version bump and CHANGELOG.md entries", () => {
    const before = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const pending = readdirSync(join(ROOT, '.changeset')).filter(
      (n) => n.endsWith('.md') && n !== 'README.md',
    );
    if (pending.length > 0)
      expect(run.stdout).toMatch(/^changeset version: \d+\.\d+\.\d+ -> \d+\.\d+\.\d+ /);
    // It worked on a copy.
    expect(readFileSync(join(ROOT, 'package.json'), 'utf8')).toBe(before);
    expect(
      readdirSync(join(ROOT, '.changeset')).filter((n) => n.endsWith('.md') && n !== 'README.md'),
    ).toEqual(pending);
  });

  it('bumps by the largest change and lists every changeset', () => {
    const dir = fixture('1.2.3', {
      'fix-a.md': changeset('patch', 'Fixes the widget.'),
      'add-b.md': changeset('minor', 'Adds the gadget,\nwrapped over two lines.'),
    });
    const run = check(dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1.2.3 -> 1.3.0 (minor), 2 CHANGELOG.md entries');
    expect(run.stdout).toMatch(
      /## 1\.3\.0\n\n### Minor Changes\n\n- Adds the gadget,\n {2}wrapped over two lines\./,
    );
    expect(run.stdout).toContain('### Patch Changes\n\n- Fixes the widget.');
  });

  it('fails on a changeset whose front matter was mangled', () => {
    // What a Markdown formatter makes of the front matter: a setext heading.
    const dir = fixture('0.0.0', {
      'mangled.md': `---\n\n## "${PACKAGE}": minor\n\nSomething new.\n`,
    });
    const run = check(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('mangled.md: no front matter');
  });

  it('passes when nothing is pending', () => {
    const run = check(fixture('0.3.0', {}));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('nothing to release');
  });
});
