import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, InputError, parseJson } from '../../src/node/index';

const problem = (text: string) => {
  const found = findJsonSyntaxError(text);
  return found && `${found.line}:${found.column} ${found.reason}`;
};

describe('parseJson', () => {
  it('parses JSON, ignoring a byte-order mark', () => {
    expect(parseJson('{"a": [1, true, null, "x"]}')).toEqual({ a: [1, true, null, 'x'] });
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ a: 1 });
  });

  it('throws an InputError naming the source, line and column', () => {
    let error: unknown;
    try {
      parseJson('{\n  "a": 1\n  "b": 2\n}', 'search.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({
      code: 'invalid-json',
      source: 'search.json',
      position: { line: 3, column: 3, offset: 13 },
      message: `search.json:3:3: invalid JSON: expected ',' or '}' after a property value, found '"'`,
    });
  });
});

describe('findJsonSyntaxError', () => {
  it('explains the usual slips in plain words, at the right place', () => {
    expect(problem('')).toBe('1:1 the input is empty');
    expect(problem('  \n ')).toBe('2:2 the input is empty');
    expect(problem('{"a": 1,}')).toBe("1:9 trailing comma before '}'");
    expect(problem('[1, 2,\n]')).toBe("2:1 trailing comma before ']'");
    expect(problem('{"a": 1 "b": 2}')).toBe(
      "1:9 expected ',' or '}' after a property value, found '\"'",
    );
    expect(problem('[1 2]')).toBe("1:4 expected ',' or ']' after an array item, found '2'");
    expect(problem("{'a': 1}")).toBe('1:2 property names must be in double quotes');
    expect(problem("['a']")).toBe('1:2 strings must be in double quotes');
    expect(problem('{a: 1}')).toBe("1:2 expected a property name in double quotes, found 'a'");
    expect(problem('{"a" 1}')).toBe("1:6 expected ':' after a property name, found '1'");
    expect(problem('{\n  // note\n  "a": 1\n}')).toBe('2:3 JSON does not allow comments');
    expect(problem('{"a": 1} // note')).toBe('1:10 JSON does not allow comments');
    expect(problem('{"a": "x')).toBe('1:7 unterminated string');
    expect(problem('{"a": "x\ny"}')).toBe(
      '1:9 a control character (U+000a) in a string (write it as an escape such as \\n)',
    );
    expect(problem('"\\q"')).toBe("1:2 invalid escape '\\q' in a string");
    expect(problem('"\\u12"')).toBe('1:2 invalid \\u escape: expected four hexadecimal digits');
    expect(problem('{"a": }')).toBe("1:7 expected a value, found '}'");
    expect(problem('{"a": tru}')).toBe("1:7 expected a value, found 't'");
    expect(problem('{"a": -}')).toBe("1:7 expected a value, found '-'");
    expect(problem('{"a": 1')).toBe(
      "1:8 expected ',' or '}' after a property value, found the end of the input",
    );
    expect(problem('{} {}')).toBe("1:4 unexpected '{' after the end of the JSON value");
  });

  it('counts lines the same with Windows line endings', () => {
    expect(problem('{\r\n  "a": 1\r\n  "b": 2\r\n}')).toBe(
      "3:3 expected ',' or '}' after a property value, found '\"'",
    );
  });

  it('copes with very deep nesting without exhausting the stack', () => {
    expect(findJsonSyntaxError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeUndefined();
    expect(problem(`${'['.repeat(200_000)}1,]`)).toBe("1:200003 trailing comma before ']'");
  });

  it('agrees with JSON.parse on valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxError(text)).toBeUndefined();
      }),
    );
  });

  it('agrees with JSON.parse on arbitrary and mangled text', () => {
    const accepts = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const mangled = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '/', ' ', '\\', 'x'))
      .map(([text, at, insert]) => {
        const i = at % (text.length + 1);
        return `${text.slice(0, i)}${insert}${text.slice(i + (insert === '' ? 1 : 0))}`;
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), mangled), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(accepts(text));
      }),
      { numRuns: 2000 },
    );
  });
});
