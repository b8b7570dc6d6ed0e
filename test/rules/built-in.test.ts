import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_LIST_PATH, ruleFolderIds, ruleListSource } from '../../scripts/rules/rule-list';
import { BUILT_IN_RULES } from '../../src/rules/built-in';
import { recommended } from '../../src/rules/recommended';

const root = new URL('../../', import.meta.url);

describe('the built-in rules', () => {
  it(`${RULE_LIST_PATH} lists every rule folder (run npm run rules:list)`, () => {
    const committed = readFileSync(new URL(RULE_LIST_PATH, root), 'utf8');
    expect(committed, `${RULE_LIST_PATH} is stale: run npm run rules:list`).toBe(
      ruleListSource(ruleFolderIds(root)),
    );
  });

  it('each rule sits in the folder named after its id', () => {
    expect(BUILT_IN_RULES.map((rule) => rule.id)).toEqual(ruleFolderIds(root));
  });

  it('recommended holds exactly the rules whose metadata says so', () => {
    expect(recommended.rules.map((rule) => rule.id)).toEqual(
      BUILT_IN_RULES.filter((rule) => rule.meta.recommended === true).map((rule) => rule.id),
    );
  });
});
