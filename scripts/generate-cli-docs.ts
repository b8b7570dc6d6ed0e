/**
 * Refreshes the sample output in docs/cli.md and README.md by running the CLI from the sources.
 * Run by `npm run docs:cli`; test/cli/docs.test.ts fails when a committed sample is stale.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = execFileSync(
  process.execPath,
  [
    '--import',
    'tsx',
    'src/cli.ts',
    'evaluate',
    'examples/story/search.json',
    '--as-of',
    '2026-11-25',
  ],
  { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
);
const block = /(<!-- cli-sample:start -->\n```text\n)[\s\S]*?(```\n<!-- cli-sample:end -->)/;
for (const file of ['docs/cli.md', 'README.md']) {
  const doc = new URL(`../${file}`, import.meta.url);
  const text = readFileSync(doc, 'utf8');
  if (!block.test(text)) throw new Error(`${file} has no cli-sample block`);
  writeFileSync(
    doc,
    text.replace(block, (_, start: string, end: string) => start + output + end),
  );
  console.log(`updated the sample in ${file}`);
}
