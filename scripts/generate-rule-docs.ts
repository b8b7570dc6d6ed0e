/**
 * Writes docs/rules/<id>.md for every recommended rule, the index docs/rules/README.md and the
 * rules table in README.md. Run by `npm run docs:rules`; test/docs.test.ts fails when they are
 * stale.
 */

import { recommended } from '../src/rules/recommended';
import { expectedRuleDocs, writeRuleDocs } from './docs/files';
import { RuleDocsError } from './docs/generate';

const root = new URL('../', import.meta.url);
try {
  const changed = writeRuleDocs(root, expectedRuleDocs(root, recommended.rules));
  console.log(changed.length > 0 ? changed.join('\n') : 'rule docs are up to date');
} catch (error) {
  // A missing or malformed hand-written file is the writer's to fix: no stack trace needed.
  if (!(error instanceof RuleDocsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
