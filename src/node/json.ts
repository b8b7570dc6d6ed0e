import { InputError, type TextPosition } from './errors';
import { rememberText } from './locate';

/** A JSON syntax error: where it is and what is wrong, in plain words. */
export interface JsonSyntaxProblem extends TextPosition {
  /** What is wrong, e.g. `expected ',' or '}' after a property value, found '"'`. */
  readonly reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Scans JSON text and stops at its first syntax error. `JSON.parse` does the parsing; this only
 * explains a failure, because its messages and positions differ between Node versions. Arrays
 * and objects are tracked on an explicit stack, so deep nesting cannot exhaust the call stack.
 */
function scan(text: string): void {
  let i = 0;
  const found = (at: number): string => {
    if (at >= text.length) return 'the end of the input';
    const code = text.charCodeAt(at);
    return code < 0x20
      ? `a control character (U+${code.toString(16).padStart(4, '0')})`
      : `'${text[at]}'`;
  };
  const stop = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  /** Stops where `what` was expected; comments are a common slip, so they get their own words. */
  const expected = (what: string): never =>
    stop(text[i] === '/' ? 'JSON does not allow comments' : `expected ${what}, found ${found(i)}`);
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i += 1;
  };
  const string = () => {
    const start = i;
    i += 1;
    for (;;) {
      if (i >= text.length) stop('unterminated string', start);
      const ch = text[i] ?? '';
      if (ch === '"') {
        i += 1;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            stop('invalid \\u escape: expected four hexadecimal digits');
          i += 6;
        } else if (ESCAPES.has(next)) i += 2;
        else stop(`invalid escape '\\${next}' in a string`);
        continue;
      }
      if (ch < ' ') stop(`${found(i)} in a string (write it as an escape such as \\n)`);
      i += 1;
    }
  };
  /** Scans a scalar, or opens a container and returns its closing character. */
  const value = (): '}' | ']' | undefined => {
    space();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      i += 1;
      return ch === '{' ? '}' : ']';
    }
    if (ch === '"') {
      string();
      return undefined;
    }
    if (ch === "'") stop('strings must be in double quotes');
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    NUMBER.lastIndex = i;
    if (ch !== undefined && /[-\d]/.test(ch) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    return expected('a value');
  };
  const key = () => {
    space();
    if (text[i] === "'") stop('property names must be in double quotes');
    if (text[i] !== '"') expected('a property name in double quotes');
    string();
    space();
    if (text[i] !== ':') expected("':' after a property name");
    i += 1;
  };

  space();
  if (i >= text.length) stop('the input is empty');
  const open: ('}' | ']')[] = [];
  let close = value();
  for (;;) {
    if (close) {
      open.push(close);
      space();
      if (text[i] === close) {
        i += 1;
        open.pop();
      } else {
        if (close === '}') key();
        close = value();
        continue;
      }
    }
    const inside = open.at(-1);
    if (inside === undefined) break;
    space();
    if (text[i] === ',') {
      i += 1;
      space();
      if (text[i] === '}' || text[i] === ']') stop(`trailing comma before '${text[i]}'`);
      if (inside === '}') key();
      close = value();
      continue;
    }
    if (text[i] !== inside)
      expected(`',' or '${inside}' after ${inside === '}' ? 'a property value' : 'an array item'}`);
    i += 1;
    open.pop();
    close = undefined;
  }
  space();
  if (i < text.length)
    stop(
      text[i] === '/'
        ? 'JSON does not allow comments'
        : `unexpected ${found(i)} after the end of the JSON value`,
    );
}

/** The 1-based line and column of an offset. */
function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, offset };
}

/**
 * Finds the first syntax error in JSON text, with its line and column, or `undefined` when the
 * text is valid JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...positionOf(text, error.offset), reason: error.reason };
  }
}

/** What a file that is a spreadsheet rather than JSON is, if it looks like one. */
function sheetKind(text: string, source: string): string | undefined {
  if (text.startsWith('PK\u0003\u0004') || /\.(xlsx|xlsm|xls|ods)$/i.test(source))
    return 'a spreadsheet file';
  if (/\.(csv|tsv)$/i.test(source)) return 'a CSV or TSV sheet';
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  if (!/^[[{"]/.test(first) && (first.match(/[,;\t]/g)?.length ?? 0) >= 2)
    return 'a CSV or TSV sheet';
  return undefined;
}

/**
 * Parses JSON text. A byte-order mark is ignored. The text is remembered with the value, so
 * {@link locateIssues} can give the line and column of validation problems. On a syntax error, throws an {@link InputError}
 * whose message names the source, line and column, such as
 * `search.json:4:7: invalid JSON: expected ',' or '}' after a property value, found '"'`.
 *
 * @param text - the JSON text.
 * @param source - what to call the input in messages (a file path).
 */
export function parseJson(text: string, source = 'input'): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const value: unknown = JSON.parse(body);
    rememberText(value, body);
    return value;
  } catch (error) {
    const sheet = sheetKind(body, source);
    if (sheet !== undefined)
      throw new InputError(
        'invalid-json',
        source,
        `${source}: this is ${sheet}, not a search file (JSON); turn a sheet saved as CSV into one with "job-search-health import <sheet.csv> -o search.json"`,
      );
    const problem = findJsonSyntaxError(body);
    const reason = problem?.reason ?? (error instanceof Error ? error.message : String(error));
    const where = problem ? `:${problem.line}:${problem.column}` : '';
    throw new InputError(
      'invalid-json',
      source,
      `${source}${where}: invalid JSON: ${reason}`,
      problem && { line: problem.line, column: problem.column, offset: problem.offset },
    );
  }
}
