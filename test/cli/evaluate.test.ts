import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSearch, type HealthReport } from '../../src/index';
import { AS_OF, cli, expectUserError, FIXTURES, hasAnsi, STORY, tempDir } from './run';

const story = JSON.parse(readFileSync(STORY, 'utf8'));
const expected = async (): Promise<HealthReport> =>
  JSON.parse(JSON.stringify(await evaluateSearch(story, { asOf: AS_OF })));

describe('evaluate: output', () => {
  it('prints the text report for a person: heading, score bar, advice by severity with actions', async () => {
    const run = cli(['evaluate', STORY, '--as-of', AS_OF]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const report = await expected();
    expect(run.stdout).toContain(`Job search health for Maya Chen — ${AS_OF}`);
    expect(run.stdout).toMatch(new RegExp(`Score ${report.score}/100 +[█░]{20} +${report.rating}`));
    expect(run.stdout).toMatch(/^CRITICAL \(\d+\)$/m);
    expect(run.stdout).toContain('Northwind Health');
    expect(run.stdout).toMatch(/→ Reply to Jordan Lee at Northwind Health \(by 2026-11-25\)/);
    expect(hasAnsi(run.stdout)).toBe(false);
  });

  it('prints exactly the HealthReport with --format json', async () => {
    const run = cli(['evaluate', STORY, '--as-of', AS_OF, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await expected());
  });

  it('prints a Markdown report for a coach with --format markdown (or -f markdown)', () => {
    for (const flag of [['--format', 'markdown'], ['-f', 'markdown'], ['--format=markdown']]) {
      const run = cli(['evaluate', STORY, '--as-of', AS_OF, ...flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^# Job search health: Maya Chen\n/);
      expect(run.stdout).toContain('| Measure | Value |');
      expect(run.stdout).toMatch(
        /^- \[ \] Reply to Jordan Lee at Northwind Health \(by 2026-11-25\)$/m,
      );
      expect(hasAnsi(run.stdout)).toBe(false);
    }
  });

  it('reads the search from standard input with -', async () => {
    const run = cli(['evaluate', '-', '--as-of', AS_OF, '--format', 'json'], {
      input: readFileSync(STORY, 'utf8'),
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await expected());
  });

  it('uses the date given by --as-of, as a date or a date-time', () => {
    const late = JSON.parse(
      cli(['evaluate', STORY, '--as-of', '2026-12-20T10:00:00Z', '-f', 'json']).stdout,
    );
    expect(late.asOf).toBe('2026-12-20T10:00:00.000Z');
    expect(JSON.parse(cli(['evaluate', STORY, '--as-of', AS_OF, '-f', 'json']).stdout).asOf).toBe(
      '2026-11-25T00:00:00.000Z',
    );
  });
});

describe('evaluate: --min-severity and --fail-on', () => {
  it('filters the advice shown, in every format, leaving the score alone', async () => {
    const report = await expected();
    const json = JSON.parse(
      cli(['evaluate', STORY, '--as-of', AS_OF, '-f', 'json', '--min-severity', 'high']).stdout,
    );
    expect(json.advice).toEqual(
      report.advice.filter((a) => a.severity === 'critical' || a.severity === 'high'),
    );
    expect(json.score).toBe(report.score);
    const text = cli(['evaluate', STORY, '--as-of', AS_OF, '--min-severity', 'critical']).stdout;
    expect(text).toContain('CRITICAL');
    expect(text).not.toMatch(/^(HIGH|MEDIUM|LOW|INFO) /m);
    const markdown = cli([
      'evaluate',
      STORY,
      '--as-of',
      AS_OF,
      '-f',
      'markdown',
      '--min-severity',
      'critical',
    ]).stdout;
    expect(markdown).toContain('### Critical');
    expect(markdown).not.toMatch(/^### (High|Medium|Low|Info)/m);
  });

  it('exits 1 when advice at or above --fail-on exists, 0 otherwise', async () => {
    const severities = new Set((await expected()).advice.map((a) => a.severity));
    expect(severities.has('critical')).toBe(true);
    expect(cli(['evaluate', STORY, '--as-of', AS_OF, '--fail-on', 'critical']).status).toBe(1);
    expect(cli(['evaluate', STORY, '--as-of', AS_OF, '--fail-on', 'info']).status).toBe(1);
    const calm = join(tempDir(), 'calm.json');
    writeFileSync(calm, JSON.stringify({ version: 1 }));
    const run = cli(['evaluate', calm, '--as-of', AS_OF, '-f', 'json', '--fail-on', 'critical']);
    expect(
      JSON.parse(run.stdout).advice.some((a: { severity: string }) => a.severity === 'critical'),
    ).toBe(false);
    expect(run.status).toBe(0);
  });

  it('exits 0 with advice present when --fail-on is not given', () => {
    expect(cli(['evaluate', STORY, '--as-of', AS_OF]).status).toBe(0);
  });
});

describe('evaluate: --config and --rules', () => {
  it('applies a config file: rules off, severities changed', async () => {
    const run = cli([
      'evaluate',
      STORY,
      '--as-of',
      AS_OF,
      '-f',
      'json',
      '--config',
      join(FIXTURES, 'config.json'),
    ]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as HealthReport;
    expect(report.advice.some((a) => a.ruleId === 'single-basket')).toBe(false);
    expect(report.advice.find((a) => a.ruleId === 'unanswered-outreach')?.severity).toBe('medium');
  });

  it('adds the rules of every --rules file to the recommended ones', () => {
    const run = cli([
      'evaluate',
      STORY,
      '--as-of',
      AS_OF,
      '-f',
      'json',
      '--rules',
      join(FIXTURES, 'rule-set.json'),
    ]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as HealthReport;
    expect(report.advice.find((a) => a.ruleId === 'coach/weekly-check-in')?.actions[0]).toEqual({
      id: 'coach/weekly-check-in:check-in',
      kind: 'check-in',
      label: 'Book a check-in with your coach',
      due: '2026-11-28',
    });
    expect(report.advice.some((a) => a.ruleId === 'unanswered-outreach')).toBe(true);
  });

  it('takes --rules more than once, and the config can tune the added rules', () => {
    const dir = tempDir();
    const second = JSON.parse(readFileSync(join(FIXTURES, 'rule-set.json'), 'utf8'));
    second.name = 'other';
    second.namespace = 'other';
    second.rules[0].id = 'other/weekly-check-in';
    writeFileSync(join(dir, 'other.json'), JSON.stringify(second));
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ rules: { 'coach/weekly-check-in': { options: { minApplications: 50 } } } }),
    );
    const run = cli([
      'evaluate',
      STORY,
      '--as-of',
      AS_OF,
      '-f',
      'json',
      '--rules',
      join(FIXTURES, 'rule-set.json'),
      `--rules=${join(dir, 'other.json')}`,
      '--config',
      join(dir, 'config.json'),
    ]);
    expect(run.status, run.stderr).toBe(0);
    const ids = (JSON.parse(run.stdout) as HealthReport).advice.map((a) => a.ruleId);
    expect(ids).toContain('other/weekly-check-in');
    expect(ids).not.toContain('coach/weekly-check-in');
  });

  it('names the problems of an invalid config file, with their paths', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ rules: { 'single-baskett': 'off' }, colour: 1 }),
    );
    const message = expectUserError(
      cli(['evaluate', STORY, '--as-of', AS_OF, '--config', join(dir, 'config.json')]),
    );
    expect(message).toContain('config.json');
    expect(message).toMatch(/colour/);
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ rules: { 'single-baskett': 'off' } }));
    const unknown = expectUserError(
      cli(['evaluate', STORY, '--as-of', AS_OF, '--config', join(dir, 'config.json')]),
    );
    expect(unknown).toContain(
      'rules["single-baskett"]: unknown rule "single-baskett" (did you mean "single-basket"?)',
    );
  });

  it('names the problems of an invalid rule set, with their paths', () => {
    const dir = tempDir();
    const set = JSON.parse(readFileSync(join(FIXTURES, 'rule-set.json'), 'utf8'));
    set.rules[0].meta.severity = 'urgent';
    writeFileSync(join(dir, 'rules.json'), JSON.stringify(set));
    const message = expectUserError(
      cli(['evaluate', STORY, '--as-of', AS_OF, '--rules', join(dir, 'rules.json')]),
    );
    expect(message).toContain(`${join(dir, 'rules.json')} is not a valid rule set`);
    expect(message).toContain('rules[0].meta.severity');
  });

  it('reports a missing config or rule set file by name', () => {
    expect(
      expectUserError(cli(['evaluate', STORY, '--as-of', AS_OF, '--config', 'nope.json'])),
    ).toBe('error: nope.json: file not found\n');
    expect(
      expectUserError(cli(['evaluate', STORY, '--as-of', AS_OF, '--rules', 'nope.json'])),
    ).toBe('error: nope.json: file not found\n');
  });
});

