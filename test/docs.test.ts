import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import { markdownNames, readHandwritten } from '../scripts/docs/files';
import { RuleDocsError, renderRuleDocs, replaceReadmeTable } from '../scripts/docs/generate';
import { handwrittenProblems } from '../scripts/docs/handwritten';
import { wrap } from '../scripts/docs/markdown';
import { defineRule } from '../src/rule/define';
import { versus, versusOption } from '../src/rules/conditions';
import { recommended } from '../src/rules/recommended';

const root = new URL('../', import.meta.url);
const HANDWRITTEN = '## How to act on it\n\nDo this.\n\n## When to turn it off\n\nNever.\n';
const README = '# x\n\n<!-- rules:start -->\nold\n<!-- rules:end -->\n';

function generated(): { files: Record<string, string> } | { error: unknown } {
  try {
    return {
      files: renderRuleDocs({
        rules: recommended.rules,
        handwritten: readHandwritten(root),
        readme: readFileSync(new URL('README.md', root), 'utf8'),
      }),
    };
  } catch (error) {
    return { error };
  }
}

describe('committed rule docs', () => {
  const result = generated();

  it('every rule has well-formed hand-written sections in src/rules/<id>/notes.md', () => {
    if ('error' in result) throw result.error;
  });

  if ('files' in result)
    for (const [path, text] of Object.entries(result.files))
      it(`${path} is up to date (run npm run docs:rules)`, () => {
        const url = new URL(path, root);
        const committed = existsSync(url) ? readFileSync(url, 'utf8') : '(missing)';
        expect(committed, `${path} is stale: run npm run docs:rules`).toBe(text);
      });

  it('has no page or hand-written file for a rule that does not exist', () => {
    const ids = new Set(recommended.rules.map((rule) => rule.id));
    const orphans = (dir: string) =>
      markdownNames(root, dir).filter((name) => name !== 'README' && !ids.has(name));
    expect(orphans('docs/rules/'), 'stale pages: run npm run docs:rules').toEqual([]);
    expect(
      Object.keys(readHandwritten(root)).filter((id) => !ids.has(id)),
      'src/rules/<id>/notes.md without a rule',
    ).toEqual([]);
  });
});

const sample = defineRule({
  id: 'sample',
  meta: {
    category: 'momentum',
    severity: 'medium',
    title: 'A sample rule',
    description: 'Checks a sample.',
    rationale: 'Because samples matter.',
    sources: [{ title: 'A survey', strength: 'low', finding: 'Half of samples matter.' }],
    recommended: true,
  },
  scope: 'application',
  select: { active: true, channel: ['job-board', 'company-site'] },
  requires: ['daysSinceApplied'],
  options: z.strictObject({
    afterDays: z.number().min(0).max(90).default(10).describe('Days to wait.'),
    mode: z.enum(['soft', 'hard']).default('soft').describe('How strict | to be.'),
  }),
  conditions: {
    all: [
      versusOption('application', 'daysSinceApplied', 'greaterThanInclusive', 'afterDays'),
      {
        not: {
          any: [
            versus('application', 'employerResponded', 'equal', true),
            versus('application', 'qualificationMatch', 'equal', null),
          ],
        },
      },
    ],
  },
  severityWhen: [
    {
      severity: 'high',
      conditions: { all: [versus('application', 'followUpsSent', 'equal', 0)] },
    },
  ],
  group: true,
  supersedes: ['other', 'missing'],
  message: 'Sample.',
  actions: [],
});

const other = defineRule({ ...sample, id: 'other', supersedes: [], severityWhen: [] });

