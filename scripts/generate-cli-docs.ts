/**
 * Refreshes the sample output in docs/cli.md by running the CLI from the sources. Run by
 * `npm run docs:cli`; test/cli/docs.test.ts fails when the committed sample is stale.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const doc = new URL('../docs/cli.md', import.meta.url);
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
const text = readFileSync(doc, 'utf8');
if (!block.test(text)) throw new Error('docs/cli.md has no cli-sample block');
writeFileSync(
  doc,
  text.replace(block, (_, start: string, end: string) => start + output + end),
);
console.log('updated the sample in docs/cli.md');
