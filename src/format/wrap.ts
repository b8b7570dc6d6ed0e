import stringWidth from 'string-width';

/**
 * Columns a string takes in a terminal: East Asian wide characters and emoji count two, colour
 * codes and combining marks none.
 */
export function visibleLength(text: string): number {
  return stringWidth(text);
}

/** How {@link wrapWords} splits and places words. */
export interface WrapRules {
  /** What a word is (default: a run of non-space characters). */
  readonly words?: RegExp;
  /** Whether a word may begin a line; one that may not stays on the line before. */
  readonly mayStartLine?: (word: string) => boolean;
  /** Whether a word too long for a line must stay whole (default: links). */
  readonly keepWhole?: (word: string) => boolean;
}

const LINK = /^<?[a-z][a-z0-9+.-]*:\/\//i;
// Marked pure: a value built at load is otherwise kept by bundlers even where unused.
const segmenter = /* @__PURE__ */ new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Splits a word into pieces at most `room` columns wide, between characters as displayed. */
function split(word: string, room: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of segmenter.segment(word)) {
    if (piece !== '' && visibleLength(piece + segment) > room) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Wraps words to `width` columns, measured as displayed (wide characters count two), the first
 * line starting with `first` and the others with `rest` (a hanging indent). A word longer than
 * a line is split between characters, except links (and what `rules.keepWhole` names), which
 * overflow rather than break. The one wrapper of the package: text reports, CLI help and
 * generated docs all use it.
 */
export function wrapWords(
  text: string,
  first: string,
  rest: string,
  width: number,
  rules: WrapRules = {},
): string {
  const keepWhole = rules.keepWhole ?? ((word: string) => LINK.test(word));
  const mayStartLine = rules.mayStartLine ?? (() => true);
  // Each word and indent is measured once, and a line's width kept as a sum. Measuring the line
  // again for every word read each character once per word after it on its line, and text that
  // is not plain ASCII is slow to measure: a report of thousands of advice took seconds to wrap.
  const firstRoom = Math.max(1, width - visibleLength(first));
  const restRoom = Math.max(1, width - visibleLength(rest));
  const lines: string[] = [];
  // The first line has its own indent and room; every later one the hanging indent's.
  const room = () => (lines.length === 0 ? firstRoom : restRoom);
  const push = (text: string) => lines.push((lines.length === 0 ? first : rest) + text);
  let line = '';
  let lineWidth = 0;
  for (const word of text.match(rules.words ?? /\S+/g) ?? []) {
    const wordWidth = visibleLength(word);
    if (keepWhole(word) || wordWidth <= restRoom) {
      if (line !== '' && (lineWidth + 1 + wordWidth <= room() || !mayStartLine(word))) {
        line = `${line} ${word}`;
        lineWidth += 1 + wordWidth;
        continue;
      }
      if (line !== '') push(line);
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    // Too long for any line: it starts a line of its own and is cut to lines' width.
    if (line !== '') push(line);
    const pieces = split(word, Math.min(room(), restRoom));
    line = pieces.pop() ?? '';
    lineWidth = visibleLength(line);
    for (const piece of pieces) push(piece);
  }
  if (line !== '') push(line);
  return lines.join('\n');
}

/** {@link wrapWords} with the default rules: the wrapper of terminal text. */
export function wrap(text: string, first: string, rest: string, width: number): string {
  return wrapWords(text, first, rest, width);
}
