import { wrapWords } from '../../src/format/wrap';

/** Width generated prose is wrapped at, matching the rest of the repository. */
export const LINE_WIDTH = 100;

/** A value as inline code; backticks inside get a longer fence. */
export function code(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** Text made safe for a table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A markdown table with a header row. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

// A wrapped line must not start with something markdown would read as a new block.
const BLOCK_START = /^(?:[-+*]|[>|<].*|#{1,6}|\d{1,9}[.)]|[-=_*]{2,}|[`~]{3,}.*)$/;

/**
 * Wraps one paragraph or list item at {@link LINE_WIDTH}. `first` prefixes the first line (e.g.
 * `- `) and continuation lines are indented to match it.
 */
export function wrap(text: string, first = ''): string {
  return wrapWords(text, first, ' '.repeat(first.length), LINE_WIDTH, {
    // Code spans stay whole, so a line never breaks inside one.
    words: /(?:`[^`]*`|[^\s`]|`)+/g,
    mayStartLine: (word) => !BLOCK_START.test(word),
    // Markdown readers reflow prose: a long word overflows rather than breaks.
    keepWhole: () => true,
  });
}
