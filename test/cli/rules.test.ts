import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATEGORIES, createAdvisor } from '../../src/index';
import { FIXTURES, hasAnsi, run, tempDir, userError } from './run';

const advisor = createAdvisor();
const fixture = JSON.parse(readFileSync(join(FIXTURES, 'rule-set.json'), 'utf8'));

const applications = (value: unknown) => ({
  fact: 'search',
  path: 'totalApplications',
  operator: 'greaterThanInclusive',
  value,
});

/** A rule set with one rule showing every kind of option, and one rule without options. */
function customSet(): string {
  const [base] = fixture.rules;
  const set = {
    name: 'coach',
    namespace: 'coach',
    rules: [
      {
        ...base,
        id: 'coach/tuned',
        meta: {
          ...base.meta,
          title: 'A rule with every kind of option',
          sources: [
            { title: 'Coaching notes', strength: 'medium', url: 'https://example.org/notes' },
          ],
        },
        options: {
          type: 'object',
          properties: {
            tone: { type: 'string', enum: ['warm', 'brief'], default: 'warm' },
            strict: { type: 'boolean', default: false },
            atLeast: { type: 'number', minimum: 2, default: 3 },
            atMost: { type: 'number', maximum: 9, default: 4, description: 'At most this.' },
          },
        },
        conditions: { all: [applications({ fact: 'options', path: 'atLeast' })] },
      },
      {
        ...base,
        id: 'coach/plain',
        meta: { ...base.meta, title: 'A rule without options' },
        options: { type: 'object', properties: {} },
        conditions: { all: [applications(1)] },
      },
    ],
  };
  const path = join(tempDir(), 'coach.json');
  writeFileSync(path, JSON.stringify(set));
  return path;
}

describe('rules (in-process): the list', () => {
  it('lists every rule in force, grouped by category in their order, then by id', async () => {
    const result = await run(['rules']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^ID +CATEGORY +SEVERITY +DESCRIPTION$/);
    const rows = lines.slice(1, 1 + advisor.rules.length).map((l) => l.split(/ {2,}/));
    const order = BUILT_IN_CATEGORIES.map((c) => c.id);
    const sorted = [...advisor.rules].sort(
      (a, b) =>
        order.indexOf(a.meta.category) - order.indexOf(b.meta.category) || a.id.localeCompare(b.id),
    );
    expect(rows).toEqual(
      sorted.map((r) => [r.id, r.meta.category, r.meta.severity, r.meta.description]),
    );
    expect(result.stdout).toMatch(
      new RegExp(`\\n\\n${advisor.rules.length} rules\\. Run "job-search-health rules <id>"`),
    );
    expect(hasAnsi(result.stdout)).toBe(false);
  });

  it('colours headings and severities with --color', async () => {
    const result = await run(['rules', '--color']);
    expect(hasAnsi(result.stdout)).toBe(true);
    for (const severity of ['critical', 'high', 'medium', 'low', 'info'])
      expect(result.stdout).toMatch(new RegExp(`\\u001b\\[\\d+m${severity}\\u001b\\[\\d+m`));
  });

  it('adds the rules of --rules files and leaves out rules the config turns off', async () => {
    const result = await run([
      'rules',
      '--rules',
      join(FIXTURES, 'rule-set.json'),
      '--config',
      join(FIXTURES, 'config.json'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^coach\/weekly-check-in +momentum +low /m);
    expect(result.stdout).not.toMatch(/^single-basket /m);
    expect(result.stdout).toContain(`${advisor.rules.length} rules.`);
  });
});

describe('rules (in-process): one rule', () => {
  it('explains a recommended rule: severities, scope, rationale, options, sources, docs', async () => {
    const rule = advisor.rules.find((r) => r.id === 'likely-ghosted');
    const result = await run(['rules', 'likely-ghosted']);
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(new RegExp(`^likely-ghosted: ${rule?.meta.title}\\n\\n`));
    expect(out).toMatch(/^ {2}Category +follow-up$/m);
    expect(out).toMatch(/^ {2}Severity +low$/m);
    expect(out).toMatch(
      /^ {2}Applies to +each application where stage is applied, screening, interviewing or final-round$/m,
    );
    expect(out).toMatch(/^ {2}Recommended +yes$/m);
    expect(out).toContain('Why it matters');
    expect(out).toContain(`- ${rule?.meta.sources[0]?.title} (`);
    expect(out).toContain('Docs: https://');
    expect(out).toMatch(
      /Change its options in a config file, e\.g\. \{"rules":\{"likely-ghosted":\{"options":\{"/,
    );
  });

  it('names the severities a rule can raise itself to', async () => {
    const result = await run(['rules', 'single-basket']);
    expect(result.stdout).toMatch(/^ {2}Severity +high \(medium, critical in some cases\)$/m);
    expect(result.stdout).toMatch(/^ {2}Applies to +the whole search$/m);
    expect(result.stdout).toMatch(/^ {2}While +searching, deciding$/m);
  });

  it('leaves out the options section and example for a rule without options', async () => {
    const result = await run(['rules', 'withdraw-after-accepting']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Options');
    expect(result.stdout).not.toContain('Change its options');
  });

  it("shows each option's type, range or values, and default", async () => {
    const result = await run(['rules', 'coach/tuned', '--rules', customSet()]);
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^ {2}Applies to +the whole search$/m);
    expect(out).toMatch(/^ {2}Recommended +no$/m);
    expect(out).toMatch(/^ {2}NAME +TYPE +DEFAULT +DESCRIPTION$/m);
    expect(out).toMatch(/^ {2}tone +"warm"\|"brief" +"warm"$/m);
    expect(out).toMatch(/^ {2}strict +boolean +false$/m);
    expect(out).toMatch(/^ {2}atLeast +number 2– +3$/m);
    expect(out).toMatch(/^ {2}atMost +number –9 +4 +At most this\.$/m);
    expect(out).toContain('  - Coaching notes (medium)\n    https://example.org/notes\n');
    expect(out).toContain('{"rules":{"coach/tuned":{"options":{"tone":"warm"}}}}');
  });

  it('links to the documentation at the base URL of the config', async () => {
    const config = join(tempDir(), 'config.json');
    writeFileSync(config, JSON.stringify({ docsBaseUrl: 'https://coach.example/rules' }));
    const result = await run(['rules', 'single-basket', '--config', config]);
    expect(result.stdout).toMatch(/^Docs: https:\/\/coach\.example\/rules\/single-basket\.md$/m);
  });
});

describe('rules (in-process): mistakes exit 2', () => {
  it('suggests the closest id, or one that contains the word, for an unknown rule', async () => {
    expect(userError(await run(['rules', 'single-baskit']))).toBe(
      'error: unknown rule "single-baskit" (did you mean "single-basket"?); run "job-search-health rules" to list them\n',
    );
    expect(userError(await run(['rules', 'ghosted']))).toContain(
      '(did you mean "likely-ghosted"?)',
    );
    expect(userError(await run(['rules', 'zzzzzzzzzzzzzzzzzzzz']))).toBe(
      'error: unknown rule "zzzzzzzzzzzzzzzzzzzz"; run "job-search-health rules" to list them\n',
    );
  });

  it('does not explain a rule the config turns off', async () => {
    expect(
      userError(await run(['rules', 'single-basket', '--config', join(FIXTURES, 'config.json')])),
    ).toContain('unknown rule "single-basket"');
  });

  it('takes one id at most', async () => {
    expect(userError(await run(['rules', 'a', 'b']))).toContain(
      'unexpected argument "b" for "rules"',
    );
  });
});
