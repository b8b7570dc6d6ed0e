import type { createColors } from 'picocolors';
import { SEVERITY_LEVELS } from '../report/severity';
import type { Severity } from '../rule/types';

/**
 * The characters a terminal acts on instead of showing, as the body of a regular-expression
 * class: C0 controls (ESC starts ANSI and OSC 8 sequences, CR moves back over printed text, BEL
 * rings), DEL, C1 controls (0x9B is a one-byte CSI), the Unicode line and paragraph separators,
 * and the bidi marks, embeddings, overrides and isolates that reorder what is shown.
 */
export const UNSAFE_CHARACTERS =
  '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';

/**
 * Characters that show as nothing at all: zero-width spaces and joiners, word joiner and
 * invisible operators, and the byte-order mark. Harmless to a terminal, but in a quoted value
 * they hide why two ids that look the same differ.
 */
const INVISIBLE_CHARACTERS = '\\u200b-\\u200d\\u2060-\\u2065\\ufeff';

const UNSAFE = new RegExp(`[${UNSAFE_CHARACTERS}]`, 'g');
const UNSAFE_OR_INVISIBLE = new RegExp(`[${UNSAFE_CHARACTERS}${INVISIBLE_CHARACTERS}]`, 'g');

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(char: string): string {
  return NAMED[char] ?? `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/** Options of {@link terminalSafe}. */
export interface TerminalSafeOptions {
  /** Keep line feeds and tabs, for messages made of several lines. */
  readonly keepNewlines?: boolean;
  /**
   * Also show zero-width and other invisible characters as escapes, for a value quoted in a
   * message (an id, a key, a cell), where every character should be seen.
   */
  readonly showInvisible?: boolean;
}

/**
 * Text taken from input (a search, a rule set, a file name, an argument), made safe to print to
 * a terminal: every control, escape and bidi character is shown as an escape such as `\u001b`,
 * so the text cannot move the cursor, clear the screen, open a link, recolour or reorder output,
 * or start a line of its own. With `keepNewlines`, line feeds (and tabs) stay, for messages made
 * of several lines; carriage returns never do. Text already made safe is returned unchanged.
 */
export function terminalSafe(text: string, options: TerminalSafeOptions = {}): string {
  const keep = options.keepNewlines === true;
  return text.replace(options.showInvisible === true ? UNSAFE_OR_INVISIBLE : UNSAFE, (char) =>
    keep && (char === '\n' || char === '\t') ? char : visible(char),
  );
}

/** Prose from input for a report: runs of spaces, tabs and line feeds become one space first. */
export function terminalProse(text: string): string {
  return terminalSafe(text.replace(/[ \t\n]+/g, ' '));
}

/** The colour functions of picocolors, as `createColors` makes them. */
type Colors = ReturnType<typeof createColors>;

/** Styles text in a severity's terminal colours (see `SEVERITY_LEVELS`). */
export function severityTone(c: Colors, severity: Severity): (text: string) => string {
  return (text) =>
    SEVERITY_LEVELS[severity].terminal.reduce((styled, style) => c[style](styled), text);
}
