/**
 * Refreshes the generated parts of docs/cli.md (each command's reference, a sample report) and
 * the sample in README.md from the CLI's command definitions. Run by `npm run docs:cli`;
 * test/cli/docs.test.ts fails when a committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { commandReferences, refresh, sampleOutput } from './cli-docs';

const sample = await sampleOutput();
const references = commandReferences();
for (const file of ['docs/cli.md', 'README.md']) {
  const doc = new URL(`../${file}`, import.meta.url);
  writeFileSync(doc, refresh(readFileSync(doc, 'utf8'), sample, references));
  console.log(`updated ${file}`);
}
