import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { coachingPlugin } from '../../examples/custom-rule-set/plugin';
import { createAdvisor, parseRuleSet } from '../../src/index';
import { AS_OF, applied, buildSearch } from '../helpers/search';

const run = promisify(execFile);
const rulesJson = JSON.parse(
  readFileSync(new URL('../../examples/custom-rule-set/rules.json', import.meta.url), 'utf8'),
);
const story = JSON.parse(
  readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8'),
);

describe('examples/custom-rule-set', () => {
  const plugin = coachingPlugin({ lastSessionAt: new Date('2026-10-20') });
  const acme = parseRuleSet(rulesJson, { plugins: [plugin] });
  const advisor = createAdvisor({ extends: ['recommended', acme], plugins: [plugin] });

  it('loads the JSON rule set with the plugin and fires its rules alongside the recommended ones', async () => {
    const report = await advisor.evaluate(story, { asOf: AS_OF });
    const coach = report.advice.find((a) => a.ruleId === 'acme/book-coach-session');
    expect(coach?.message).toContain('Harbor & Pine Design');
    expect(coach?.category).toBe('coaching');
    expect(report.categories.coaching?.title).toBe('Coaching');
    expect(report.advice.slice(0, 3).map((a) => a.ruleId)).toEqual([
      'unanswered-outreach',
      'single-basket',
      'follow-up-limit-reached',
    ]);
  });

  it('uses the plugin operator and facts: a role outside the target roles', async () => {
    const search = buildSearch({
      candidate: { targetRoles: ['Data Analyst'] },
      applications: [
        applied('a', 'acme', 3, { role: 'Warehouse Supervisor' }),
        applied('b', 'globex', 3, { role: 'Senior Data Analyst' }),
      ],
    });
    const report = await advisor.evaluate(search, { asOf: AS_OF });
    const off = report.advice.filter((a) => a.ruleId === 'acme/off-target-role');
    expect(off.map((a) => a.subjects[0]?.id)).toEqual(['a']);
  });

  it('needs the plugin: without it the rule set is refused', () => {
    expect(() => parseRuleSet(rulesJson)).toThrow(
      /unknown fact "coaching"[\s\S]*unknown operator "sharesWordWith"/,
    );
  });

  it('runs as a script', async () => {
    const { stdout } = await run('npx', ['tsx', 'examples/custom-rule-set/main.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
    });
    expect(stdout).toContain('Time to see your coach');
    expect(stdout).toContain('An employer is waiting for your reply');
  });
});
