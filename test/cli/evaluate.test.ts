import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSearch, formatReport, type HealthReport, parseSearch } from '../../src/index';
import { AS_OF, FIXTURES, hasAnsi, run, STORY, tempDir, userError } from './run';

const storyText = readFileSync(STORY, 'utf8');
const story = JSON.parse(storyText);
const expected = async (): Promise<HealthReport> =>
  JSON.parse(JSON.stringify(await evaluateSearch(story, { asOf: AS_OF })));
const evaluate = (args: string[], options: Parameters<typeof run>[1] = {}) =>
  run(['evaluate', STORY, '--as-of', AS_OF, ...args], options);
const json = async (args: string[]): Promise<HealthReport> => {
  const result = await evaluate(['-f', 'json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

/** Writes `content` (JSON unless a string) to `name` in a fresh temporary folder. */
function file(name: string, content: unknown): string {
  const path = join(tempDir(), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('evaluate (in-process): formats', () => {
  it('prints the text report, named after the candidate, exactly as formatReport does', async () => {
    const result = await evaluate([]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = await evaluateSearch(story, { asOf: AS_OF });
    expect(result.stdout).toBe(formatReport(report, { format: 'text', name: 'Maya Chen' }));
    expect(result.stdout).toContain(`Job search health for Maya Chen — ${AS_OF}`);
  });

  it('leaves the name out of the heading when the search has no candidate', async () => {
    const result = await run(['evaluate', file('bare.json', { version: 1 }), '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Job search health — ${AS_OF}`);
  });

  it('prints the HealthReport as JSON with --format json, -f json or --format=json', async () => {
    const report = await expected();
    for (const flag of [['--format', 'json'], ['-f', 'json'], ['--format=json']]) {
      const result = await evaluate(flag);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(report);
    }
  });

  it('prints Markdown for a coach with --format markdown', async () => {
    const result = await evaluate(['--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Job search health: Maya Chen\n/);
    expect(result.stdout).toMatch(
      /^- \[ \] Reply to Jordan Lee at Northwind Health \(by 2026-11-25\)$/m,
    );
  });

  it('prints the HTML page, with the pipeline drawn from the search, with --format html', async () => {
    const result = await evaluate(['--format', 'html']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      formatReport(await evaluateSearch(story, { asOf: AS_OF }), {
        format: 'html',
        name: 'Maya Chen',
        search: parseSearch(story),
      }),
    );
    expect(result.stdout).toContain('<h2 id="funnel-h">Pipeline</h2>');
  });

  it('reads the search from standard input with -', async () => {
    const result = await run(['evaluate', '-', '--as-of', AS_OF, '-f', 'json'], {
      input: storyText,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(await expected());
  });

  it('evaluates on the date of --as-of, given as a date or a date-time', async () => {
    expect((await json([])).asOf).toBe('2026-11-25T00:00:00.000Z');
    const late = await run([
      'evaluate',
      STORY,
      '--as-of',
      '2026-12-20T10:00:00+01:00',
      '-f',
      'json',
    ]);
    expect(JSON.parse(late.stdout).asOf).toBe('2026-12-20T09:00:00.000Z');
  });
});

describe('evaluate (in-process): colours', () => {
  it('colours text on a terminal, and only there, unless told otherwise', async () => {
    expect(hasAnsi((await evaluate([], { tty: { stdout: true } })).stdout)).toBe(true);
    expect(hasAnsi((await evaluate([])).stdout)).toBe(false);
    expect(hasAnsi((await evaluate(['--color'])).stdout)).toBe(true);
    expect(hasAnsi((await evaluate(['--no-color'], { tty: { stdout: true } })).stdout)).toBe(false);
  });

  it('respects NO_COLOR and TERM=dumb on a terminal, unless --color is given', async () => {
    const tty = { stdout: true };
    expect(hasAnsi((await evaluate([], { tty, env: { NO_COLOR: '1' } })).stdout)).toBe(false);
    expect(hasAnsi((await evaluate([], { tty, env: { TERM: 'dumb' } })).stdout)).toBe(false);
    expect(hasAnsi((await evaluate(['--color'], { env: { NO_COLOR: '1' } })).stdout)).toBe(true);
  });

  it('never colours JSON', async () => {
    expect(hasAnsi((await evaluate(['--color', '-f', 'json'])).stdout)).toBe(false);
  });
});

describe('evaluate (in-process): --min-severity and --fail-on', () => {
  it('shows only advice at --min-severity or above, with the same score', async () => {
    const report = await expected();
    const high = await json(['--min-severity', 'high']);
    expect(high.advice).toEqual(
      report.advice.filter((a) => a.severity === 'critical' || a.severity === 'high'),
    );
    expect(high.advice.length).toBeGreaterThan(0);
    expect(high.advice.length).toBeLessThan(report.advice.length);
    expect(high.score).toBe(report.score);
  });

  it('exits 1 when advice at or above --fail-on exists, and still prints the report', async () => {
    const failing = await evaluate(['--fail-on', 'critical']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toBe('');
    expect(failing.stdout).toMatch(/^CRITICAL \(\d+\)$/m);
  });

  it('judges --fail-on on every advice, even advice --min-severity hides', async () => {
    const result = await evaluate(['--min-severity', 'critical', '--fail-on', 'low']);
    expect((await expected()).advice.some((a) => a.severity === 'low')).toBe(true);
    expect(result.code).toBe(1);
  });

  it('exits 0 when no advice reaches --fail-on', async () => {
    const calm = file('calm.json', { version: 1 });
    const result = await run(['evaluate', calm, '--as-of', AS_OF, '--fail-on', 'critical']);
    expect(result.code).toBe(0);
  });
});

describe('evaluate (in-process): --config and --rules', () => {
  it('applies a config file: a rule turned off, another at a new severity', async () => {
    const report = await json(['--config', join(FIXTURES, 'config.json')]);
    expect(report.advice.some((a) => a.ruleId === 'single-basket')).toBe(false);
    expect(report.advice.find((a) => a.ruleId === 'unanswered-outreach')?.severity).toBe('medium');
  });

  it('adds the rules of each --rules file, in either spelling, and lets the config tune them', async () => {
    const second = JSON.parse(readFileSync(join(FIXTURES, 'rule-set.json'), 'utf8'));
    second.name = 'other';
    second.namespace = 'other';
    second.rules[0].id = 'other/weekly-check-in';
    const other = file('other.json', second);
    const tuned = file('config.json', {
      rules: { 'coach/weekly-check-in': { options: { minApplications: 50 } } },
    });
    const both = await json(['--rules', join(FIXTURES, 'rule-set.json'), `--rules=${other}`]);
    const ids = both.advice.map((a) => a.ruleId);
    expect(ids).toContain('coach/weekly-check-in');
    expect(ids).toContain('other/weekly-check-in');
    expect(ids).toContain('unanswered-outreach');
    const quieter = await json(['--rules', join(FIXTURES, 'rule-set.json'), '--config', tuned]);
    expect(quieter.advice.map((a) => a.ruleId)).not.toContain('coach/weekly-check-in');
  });

  it('lists the problems of an invalid config file, with their paths', async () => {
    const config = file('config.json', { rules: { 'single-basket': 'loud' }, colour: 1 });
    const message = userError(await evaluate(['--config', config]));
    expect(message).toMatch(
      new RegExp(
        `^error: ${config.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')} is not a valid configuration \\(2 problems\\):\n`,
      ),
    );
    expect(message).toContain('colour');
    expect(message).toContain('rules["single-basket"]');
  });

  it('names a config that refers to rules it does not have', async () => {
    const config = file('config.json', { rules: { 'single-baskett': 'off' } });
    expect(userError(await evaluate(['--config', config]))).toBe(
      `error: ${config} cannot be used (1 problem):\n  - rules["single-baskett"]: unknown rule "single-baskett" (did you mean "single-basket"?)\n`,
    );
  });

  it('lists the problems of an invalid rule set, with their paths', async () => {
    const set = JSON.parse(readFileSync(join(FIXTURES, 'rule-set.json'), 'utf8'));
    set.rules[0].meta.severity = 'urgent';
    const rules = file('rules.json', set);
    const message = userError(await evaluate(['--rules', rules]));
    expect(message).toContain(`error: ${rules} is not a valid rule set (1 problem):`);
    expect(message).toContain('  - rules[0].meta.severity: ');
  });

  it('names a config or rule set file that is missing or is not JSON', async () => {
    expect(userError(await evaluate(['--config', 'nope.json']))).toBe(
      'error: nope.json: file not found\n',
    );
    expect(userError(await evaluate(['--rules', 'nope.json']))).toBe(
      'error: nope.json: file not found\n',
    );
    const broken = file('config.json', '{"rules": }');
    expect(userError(await evaluate(['--config', broken]))).toMatch(
      /^error: .*config\.json:1:11: invalid JSON/,
    );
  });
});

describe('evaluate (in-process): input errors exit 2, naming the input', () => {
  it('a missing file, a directory, invalid JSON with its line and column', async () => {
    expect(userError(await run(['evaluate', 'missing.json', '--as-of', AS_OF]))).toBe(
      'error: missing.json: file not found\n',
    );
    const dir = tempDir();
    expect(userError(await run(['evaluate', dir, '--as-of', AS_OF]))).toBe(
      `error: ${dir}: is a directory, not a file\n`,
    );
    const broken = file(
      'broken.json',
      '{\n  "applications": [\n    { "id": "a" "role": "x" }\n  ]\n}\n',
    );
    expect(userError(await run(['evaluate', broken, '--as-of', AS_OF]))).toBe(
      `error: ${broken}:3:17: invalid JSON: expected ',' or '}' after a property value, found '"'\n`,
    );
  });

  it('invalid JSON or an invalid search on standard input, named as such', async () => {
    const args = ['evaluate', '-', '--as-of', AS_OF];
    expect(userError(await run(args, { input: '[1, 2' }))).toMatch(
      /^error: standard input:1:6: invalid JSON: /,
    );
    expect(userError(await run(args, { input: '{"applications": {}}' }))).toMatch(
      /^error: standard input is not a valid job search \(1 problem\):\n {2}- applications \(line 1, column 2\): must be an array/,
    );
  });

  it('an invalid search, every problem with its path', async () => {
    const invalid = file('invalid.json', {
      companies: [{ id: 'acme', name: 'Acme' }],
      applications: [
        { id: 'a1', companyId: 'nope', role: 'Analyst', channel: 'job-board', stage: 'applied' },
        { id: 'a2', companyId: 'acme', role: 'Analyst', channel: 'fax', stage: 'applied' },
      ],
    });
    const message = userError(await run(['evaluate', invalid, '--as-of', AS_OF]));
    expect(message).toContain(`error: ${invalid} is not a valid job search (2 problems):\n`);
    expect(message).toMatch(/ {2}- applications\[0\] \(id a1, [^)]+\): companyId refers to "nope"/);
    expect(message).toMatch(
      / {2}- applications\[1\] \(id a2, [^)]+\): channel "fax" must be one of/,
    );
  });

  it('unknown keys, only with --strict', async () => {
    const extra = file('extra.json', { companies: [{ id: 'acme', name: 'Acme', ceo: 'Jo' }] });
    const lenient = await run(['evaluate', extra, '--as-of', AS_OF]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toBe(
      `warning: ${extra}: companies[0] (id acme, line 1, column 42): ceo is not a field here (value "Jo"); fields are $comment, id, name, size, industry, location (ignored)\n`,
    );
    expect(userError(await run(['evaluate', extra, '--as-of', AS_OF, '--strict']))).toBe(
      `error: ${extra} is not a valid job search (1 problem):\n  - companies[0] (id acme, line 1, column 42): ceo is not a field here (value "Jo"); fields are $comment, id, name, size, industry, location\n`,
    );
  });
});

describe('evaluate (in-process): bad option values exit 2, naming the option', () => {
  const cases: [string[], string][] = [
    [['--as-of', '2026-02-30'], 'invalid date "2026-02-30" for --as-of'],
    [['--as-of', '2026-11-25T10:00:00'], 'invalid date "2026-11-25T10:00:00" for --as-of'],
    [
      ['--as-of', '9999-12-31'],
      'invalid date "9999-12-31" for --as-of: must be between 1900-01-01 and 9000-12-31\n',
    ],
    [
      ['--format', 'yaml'],
      'invalid value "yaml" for --format: expected one of text, json, markdown, html',
    ],
    [['--format='], 'invalid value "" for --format'],
    [['--min-severity', 'urgent'], 'invalid value "urgent" for --min-severity'],
    [['--fail-on', 'bad'], 'invalid value "bad" for --fail-on'],
  ];
  for (const [args, message] of cases)
    it(args.join(' '), async () => {
      expect(userError(await run(['evaluate', STORY, '--as-of', AS_OF, ...args]))).toContain(
        `error: ${message}`,
      );
    });
});
