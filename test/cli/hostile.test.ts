/**
 * The CLI facing hostile files and arguments: nothing they hold can drive the terminal or fake
 * a line of output, and folded advice still counts for --fail-on.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonRule, jsonRuleSet } from '../helpers/rules';
import { AS_OF, run, STORY, tempDir } from './run';

const ESC = '\u001b';
const FAKE = `\r${ESC}[2K✓ search.json is a valid job search${ESC}[2J\u202e`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function file(name: string, content: unknown): string {
  const path = join(tempDir(), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('hostile input on the command line', () => {
  it('cannot fake a "valid" line in validate output', async () => {
    const search = file('search.json', {
      applications: [{ id: FAKE, companyId: `x${FAKE}`, role: 'r', channel: 'job-board' }],
      companies: [{ id: 'c', name: 'C' }],
      [`key\n✓ valid${ESC}]8;;https://evil.test${ESC}\\`]: 1,
    });
    const result = await run(['validate', search, '--strict']);
    expect(result.code).toBe(2);
    expect(result.stdout).not.toMatch(ACTIVE);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^✗ /);
    expect(lines.filter((l) => !/^(✗ | {2}- |$)/.test(l))).toEqual([]);
  });

  it('shows escapes from arguments and rule sets as text in error messages', async () => {
    const results = [
      await run([`evaluate${ESC}[2J`]),
      await run(['evaluate', STORY, `--as-of=${FAKE}`]),
      await run(['evaluate', STORY, '--format', FAKE]),
      await run(['rules', `x${FAKE}`]),
      await run([
        'evaluate',
        STORY,
        '--rules',
        file('rules.json', jsonRuleSet([jsonRule({ id: `test/${FAKE}` })])),
      ]),
    ];
    for (const result of results) {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: /);
      expect(result.stderr).not.toMatch(ACTIVE);
    }
    for (const result of results.slice(0, 4)) expect(result.stderr).toContain('\\u001b[2J');
  });

  it('shows a rule set’s escapes in its report as text', async () => {
    const rules = file(
      'rules.json',
      jsonRuleSet([
        jsonRule({
          id: 'test/loud',
          message: `Look${ESC}[2J${ESC}]8;;https://evil.test${ESC}\\here\r✓ all good`,
        }),
      ]),
    );
    const result = await run(['evaluate', STORY, '--as-of', AS_OF, '--rules', rules]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Look\\u001b[2J\\u001b]8;;https://evil.test\\u001b\\here\\r✓');
    expect(result.stdout).not.toMatch(ACTIVE);
  });
});

describe('hostile rule text in rules listings', () => {
  it('lists and explains a rule without acting on its escapes', async () => {
    const base = jsonRule({ id: 'test/loud' });
    const rules = file(
      'rules.json',
      jsonRuleSet([
        {
          ...base,
          meta: {
            ...base.meta,
            title: `Title${ESC}[2J`,
            description: `Describes\r✓ fine${ESC}]8;;https://evil.test${ESC}\\`,
            rationale: `Because\u202eesuaceb`,
            sources: [{ title: `Src${ESC}[31m`, strength: 'low', finding: 'f\u0007' }],
          },
        },
      ]),
    );
    const list = await run(['rules', '--rules', rules]);
    const details = await run(['rules', 'test/loud', '--rules', rules]);
    for (const result of [list, details]) {
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(ACTIVE);
    }
    expect(list.stdout).toContain('Describes\\r✓ fine\\u001b]8;;https://evil.test\\u001b\\');
    expect(details.stdout).toContain('test/loud: Title\\u001b[2J');
    expect(details.stdout).toContain('Because\\u202eesuaceb');
  });
});

describe('--fail-on counts folded advice', () => {
  it('sees a critical rule folded into a low one', async () => {
    const narrow = jsonRule({ id: 'test/narrow' });
    const rules = file(
      'rules.json',
      jsonRuleSet([
        jsonRule({
          id: 'test/wide',
          supersedes: ['test/narrow'],
          meta: { ...narrow.meta, severity: 'low' },
        }),
        { ...narrow, meta: { ...narrow.meta, severity: 'critical' } },
      ]),
    );
    const args = ['evaluate', STORY, '--as-of', AS_OF, '--rules', rules, '--format', 'json'];
    const result = await run([...args, '--config', file('c.json', { extends: [] })]);
    const report = JSON.parse(result.stdout);
    expect(report.outcomes).toContainEqual(
      expect.objectContaining({
        ruleId: 'test/narrow',
        severity: 'critical',
        mergedInto: 'test/wide',
      }),
    );
    const failing = await run([
      ...args,
      '--config',
      file('c.json', { extends: [] }),
      '--fail-on',
      'critical',
    ]);
    expect(failing.code).toBe(1);
  });
});
