import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, schemaFile, userError } from './run';

describe('schema (in-process)', () => {
  it('prints the shipped search schema by default, byte for byte', async () => {
    expect(await run(['schema'])).toEqual({
      code: 0,
      stdout: readFileSync(schemaFile('search.schema.json'), 'utf8'),
      stderr: '',
    });
  });

  it('prints the schema of each kind: search, config, rules, report', async () => {
    const files = {
      search: 'search.schema.json',
      config: 'config.schema.json',
      rules: 'rule-set.schema.json',
      report: 'report.schema.json',
    };
    for (const [kind, name] of Object.entries(files)) {
      const result = await run(['schema', kind]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(readFileSync(schemaFile(name), 'utf8'));
    }
  });

  it('refuses an unknown kind, listing the kinds', async () => {
    expect(userError(await run(['schema', 'reports']))).toBe(
      'error: invalid value "reports" for the schema kind: expected one of search, config, rules, report\n',
    );
  });
});
