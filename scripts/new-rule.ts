/**
 * Scaffolds a built-in rule: `npm run new-rule <id>` writes src/rules/<id>/ (rule, test, notes)
 * and registers the rule in src/rules/built-in.ts.
 */
import { RuleListError } from './rules/rule-list';
import { ScaffoldError, scaffoldRule } from './rules/scaffold';

const root = new URL('../', import.meta.url);
const [id, ...rest] = process.argv.slice(2);
if (id === undefined || rest.length > 0) {
  console.error('usage: npm run new-rule <id>   (a kebab-case id, e.g. slow-replies)');
  process.exitCode = 1;
} else {
  try {
    for (const file of scaffoldRule(root, id)) console.log(`wrote ${file}`);
    console.log(
      `next: edit src/rules/${id}/, run "npx vitest run src/rules/${id}", then "npm run docs:rules"`,
    );
  } catch (error) {
    // A refused id or a malformed rule folder is the writer's to fix: no stack trace needed.
    if (!(error instanceof ScaffoldError || error instanceof RuleListError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
