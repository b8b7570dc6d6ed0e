/** The sections each rule's hand-written file must have, in this order. */
export const HANDWRITTEN_SECTIONS = ['How to act on it', 'When to turn it off'] as const;

/** Where a rule's hand-written sections live, relative to the repository root. */
export function handwrittenPath(ruleId: string): string {
  return `src/rules/${ruleId}/notes.md`;
}

/**
 * Checks a hand-written file: exactly the {@link HANDWRITTEN_SECTIONS} as `##` headings, in
 * order, each with some text, and nothing before the first. Returns the problems found.
 */
export function handwrittenProblems(text: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const headings = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => /^##\s/.test(line));
  const titles = headings.map(({ line }) => line.replace(/^##\s+/, '').trim());
  const problems: string[] = [];
  if (titles.join('\n') !== HANDWRITTEN_SECTIONS.join('\n'))
    problems.push(
      `needs exactly the sections ${HANDWRITTEN_SECTIONS.map((s) => `"## ${s}"`).join(
        ' and ',
      )}, in that order (found ${titles.length > 0 ? titles.map((t) => `"${t}"`).join(', ') : 'none'})`,
    );
  const first = headings[0]?.index ?? lines.length;
  if (lines.slice(0, first).some((line) => line.trim() !== ''))
    problems.push('has text before its first section');
  headings.forEach(({ index }, n) => {
    const end = headings[n + 1]?.index ?? lines.length;
    if (lines.slice(index + 1, end).every((line) => line.trim() === ''))
      problems.push(`section "${titles[n]}" is empty`);
  });
  return problems;
}

/** A hand-written file, ready to be placed in the page: line endings normalised, trimmed. */
export function normaliseHandwritten(text: string): string {
  return text.replace(/\r\n/g, '\n').trim();
}
