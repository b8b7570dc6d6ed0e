const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Length of a string as shown: colour codes take no room. */
export function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
}

/**
 * Wraps words to `width` visible characters, the first line indented by `first` and the rest
 * by `rest` (a hanging indent).
 */
export function wrap(text: string, first: string, rest: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let indent = first;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    if (line !== '' && visibleLength(indent + line) + 1 + visibleLength(word) > width) {
      lines.push(indent + line);
      indent = rest;
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}
