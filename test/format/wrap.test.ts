import { describe, expect, it, vi } from 'vitest';
import { wrap as wrapDocs } from '../../scripts/docs/markdown';
import { visibleLength, wrap } from '../../src/format/wrap';

/** Every text string-width was asked to measure in this file, in order. */
const measured = vi.hoisted(() => [] as string[]);
vi.mock('string-width', async (importOriginal) => {
  const { default: stringWidth } = await importOriginal<typeof import('string-width')>();
  return {
    default: (text: string) => {
      measured.push(text);
      return stringWidth(text);
    },
  };
});

describe('wrap', () => {
  it('measures wide characters and emoji as two columns, colour codes as none', () => {
    expect(visibleLength('abc')).toBe(3);
    expect(visibleLength('東京')).toBe(4);
    expect(visibleLength('🙂')).toBe(2);
    expect(visibleLength('\u001b[31mred\u001b[39m')).toBe(3);
  });

  it('keeps every line within the width, counting wide characters double', () => {
    const text =
      '東京オフィスの採用担当者に返信してください 面接の日程を確認します 🙂🙂🙂 Reply today';
    const lines = wrap(text, '  ', '    ', 20).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(20);
    expect(lines[0]?.startsWith('  ')).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith('    '))).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('lets a long link overflow, whole, on a line of its own', () => {
    const url = 'https://example.test/a/very/long/path/that/does/not/fit/in/twenty/columns';
    expect(wrap(`See ${url} now`, '', '', 20).split('\n')).toEqual(['See', url, 'now']);
  });

  it('wraps plain ASCII exactly as before: greedy, a hanging indent', () => {
    expect(wrap('one two three four five six', '> ', '  ', 12)).toBe(
      '> one two\n  three four\n  five six',
    );
  });

  it('measures each word once, not the line again for every word added to it', () => {
    const words = Array.from({ length: 500 }, (_, i) => `→ step${i}`);
    const text = words.join(' ');
    measured.length = 0;
    const lines = wrap(text, '  ', '    ', 40).split('\n');
    expect(lines.length).toBeGreaterThan(50);
    // Each word (1,000 of them) and the two indents, and nothing else.
    expect(measured.length).toBe(1002);
    expect(measured.join('').length).toBe(text.replace(/ /g, '').length + 6);
  });

  it('serves the docs too: code spans whole, no line starting like a Markdown block', () => {
    const text = `${'word '.repeat(18)}- not a list \`a code span with spaces\` end`;
    const out = wrapDocs(text, '- ');
    for (const line of out.split('\n').slice(1)) {
      expect(line.startsWith('  ')).toBe(true);
      expect(line.trimStart().startsWith('- ')).toBe(false);
    }
    expect(out).toContain('`a code span with spaces`');
  });
});
