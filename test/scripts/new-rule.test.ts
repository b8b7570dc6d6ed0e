import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ruleListSource } from '../../scripts/rules/rule-list';
import { ScaffoldError, scaffoldRule } from '../../scripts/rules/scaffold';
import type { AnyRule } from '../../src/index';
import { checkRuleCases } from '../../src/testing/rule-tester';
import { AS_OF, applied, buildSearch } from '../helpers/search';

const repo = join(import.meta.dirname, '..', '..');

/** A throwaway repository whose rule code is the real one, linked, with no rule folders yet. */
function tempRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'new-rule-'));
  mkdirSync(join(dir, 'src', 'rules'), { recursive: true });
  mkdirSync(join(dir, 'test'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(repo, 'src', 'rule'), join(dir, 'src', 'rule'));
  symlinkSync(join(repo, 'test', 'helpers'), join(dir, 'test', 'helpers'));
  for (const shared of ['conditions.ts', 'options.ts'])
    symlinkSync(join(repo, 'src', 'rules', shared), join(dir, 'src', 'rules', shared));
  return dir;
}

const sent = (count: number) =>
  buildSearch({
    applications: Array.from({ length: count }, (_, i) => applied(`a${i}`, `c${i}`, i + 1)),
  });

describe('npm run new-rule', () => {
  let dir: string;
  let root: URL;
  beforeEach(() => {
    dir = tempRepo();
    root = pathToFileURL(`${dir}/`);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the rule, its test and notes, and registers it', () => {
    expect(scaffoldRule(root, 'slow-replies')).toEqual([
      'src/rules/slow-replies/rule.ts',
      'src/rules/slow-replies/rule.test.ts',
      'src/rules/slow-replies/notes.md',
      'src/rules/built-in.ts',
    ]);
    expect(readFileSync(join(dir, 'src/rules/built-in.ts'), 'utf8')).toBe(
      ruleListSource(['slow-replies']),
    );
    expect(readFileSync(join(dir, 'src/rules/slow-replies/rule.test.ts'), 'utf8')).toContain(
      'ruleTester.run(slowReplies, {',
    );
    expect(readFileSync(join(dir, 'src/rules/slow-replies/notes.md'), 'utf8')).toMatch(
      /^## How to act on it\n[\s\S]+\n## When to turn it off\n/,
    );
  });

  it('scaffolds a rule that fires below its threshold and stays quiet at it', async () => {
    scaffoldRule(root, 'slow-replies');
    const module = (await import(join(dir, 'src/rules/slow-replies/rule.ts'))) as {
      slowReplies: AnyRule;
    };
    expect(module.slowReplies.id).toBe('slow-replies');
    const results = await checkRuleCases(module.slowReplies, {
      asOf: AS_OF,
      fires: [{ name: 'two sent', search: sent(2), advice: [{ subjects: ['search'] }] }],
      quiet: [{ name: 'three sent', search: sent(3), status: 'passed' }],
    });
    expect(results.map((r) => r.problem ?? 'ok')).toEqual(['ok', 'ok']);
  });

  it('keeps the list sorted as rules are added', () => {
    scaffoldRule(root, 'zeta-rule');
    scaffoldRule(root, 'alpha-rule');
    expect(readFileSync(join(dir, 'src/rules/built-in.ts'), 'utf8')).toBe(
      ruleListSource(['alpha-rule', 'zeta-rule']),
    );
  });

  it('refuses an id that is not kebab-case or is taken, writing nothing', () => {
    expect(() => scaffoldRule(root, 'Slow_Replies')).toThrow(ScaffoldError);
    expect(() => scaffoldRule(root, 'Slow_Replies')).toThrow('use kebab-case');
    expect(existsSync(join(dir, 'src/rules/built-in.ts'))).toBe(false);
    scaffoldRule(root, 'slow-replies');
    expect(() => scaffoldRule(root, 'slow-replies')).toThrow(
      'src/rules/slow-replies already exists',
    );
  });
});
