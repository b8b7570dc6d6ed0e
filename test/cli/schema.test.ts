import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, expectUserError } from './run';

const shipped = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8'));

describe('schema', () => {
  it('prints the search schema by default', () => {
    const run = cli(['schema']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(shipped('search.schema.json'));
  });

  it('prints each kind: search, config, rules', () => {
    const kinds = {
      search: 'search.schema.json',
      config: 'config.schema.json',
      rules: 'rule-set.schema.json',
    };
    for (const [kind, file] of Object.entries(kinds)) {
      const run = cli(['schema', kind]);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(shipped(file));
    }
  });

  it('refuses an unknown kind', () => {
    expect(expectUserError(cli(['schema', 'report']))).toBe(
      'error: invalid value "report" for the schema kind: expected one of search, config, rules\n',
    );
  });
});
