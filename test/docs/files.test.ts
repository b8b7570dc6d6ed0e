import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectedRuleDocs, markdownNames, writeRuleDocs } from '../../scripts/docs/files';
import { RuleDocsError } from '../../scripts/docs/generate';
import { recommended } from '../../src/rules/recommended';

const HANDWRITTEN = '## How to act on it\n\nDo this.\n\n## When to turn it off\n\nNever.\n';
const [first, second] = recommended.rules;

/** A repository folder with a README and the hand-written sections of the given rules. */
function repository(ids: readonly string[]): { dir: string; root: URL } {
  const dir = mkdtempSync(join(tmpdir(), 'jsh-docs-'));
  writeFileSync(join(dir, 'README.md'), '# Rules\n\n<!-- rules:start -->\n<!-- rules:end -->\n');
  for (const id of ids) {
    mkdirSync(join(dir, 'src', 'rules', id), { recursive: true });
    writeFileSync(join(dir, 'src', 'rules', id, 'notes.md'), HANDWRITTEN);
  }
  return { dir, root: pathToFileURL(`${dir}/`) };
}

describe('writeRuleDocs', () => {
  it('writes every page on the first run, then nothing while the rules stay the same', () => {
    if (!first || !second) throw new Error('the recommended set has rules');
    const { dir, root } = repository([first.id, second.id]);
    const files = expectedRuleDocs(root, [first, second]);
    expect(writeRuleDocs(root, files)).toEqual([
      `wrote docs/rules/${first.id}.md`,
      `wrote docs/rules/${second.id}.md`,
      'wrote docs/rules/README.md',
      'wrote README.md',
    ]);
    expect(readFileSync(join(dir, 'docs', 'rules', `${first.id}.md`), 'utf8')).toBe(
      files[`docs/rules/${first.id}.md`],
    );
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(`[\`${first.id}\`]`);
    expect(writeRuleDocs(root, expectedRuleDocs(root, [first, second]))).toEqual([]);
  });

  it('rewrites what changed and deletes the page of a rule that is gone', () => {
    if (!first || !second) throw new Error('the recommended set has rules');
    const { dir, root } = repository([first.id, second.id]);
    writeRuleDocs(root, expectedRuleDocs(root, [first, second]));
    expect(writeRuleDocs(root, expectedRuleDocs(root, [first]))).toEqual([
      'wrote docs/rules/README.md',
      'wrote README.md',
      `deleted docs/rules/${second.id}.md`,
    ]);
    expect(existsSync(join(dir, 'docs', 'rules', `${second.id}.md`))).toBe(false);
    expect(markdownNames(root, 'docs/rules/')).toEqual(['README', first.id].sort());
  });

  it('lists no pages in a folder that does not exist', () => {
    expect(markdownNames(repository([]).root, 'docs/nowhere/')).toEqual([]);
  });

  it('refuses to render a rule whose hand-written sections are missing', () => {
    if (!first) throw new Error('the recommended set has rules');
    const { root } = repository([]);
    expect(() => expectedRuleDocs(root, [first])).toThrow(RuleDocsError);
  });
});