describe('evaluate: input errors exit 2 with a message naming the problem', () => {
  it('a missing file', () => {
    expect(expectUserError(cli(['evaluate', 'missing.json', '--as-of', AS_OF]))).toBe(
      'error: missing.json: file not found\n',
    );
  });

  it('a directory', () => {
    const dir = tempDir();
    expect(expectUserError(cli(['evaluate', dir, '--as-of', AS_OF]))).toBe(
      `error: ${dir}: is a directory, not a file\n`,
    );
  });

  it('invalid JSON, with line and column', () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{\n  "applications": [\n    { "id": "a" "role": "x" }\n  ]\n}\n');
    expect(expectUserError(cli(['evaluate', file, '--as-of', AS_OF]))).toBe(
      `error: ${file}:3:17: invalid JSON: expected ',' or '}' after a property value, found '"'\n`,
    );
  });

  it('invalid JSON on standard input', () => {
    expect(expectUserError(cli(['evaluate', '-', '--as-of', AS_OF], { input: '{"a": 1,}' }))).toBe(
      "error: standard input:1:9: invalid JSON: trailing comma before '}'\n",
    );
  });

  it('an invalid search, listing every problem with its path', () => {
    const file = join(tempDir(), 'invalid.json');
    writeFileSync(
      file,
      JSON.stringify({
        companies: [{ id: 'acme', name: 'Acme' }],
        applications: [
          { id: 'a1', companyId: 'nope', role: 'Analyst', channel: 'job-board', stage: 'applied' },
          {
            id: 'a2',
            companyId: 'acme',
            role: 'Analyst',
            channel: 'fax',
            stage: 'applied',
            appliedAt: '25/11/2026',
          },
        ],
      }),
    );
    const message = expectUserError(cli(['evaluate', file, '--as-of', AS_OF]));
    expect(message).toContain(`error: ${file} is not a valid job search (3 problems):`);
    expect(message).toMatch(
      / {2}- applications\[0\] \(id a1, line 1, column \d+\): companyId refers to "nope"/,
    );
    expect(message).toMatch(
      / {2}- applications\[1\] \(id a2, [^)]+\): channel "fax" must be one of/,
    );
    expect(message).toContain('): appliedAt "25/11/2026" must be a date like 2026-11-25\n');
  });

  it('unknown keys only with --strict', () => {
    const file = join(tempDir(), 'extra.json');
    writeFileSync(file, JSON.stringify({ companies: [{ id: 'acme', name: 'Acme', ceo: 'Jo' }] }));
    const lenient = cli(['evaluate', file, '--as-of', AS_OF]);
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toMatch(
      /^warning: .*extra\.json: companies\[0\] \(id acme, line 1, column \d+\): ceo is not a field here/,
    );
    expect(expectUserError(cli(['evaluate', file, '--as-of', AS_OF, '--strict']))).toMatch(
      /companies\[0\] \(id acme, line 1, column \d+\): ceo is not a field here \(value "Jo"\); fields are /,
    );
  });
});

