import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_TYPES_FILE, ruleTypesSource } from '../../scripts/generate-rule-types';

describe('the rule model types generated from the rule schema', () => {
  const source = ruleTypesSource();

  it('are up to date (run npm run schemas)', () => {
    expect(readFileSync(RULE_TYPES_FILE, 'utf8')).toBe(source);
  });

  it('document every field with its schema description, as editors show on hover', () => {
    expect(source).toContain(
      '  /** Subject facts that must be known; subjects missing any are counted as needing data. */\n  readonly requires?: readonly string[];',
    );
    const fields = source.match(/^ {2}readonly \w+/gm) ?? [];
    const documented = source.match(/\*\/\n {2}readonly \w+/g) ?? [];
    expect(fields.length).toBeGreaterThan(40);
    expect(documented.length).toBe(fields.length);
  });
});
