/**
 * Text from a search or a rule set is shown as written: it cannot drive a terminal (clear the
 * screen, move the cursor, recolour, link, reorder) nor add Markdown structure on any line.
 */
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/format/terminal';
import { escapeMarkdown, formatMarkdown, formatText } from '../../src/index';
import { advice, reportWith } from './fixture';

const ESC = '\u001b';
const HOSTILE = [
  `${ESC}[2J${ESC}[H`, // clear the screen, cursor home
  `${ESC}]8;;https://evil.test${ESC}\\link${ESC}]8;;${ESC}\\`, // OSC 8 hyperlink
  'overwritten\r✓ valid', // carriage return over printed text
  'ding\u0007', // BEL
  '\u009b31m', // one-byte CSI (C1)
  'abc\u202edcba', // right-to-left override
  'a\u2066b\u2069c\u200f', // isolates and marks
  'line\u2028break',
  'nul\u0000del\u007f',
].join(' ');

/** Control, escape and bidi characters a terminal acts on (line feeds and tabs aside). */
const ACTIVE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it('shows every control, escape and bidi character as an escape', () => {
    expect(terminalSafe(`a${ESC}[2Jb\rc\u0007d\u202ee\nf\tg`)).toBe(
      'a\\u001b[2Jb\\rc\\u0007d\\u202ee\\nf\\tg',
    );
    expect(terminalSafe(HOSTILE)).not.toMatch(ACTIVE);
    expect(terminalSafe(HOSTILE)).not.toContain('\n');
  });

  it('keeps line feeds and tabs when asked, never carriage returns', () => {
    expect(terminalSafe('one\ntwo\tthree\rfour', { keepNewlines: true })).toBe(
      'one\ntwo\tthree\\rfour',
    );
  });

  it('leaves ordinary text, accents and emoji alone', () => {
    const text = 'Zoë — 5 applications at Ørsted 🚀 (100%)';
    expect(terminalSafe(text)).toBe(text);
  });
});

describe('the text report with hostile strings', () => {
  it('prints no control character from the search or the rules', async () => {
    const report = await reportWith([
      advice('high', 'x', {
        ruleId: `evil${ESC}[31m`,
        title: HOSTILE,
        message: HOSTILE,
        actions: [{ kind: 'apply', label: HOSTILE, due: '2026-12-02' }],
      }),
    ]);
    const text = formatText(report, { name: HOSTILE });
    expect(text).not.toMatch(ACTIVE);
    expect(text).toContain('\\u001b[2J');
    expect(text).toContain('overwritten\\r✓ valid');
    expect(text.split('\n').some((line) => line.startsWith('✓'))).toBe(false);
  });

  it('keeps its own colours', async () => {
    const report = await reportWith([advice('high', 'x', { title: `t${ESC}[0m` })]);
    const text = formatText(report, { color: true });
    expect(text).toContain(`${ESC}[1m`);
    expect(text).toContain('t\\u001b[0m');
  });

  it('folds line breaks in messages into spaces', async () => {
    const report = await reportWith([advice('low', 'x', { message: 'one\n\ntwo\tthree' })]);
    expect(formatText(report)).toContain('     one two three');
  });
});

describe('the Markdown report with hostile strings', () => {
  it('escapes every line, not only the first', () => {
    const escaped = escapeMarkdown(
      'fine\n# heading\n  - list\n+ plus\n1. one\n2) two\n> quote\n| a | b |\n===\n    code',
    );
    expect(escaped.split('\n')).toEqual([
      'fine',
      '\\# heading',
      '\\- list',
      '\\+ plus',
      '1\\. one',
      '2\\) two',
      '\\> quote',
      '\\| a \\| b \\|',
      '\\===',
      'code',
    ]);
  });

  it('keeps headings, table cells and checklist items on one line', async () => {
    const report = await reportWith([
      advice('high', 'x', {
        title: 'Title\n# Injected heading',
        message: 'Message\n\n## Injected section\n- [x] fake done',
        rationale: 'Why\n| a | b |',
        actions: [{ kind: 'apply', label: 'Act\n\n# Another', due: '2026-12-02' }],
      }),
    ]);
    const markdown = formatMarkdown(report, { name: 'Maya\n# Not a heading' });
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Job search health: Maya \\# Not a heading');
    expect(lines.filter((l) => /^#{1,6} /.test(l))).toEqual([
      '# Job search health: Maya \\# Not a heading',
      '## Outlook',
      '## Pipeline',
      '## Categories',
      '## Advice',
      '### High (1)',
      '#### 1. Title \\# Injected heading',
    ]);
    expect(markdown).toContain('\\#\\# Injected section\n\\- \\[x\\] fake done');
    expect(markdown).toContain('- [ ] Act \\# Another (by 2026-12-02)');
    expect(markdown).not.toMatch(ACTIVE);
  });

  it('shows control characters as escapes', async () => {
    const report = await reportWith([advice('high', 'x', { message: HOSTILE })]);
    expect(formatMarkdown(report)).not.toMatch(ACTIVE);
  });

  it('encodes a link target so it cannot end the link or the line', async () => {
    const report = await reportWith([
      advice('high', 'x', { docsUrl: 'https://example.test/a b>(c)\n<script>' }),
    ]);
    expect(formatMarkdown(report)).toContain(
      '[More on this advice](<https://example.test/a%20b%3E(c)%0A%3Cscript%3E>)',
    );
  });
});
