/**
 * Library error messages quote ids, keys, names and values from input. Printed as they are, a
 * hostile id could clear the screen, overwrite a line with a fake "valid", ring the bell or
 * reorder text; every one is shown as an escape instead, in the message and in each issue.
 */
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  createAdvisor,
  isValidationError,
  type JobSearchHealthValidationError,
  parseAsOf,
  parseRuleSet,
  RuleSetError,
  type RuleSetJson,
  SearchValidationError,
  safeParseSearch,
} from '../../src/index';
import { InputError, parseJson } from '../../src/node/index';

const ESC = '\u001b';
/** Screen clear, OSC 8 link, CR over text, BEL, one-byte CSI, bidi override, zero-width space. */
const HOSTILE = `x${ESC}[2J${ESC}]8;;https://evil.test${ESC}\\\r✓ valid\u0007\u009b31m\u202eab\u200b`;

/** Characters a terminal acts on or that show as nothing (line feeds between issues aside). */
const UNSEEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

function expectVisible(error: unknown): JobSearchHealthValidationError {
  expect(isValidationError(error)).toBe(true);
  const { message, issues } = error as JobSearchHealthValidationError;
  expect(message).not.toMatch(UNSEEN);
  for (const issue of issues) {
    expect(issue.path).not.toMatch(/[\n\r]/);
    expect(issue.path).not.toMatch(UNSEEN);
    expect(issue.message).not.toMatch(/[\n\r]/);
    expect(issue.message).not.toMatch(UNSEEN);
    expect(issue.code).toBeTypeOf('string');
  }
  return error as JobSearchHealthValidationError;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('validation errors show hostile input instead of obeying it', () => {
  it('in a search: duplicate and missing ids, unknown keys, wrong values', () => {
    const result = safeParseSearch(
      {
        companies: [
          { id: HOSTILE, name: 'A' },
          { id: HOSTILE, name: 'B' },
        ],
        applications: [
          {
            id: 'a1',
            companyId: `${HOSTILE}-missing`,
            role: 'R',
            channel: HOSTILE,
            stage: 'applied',
            [HOSTILE]: HOSTILE,
          },
        ],
      },
      { strict: true },
    );
    if (result.success) throw new Error('expected an invalid search');
    const error = expectVisible(result.error);
    expect(error).toBeInstanceOf(SearchValidationError);
    expect(error.issues.map((i) => i.code).sort()).toEqual([
      'duplicate-id',
      'missing-reference',
      'not-one-of',
      'unknown-key',
    ]);
    // Shown, not dropped: the escapes name each character.
    expect(error.message).toContain('\\u001b[2J');
    expect(error.message).toContain('\\u202eab\\u200b');
    // The raw keys stay available to programs.
    const unknown = error.issues.find((i) => i.code === 'unknown-key');
    expect(unknown?.keys).toEqual(['applications', 0, HOSTILE]);
  });

  it('in warnings about unknown keys', () => {
    const result = safeParseSearch({ companies: [{ id: 'c', name: 'C', [HOSTILE]: 1 }] });
    expect(result.success).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.path).not.toMatch(UNSEEN);
    expect(result.warnings[0]?.message).not.toMatch(UNSEEN);
  });

  it('in a configuration: rule set names, rule ids and option values', () => {
    const error = expectVisible(
      thrown(() =>
        createAdvisor({
          extends: [HOSTILE],
          rules: {
            [HOSTILE]: 'off',
            'single-basket': { options: { minCompanies: HOSTILE as never } },
          },
        }),
      ),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.issues.length).toBeGreaterThanOrEqual(3);
    expect(error.message).toContain('\\u0007');
  });

  it('in a rule set: its name and rule ids', () => {
    const rule = {
      id: `${HOSTILE}/r`,
      scope: 'search',
      meta: {
        category: 'momentum',
        severity: 'low',
        title: 'T',
        description: 'D.',
        rationale: 'R.',
        sources: [],
      },
      conditions: {
        all: [{ fact: 'search', path: '$.activeApplications', operator: 'equal', value: 0 }],
      },
      message: 'M.',
      actions: [],
    };
    const set = { name: HOSTILE, namespace: 'acme', rules: [rule, rule] } as unknown as RuleSetJson;
    const error = expectVisible(thrown(() => parseRuleSet(set)));
    expect(error).toBeInstanceOf(RuleSetError);
    expect(error.message.split('\n')[0]).toMatch(/^Invalid rule set "x\\u001b\[2J/);
  });
});

describe('other library errors show hostile input instead of obeying it', () => {
  it('a JSON syntax error quoting a character, in a file with a hostile name', () => {
    const error = thrown(() => parseJson('{"a": 1 \u202e}', `search${ESC}[2J.json`));
    expect(error).toBeInstanceOf(InputError);
    const { message } = error as InputError;
    expect(message).not.toMatch(UNSEEN);
    expect(message).toContain('search\\u001b[2J.json');
    expect(message).toContain('\\u202e');
  });

  it('an evaluation date that is not one', () => {
    const error = thrown(() => parseAsOf(HOSTILE));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as RangeError).message).not.toMatch(UNSEEN);
    expect((error as RangeError).message).toContain('\\u001b[2J');
  });
});
