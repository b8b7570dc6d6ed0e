import { describe, expect, it } from 'vitest';
import { configJsonSchema, ruleSetJsonSchema, searchJsonSchema } from '../../src/index';
import { cli, expectUserError } from './run';

describe('schema', () => {
  it('prints the search schema by default', () => {
    const run = cli(['schema']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(searchJsonSchema());
  });

  it('prints each kind: search, config, rules', () => {
    const kinds = { search: searchJsonSchema, config: configJsonSchema, rules: ruleSetJsonSchema };
    for (const [kind, schema] of Object.entries(kinds)) {
      const run = cli(['schema', kind]);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(schema());
    }
  });

  it('refuses an unknown kind', () => {
    expect(expectUserError(cli(['schema', 'report']))).toBe(
      'error: invalid value "report" for the schema kind: expected one of search, config, rules\n',
    );
  });
});
