import { describe, expect, it } from 'vitest';
import { AS_OF, run, STORY, userError } from './run';

const evaluate = (...args: string[]) => run(['evaluate', ...args]);

describe('arguments (in-process): what is accepted', () => {
  it('takes options before or after the file, and camelCase spellings', async () => {
    const report = JSON.parse((await evaluate(STORY, '--as-of', AS_OF, '-f', 'json')).stdout);
    const before = await evaluate('--as-of', AS_OF, '-f', 'json', STORY);
    expect(JSON.parse(before.stdout)).toEqual(report);
    const camel = await evaluate(
      STORY,
      '--asOf',
      AS_OF,
      '--format',
      'json',
      '--failOn',
      'critical',
    );
    expect(camel.code).toBe(1);
    expect(JSON.parse(camel.stdout)).toEqual(report);
  });

  it('takes the negated form of a boolean option', async () => {
    const result = await evaluate(STORY, '--as-of', AS_OF, '--no-strict', '--no-color');
    expect(result.code).toBe(0);
  });

  it('takes everything after -- as arguments, even what looks like an option', async () => {
    expect((await evaluate('--as-of', AS_OF, '--', STORY)).code).toBe(0);
    // Read as the search file's name, not as a rule set to load.
    expect(userError(await evaluate('--as-of', AS_OF, '--', '--rules=nope.json'))).toBe(
      'error: --rules=nope.json: file not found\n',
    );
  });

  it('takes - as a value, for standard output', async () => {
    const result = await run(['calendar', STORY, '--as-of', AS_OF, '--out', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^BEGIN:VCALENDAR/);
  });
});

describe('arguments (in-process): mistakes exit 2 and point to the command help', () => {
  const help = '\nRun "job-search-health evaluate --help" for usage.\n';
  const cases: [string, string[], string][] = [
    [
      'an unknown option, with the closest one',
      [STORY, '--formt', 'json'],
      'unknown option --formt for "evaluate" (did you mean --format?)',
    ],
    [
      'an unknown option with a value, with the closest one',
      [STORY, '--min-severty=high'],
      'unknown option --min-severty=high for "evaluate" (did you mean --min-severity?)',
    ],
    ['an unknown short option', [STORY, '-x'], 'unknown option -x for "evaluate"'],
    [
      'a negated option that is not a boolean',
      [STORY, '--no-format'],
      'unknown option --no-format for "evaluate" (did you mean --format?)',
    ],
    ['an option without its value, at the end', [STORY, '--as-of'], 'option --as-of needs a value'],
    [
      'an option followed by another option instead of its value',
      [STORY, '--format', '--strict'],
      'option --format needs a value',
    ],
    ['a short option without its value', [STORY, '-f'], 'option --format needs a value'],
    ['an extra argument', [STORY, 'other.json'], 'unexpected argument "other.json" for "evaluate"'],
    ['a missing file', ['--as-of', AS_OF], 'missing <file> for "evaluate"'],
  ];
  for (const [name, args, message] of cases)
    it(name, async () => {
      expect(userError(await evaluate(...args))).toBe(`error: ${message}${help}`);
    });
});
