import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyRule } from '../../src/rule/types';
import { RULE_DOCS_DIR, renderRuleDocs } from './generate';

/** Markdown files directly in a folder of the repository (names without `.md`). */
export function markdownNames(root: URL, dir: string): string[] {
  const path = fileURLToPath(new URL(dir, root));
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort();
}

/** The hand-written notes file in each rule's folder. */
const NOTES_FILE = 'notes.md';

/** The hand-written sections in `src/rules/<id>/notes.md`, by rule id. */
export function readHandwritten(root: URL): Record<string, string> {
  const rules = fileURLToPath(new URL('src/rules/', root));
  if (!existsSync(rules)) return {};
  return Object.fromEntries(
    readdirSync(rules, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(rules, entry.name, NOTES_FILE)))
      .map((entry) => entry.name)
      .sort()
      .map((id) => [id, readFileSync(join(rules, id, NOTES_FILE), 'utf8')]),
  );
}

/** The rule docs as they should be, for the repository at `root` (a URL ending in `/`). */
export function expectedRuleDocs(root: URL, rules: readonly AnyRule[]): Record<string, string> {
  return renderRuleDocs({
    rules,
    handwritten: readHandwritten(root),
    readme: readFileSync(new URL('README.md', root), 'utf8'),
  });
}

/**
 * Writes the rule docs that changed and deletes pages of rules that no longer exist. Returns
 * what it did, one line per file (`wrote …`, `deleted …`).
 */
export function writeRuleDocs(root: URL, files: Readonly<Record<string, string>>): string[] {
  const changed: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const url = new URL(path, root);
    if (existsSync(url) && readFileSync(url, 'utf8') === text) continue;
    mkdirSync(dirname(fileURLToPath(url)), { recursive: true });
    writeFileSync(url, text);
    changed.push(`wrote ${path}`);
  }
  for (const name of markdownNames(root, `${RULE_DOCS_DIR}/`)) {
    const path = `${RULE_DOCS_DIR}/${name}.md`;
    if (files[path] !== undefined) continue;
    rmSync(new URL(path, root));
    changed.push(`deleted ${path}`);
  }
  return changed;
}
