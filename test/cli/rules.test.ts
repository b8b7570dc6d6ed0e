import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/index';
import { cli, expectUserError, FIXTURES } from './run';

const advisor = createAdvisor();

describe('rules', () => {
  it('lists every rule in force with id, category, severity and what it checks', () => {
    const run = cli(['rules']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^ID +CATEGORY +SEVERITY +DESCRIPTION$/);
    for (const rule of advisor.rules)
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^${rule.id} +${rule.meta.category} +${rule.meta.severity} +${rule.meta.description.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
          ),
        ),
      );
    expect(run.stdout).toContain(`${advisor.rules.length} rules.`);
  });

  it('lists the rules of --rules files too, and leaves out rules a config turns off', () => {
    const run = cli([
      'rules',
      '--rules',
      join(FIXTURES, 'rule-set.json'),
      '--config',
      join(FIXTURES, 'config.json'),
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^coach\/weekly-check-in +momentum +low /m);
    expect(run.stdout).not.toMatch(/^single-basket /m);
  });

  it('explains one rule: description, rationale, options with defaults, sources, docs', () => {
    const rule = advisor.rules.find((r) => r.id === 'unanswered-outreach');
    const run = cli(['rules', 'unanswered-outreach']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^unanswered-outreach: /);
    expect(run.stdout).toContain(rule?.meta.description);
    expect(run.stdout).toContain('Why it matters');
    expect(run.stdout).toMatch(/^ {2}highAfterDays +number 0–60 +1 +Days unanswered/m);
    expect(run.stdout).toContain('Sources');
    expect(run.stdout).toContain(rule?.meta.sources[0]?.title);
    expect(run.stdout).toContain('Docs: https://');
    expect(run.stdout).toMatch(/Severity +high \(critical in some cases\)/);
  });

  it('explains a rule from a --rules file', () => {
    const run = cli(['rules', 'coach/weekly-check-in', '--rules', join(FIXTURES, 'rule-set.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ {2}minApplications +integer 0–1000 +1 +Applications sent/m);
  });

  it('suggests the closest id for an unknown rule and exits 2', () => {
    expect(expectUserError(cli(['rules', 'single-baskit']))).toBe(
      'error: unknown rule "single-baskit" (did you mean "single-basket"?); run "job-search-health rules" to list them\n',
    );
    expect(expectUserError(cli(['rules', 'outreach']))).toContain(
      '(did you mean "unanswered-outreach"?)',
    );
    expect(expectUserError(cli(['rules', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz']))).toBe(
      'error: unknown rule "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"; run "job-search-health rules" to list them\n',
    );
  });

  it('takes one id at most', () => {
    expect(expectUserError(cli(['rules', 'a', 'b']))).toContain(
      'unexpected argument "b" for "rules"',
    );
  });
});
