import { terminalSafe } from '../format/terminal';

/** What went wrong reading an input: no such file, unreadable, or not valid JSON. */
export type InputErrorCode = 'not-found' | 'unreadable' | 'invalid-json';

/** Where a JSON syntax error is: 1-based line and column, and the offset in the text. */
export interface TextPosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
  /** 0-based offset in the text. */
  readonly offset: number;
}

/**
 * Thrown when an input cannot be read or is not valid JSON. The message names the input and, for
 * JSON, the line and column, so it reads well when printed alone; control, bidi and zero-width
 * characters in it (from a file name or the text) are shown as escapes such as `\u202e`.
 */
export class InputError extends Error {
  /** What went wrong. */
  readonly code: InputErrorCode;
  /** The input: a file path, or `standard input`. */
  readonly source: string;
  /** For `invalid-json`: where the syntax error is. */
  readonly position?: TextPosition;

  /**
   * @param code - what went wrong.
   * @param source - the input concerned.
   * @param message - the full message, naming the input.
   * @param position - for `invalid-json`, where the error is.
   */
  constructor(code: InputErrorCode, source: string, message: string, position?: TextPosition) {
    // The message quotes a file name and characters of the text: shown, never obeyed.
    super(terminalSafe(message, { showInvisible: true }));
    this.name = 'InputError';
    this.code = code;
    this.source = source;
    if (position) this.position = position;
  }
}
