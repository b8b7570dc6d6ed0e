import { describe, expect, it } from 'vitest';
import { checkRuleCases, RuleTester, type TestFn } from '../../src/index';
import { applicationFollowUpDue } from '../../src/rules/application-follow-up-due/rule';
import { AS_OF, applied, buildSearch } from '../helpers/search';

const rule = applicationFollowUpDue;
const due = buildSearch({ applications: [applied('a', 'acme', 12), applied('b', 'globex', 40)] });
const early = buildSearch({ applications: [applied('a', 'acme', 3)] });
const undated = buildSearch({ applications: [applied('a', 'acme', 3, { appliedAt: undefined })] });
const empty = buildSearch({});

const problemOf = async (cases: Partial<Parameters<typeof checkRuleCases>[1]>) => {
  const [result] = await checkRuleCases(rule, { asOf: AS_OF, fires: [], quiet: [], ...cases });
  return result;
};

describe('checkRuleCases', () => {
  it('passes cases the rule meets, naming each fires: or quiet:, with the report', async () => {
    const results = await checkRuleCases(rule, {
      asOf: AS_OF,
      fires: [
        {
          name: 'due',
          search: due,
          advice: [{ subjects: ['a'], severity: 'medium' }, { severity: 'low' }],
        },
      ],
      quiet: [
        { name: 'early', search: early, status: 'passed' },
        { name: 'any quiet status', search: empty },
      ],
    });
    expect(results.map((r) => [r.name, r.ok, r.problem])).toEqual([
      ['fires: due', true, undefined],
      ['quiet: early', true, undefined],
      ['quiet: any quiet status', true, undefined],
    ]);
    expect(results[0]?.report?.advice).toHaveLength(2);
  });

  it('says what happened instead when a rule that should fire stays quiet', async () => {
    const quiet = await problemOf({ fires: [{ name: 'early', search: early, advice: [{}] }] });
    expect(quiet).toMatchObject({
      name: 'fires: early',
      ok: false,
      problem: 'expected advice, got passed',
    });
    const missing = await problemOf({
      fires: [{ name: 'undated', search: undated, advice: [{}] }],
    });
    expect(missing?.problem).toMatch(/^expected advice, got needs-data \(.+\)$/);
  });

  it('names the expected advice no actual advice matches, and lists what came', async () => {
    const result = await problemOf({
      fires: [{ name: 'due', search: due, advice: [{ subjects: ['b'], severity: 'medium' }] }],
    });
    expect(result?.problem).toBe(
      'no advice matches {"subjects":["b"],"severity":"medium"}; got [{"subjects":["a"],"severity":"medium"},{"subjects":["b"],"severity":"low"}]',
    );
  });

  it('names advice nobody expected', async () => {
    const result = await problemOf({
      fires: [{ name: 'due', search: due, advice: [{ subjects: ['a'] }] }],
    });
    expect(result?.problem).toBe('unexpected advice [{"subjects":["b"],"severity":"low"}]');
  });

  it('says when a rule fires where it should stay quiet, or is quiet for another reason', async () => {
    const fired = await problemOf({ quiet: [{ name: 'due', search: due }] });
    expect(fired).toMatchObject({ name: 'quiet: due', ok: false });
    expect(fired?.problem).toMatch(/^expected no advice, got advice: \[\{"subjects":\["a"\]/);
    const other = await problemOf({ quiet: [{ name: 'e', search: early, status: 'needs-data' }] });
    expect(other?.problem).toBe('expected needs-data, got passed: []');
    const needsData = await problemOf({
      quiet: [{ name: 'u', search: undated, status: 'passed' }],
    });
    expect(needsData?.problem).toMatch(/^expected passed, got needs-data \(.+\): \[\]$/);
  });

  it('runs each case with its own options', async () => {
    const result = await problemOf({
      fires: [
        { name: 'early', search: early, options: { afterDays: 3 }, advice: [{ subjects: ['a'] }] },
      ],
    });
    expect(result?.ok).toBe(true);
  });
});

describe('RuleTester', () => {
  /** Records what RuleTester declares, as a test runner would. */
  function recorder() {
    const suites: string[] = [];
    const tests = new Map<string, () => Promise<void> | void>();
    const describe: TestFn = (name, fn) => {
      suites.push(name);
      void fn();
    };
    const it: TestFn = (name, fn) => {
      tests.set(name, fn);
    };
    return { suites, tests, tester: new RuleTester({ describe, it }) };
  }

  it('declares one suite per rule and one test per case', () => {
    const { suites, tests, tester } = recorder();
    tester.run(rule, {
      asOf: AS_OF,
      fires: [{ name: 'due', search: due, advice: [{}, {}] }],
      quiet: [{ name: 'early', search: early }],
    });
    expect(suites).toEqual(['application-follow-up-due']);
    expect([...tests.keys()]).toEqual(['fires: due', 'quiet: early']);
  });

  it("passes a case the rule meets, and fails one it doesn't with the rule, case and problem", async () => {
    const { tests, tester } = recorder();
    tester.run(rule, {
      asOf: AS_OF,
      fires: [{ name: 'early', search: early, advice: [{}] }],
      quiet: [{ name: 'early', search: early }],
    });
    await expect(tests.get('quiet: early')?.()).resolves.toBeUndefined();
    await expect(tests.get('fires: early')?.()).rejects.toThrow(
      'application-follow-up-due › fires: early: expected advice, got passed',
    );
  });
});
