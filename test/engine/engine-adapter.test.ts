/**
 * How an advisor finds json-rules-engine: as the adapter object from its entry, or by name once
 * that entry has been imported, and a clear error with the fix when neither holds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, createAdvisor, type EngineName } from '../../src/index';
import { jsonRulesEngine } from '../../src/json-rules-engine/index';
import { AS_OF, applied, buildSearch } from '../helpers/search';

const search = buildSearch({ applications: [applied('a', 'acme', 30)] });
const ENGINES = Symbol.for('job-search-health/engines');
const registry = () =>
  (globalThis as { [ENGINES]?: Map<string, unknown> })[ENGINES] ?? new Map<string, unknown>();

function configIssues(make: () => unknown): string[] {
  try {
    make();
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

afterEach(() => {
  registry().set(jsonRulesEngine.name, jsonRulesEngine);
});

describe('choosing json-rules-engine', () => {
  it('takes the adapter object and reports the same as the compiled engine', async () => {
    const advisor = createAdvisor({ engine: jsonRulesEngine });
    expect(advisor.engine).toBe('json-rules-engine');
    expect(await advisor.evaluate(search, { asOf: AS_OF })).toEqual(
      await createAdvisor().evaluate(search, { asOf: AS_OF }),
    );
    expect(() => advisor.evaluateSync(search, { asOf: AS_OF })).toThrow(/compiled engine/);
  });

  it('takes the name once its entry has been imported', () => {
    expect(createAdvisor({ engine: 'json-rules-engine' }).engine).toBe('json-rules-engine');
    expect(createAdvisor({ engine: 'compiled' }).engine).toBe('compiled');
  });

  it('says which entry to import when the name is used before it is loaded', () => {
    registry().delete('json-rules-engine');
    expect(configIssues(() => createAdvisor({ engine: 'json-rules-engine' }))).toEqual([
      `engine: "json-rules-engine" is not loaded: import { jsonRulesEngine } from 'job-search-health/json-rules-engine' and pass engine: jsonRulesEngine (importing that entry also makes the name work)`,
    ]);
  });

  it('refuses an unknown engine, naming the choices', () => {
    expect(configIssues(() => createAdvisor({ engine: 'rete' as EngineName }))).toEqual([
      `engine: must be "compiled", "json-rules-engine" or jsonRulesEngine from 'job-search-health/json-rules-engine', got "rete"`,
    ]);
  });
});
