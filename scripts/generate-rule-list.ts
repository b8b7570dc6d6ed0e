/**
 * Writes src/rules/built-in.ts, the list of every rule folder in src/rules. Run by
 * `npm run rules:list` (and by `npm run new-rule`); test/rules/built-in.test.ts fails when it is
 * stale.
 */
import { RULE_LIST_PATH, RuleListError, writeRuleList } from './rules/rule-list';

try {
  console.log(
    writeRuleList(new URL('../', import.meta.url))
      ? `wrote ${RULE_LIST_PATH}`
      : `${RULE_LIST_PATH} is up to date`,
  );
} catch (error) {
  if (!(error instanceof RuleListError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