describe('renderRuleDocs', () => {
  const files = renderRuleDocs({
    rules: [sample, other],
    handwritten: { sample: HANDWRITTEN, other: HANDWRITTEN },
    readme: README,
  });
  const page = files['docs/rules/sample.md'] ?? '';
  // Prose is wrapped: compare sentences with line breaks read as spaces.
  const prose = page.replace(/\s+/g, ' ');

  it('writes one page per rule, the index and the README', () => {
    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'docs/rules/README.md',
      'docs/rules/other.md',
      'docs/rules/sample.md',
    ]);
  });

  it('renders the fixed sections in order', () => {
    const headings = page.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# A sample rule',
      '## Why it matters',
      '## What triggers it',
      '## Options',
      '## How to act on it',
      '## When to turn it off',
      '## Configure it',
    ]);
    expect(page).toContain('**Rule:** `sample` · **Category:** Momentum');
    expect(page).toContain('- **A survey** (low strength): Half of samples matter.');
  });

  it('describes scope, selection, required facts, conditions and severity cases', () => {
    expect(prose).toContain(
      'It looks at each application where `application.active` is `true` and `application.channel`',
    );
    expect(prose).toContain('`job-board` or `company-site`');
    expect(prose).toContain('Applications whose `application.daysSinceApplied` is unknown');
    expect(page).toContain(
      '- `application.daysSinceApplied` is at least `afterDays` (default `10`)\n- none of these holds:\n  - `application.employerResponded` is `true`\n  - `application.qualificationMatch` is unknown',
    );
    expect(prose).toContain(
      'It is **high** instead when, in addition, `application.followUpsSent` is `0`.',
    );
    expect(prose).toContain('merged into one piece of advice');
    expect(prose).toContain(
      'advice from [`other`](other.md) or `missing` for the same application',
    );
  });

  it('builds the options table from the JSON Schema of the options', () => {
    expect(page).toContain('| `afterDays` | number | `10` | 0 to 90 | Days to wait. |');
    expect(page).toContain(
      '| `mode` | string | `soft` | one of `soft`, `hard` | How strict \\| to be. |',
    );
    expect(page).toContain("options: { afterDays: 10, mode: 'soft' },");
  });

  it('writes the index with severity definitions and the README table between its markers', () => {
    const index = files['docs/rules/README.md'] ?? '';
    expect(index).toContain('| **critical** | Costs an opportunity within days');
    expect(index).toContain('| [`sample`](sample.md) | Momentum | medium | A sample rule |');
    expect(files['README.md']).toContain(
      '<!-- rules:start -->\n\n| Rule | Category | Severity | What it flags |',
    );
    expect(files['README.md']).toContain('| [`sample`](docs/rules/sample.md) |');
    expect(files['README.md']).not.toContain('old');
  });

  it('fails when a rule has no hand-written sections', () => {
    const run = () =>
      renderRuleDocs({
        rules: [sample, other],
        handwritten: { sample: HANDWRITTEN },
        readme: README,
      });
    expect(run).toThrow(RuleDocsError);
    expect(run).toThrow('write src/rules/other/notes.md');
  });

  it('fails when the README has no markers', () => {
    expect(() => replaceReadmeTable('# x\n', '| a |')).toThrow('<!-- rules:start -->');
  });
});

describe('handwrittenProblems', () => {
  it('accepts the two sections in order', () => {
    expect(handwrittenProblems(HANDWRITTEN)).toEqual([]);
  });

  it('reports missing, reordered or empty sections and leading text', () => {
    expect(handwrittenProblems('## How to act on it\n\nDo.\n')[0]).toContain('needs exactly');
    expect(
      handwrittenProblems('## When to turn it off\n\nNo.\n\n## How to act on it\n\nDo.\n')[0],
    ).toContain('in that order');
    expect(handwrittenProblems(`Intro.\n\n${HANDWRITTEN}`)).toEqual([
      'has text before its first section',
    ]);
    expect(handwrittenProblems('## How to act on it\n\n## When to turn it off\n\nNo.\n')).toEqual([
      'section "How to act on it" is empty',
    ]);
  });
});

describe('wrap', () => {
  it('wraps at 100 columns with a hanging indent, never inside a code span', () => {
    const text = `${'word '.repeat(18)}\`a code span\` end`;
    const lines = wrap(text, '- ').split('\n');
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    expect(lines[1]).toMatch(/^ {2}\S/);
    expect(lines.some((line) => line.includes('`a code span`'))).toBe(true);
  });

  it('never starts a line with a list marker or heading', () => {
    const text = `${'x'.repeat(97)} - y`;
    expect(wrap(text).split('\n')[1]).toBe('y');
  });
});