describe('evaluate: usage errors exit 2 with a message naming the problem', () => {
  const cases: [string, string[], string][] = [
    ['a bad --as-of', ['--as-of', '2026-02-30'], 'invalid date "2026-02-30" for --as-of'],
    ['a word for --as-of', ['--as-of', 'yesterday'], 'invalid date "yesterday" for --as-of'],
    [
      'a bad --format',
      ['--as-of', AS_OF, '--format', 'yaml'],
      'invalid value "yaml" for --format: expected one of text, json, markdown, html',
    ],
    [
      'a bad --min-severity',
      ['--as-of', AS_OF, '--min-severity', 'urgent'],
      'invalid value "urgent" for --min-severity',
    ],
    [
      'a bad --fail-on',
      ['--as-of', AS_OF, '--fail-on', 'bad'],
      'invalid value "bad" for --fail-on',
    ],
    [
      'an unknown option',
      ['--as-of', AS_OF, '--formt', 'json'],
      'unknown option --formt for "evaluate" (did you mean --format?)',
    ],
    ['an unknown short option', ['--as-of', AS_OF, '-x'], 'unknown option -x for "evaluate"'],
    ['an option without its value', ['--as-of'], 'option --as-of needs a value'],
    [
      'an extra argument',
      ['--as-of', AS_OF, 'other.json'],
      'unexpected argument "other.json" for "evaluate"',
    ],
  ];
  for (const [name, args, message] of cases)
    it(name, () => {
      expect(expectUserError(cli(['evaluate', STORY, ...args]))).toContain(`error: ${message}`);
    });

  it('a missing file argument', () => {
    expect(expectUserError(cli(['evaluate', '--as-of', AS_OF]))).toBe(
      'error: missing <file> for "evaluate"\nRun "job-search-health evaluate --help" for usage.\n',
    );
  });
});
