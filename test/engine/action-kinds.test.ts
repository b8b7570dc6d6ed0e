import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, evaluateSearch, recommended } from '../../src/index';

const known: readonly string[] = ACTION_KINDS;

describe('ACTION_KINDS', () => {
  it('holds every kind the built-in rules write as data', () => {
    for (const rule of recommended.rules)
      if (Array.isArray(rule.actions))
        for (const action of rule.actions) expect(known, rule.id).toContain(action.kind);
  });

  it('holds every kind of action in the reports of the example searches', async () => {
    const scenarios = new URL('../scenarios/', import.meta.url);
    const files = [new URL('../../examples/story/search.json', import.meta.url)];
    for (const name of readdirSync(scenarios))
      if (name.endsWith('.json')) files.push(new URL(name, scenarios));
    for (const file of files) {
      const search = JSON.parse(readFileSync(file, 'utf8'));
      const report = await evaluateSearch(search, { asOf: '2026-11-25' });
      for (const advice of report.advice)
        for (const action of advice.actions) expect(known, advice.ruleId).toContain(action.kind);
    }
  });
});
