import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import { renderRuleDocs } from '../../scripts/docs/generate';
import { optionDocs, optionsTable } from '../../scripts/docs/options';
import { defineRule } from '../../src/rule/define';
import type { AnyRule } from '../../src/rule/types';

const HANDWRITTEN = '## How to act on it\n\nDo this.\n\n## When to turn it off\n\nNever.\n';
const README = '<!-- rules:start -->\n<!-- rules:end -->\n';

const base = defineRule({
  id: 'edge',
  meta: {
    category: 'wellbeing',
    severity: 'low',
    title: 'An edge case',
    description: 'Checks the edges.',
    rationale: 'Edges matter.',
    sources: [{ title: 'Edge study', strength: 'medium', url: 'https://example.org/edge' }],
  },
  scope: 'search',
  options: z.strictObject({}),
  conditions: {
    any: [
      { fact: 'search', path: '$.topCompany', operator: 'notEqual', value: null },
      { fact: 'search', operator: 'isBusy', value: 3 },
      { fact: 'search', path: 'topCompany', operator: 'in', value: ['acme'] },
      { fact: 'search', path: 'topCompany', operator: 'notIn', value: ['a', 'b', 'c'] },
      {
        fact: 'search',
        path: 'activeApplications',
        operator: 'greaterThan',
        value: { fact: 'search', path: 'savedApplications' },
      },
      {
        fact: 'search',
        path: 'activeApplications',
        operator: 'greaterThan',
        value: { fact: 'options', path: 'unset' },
      },
      { not: { all: [{ condition: 'busy' }, { condition: 'quiet' }] } },
      { not: { fact: 'search', path: 'totalApplications', operator: 'equal', value: 0 } },
      { not: { condition: 'busy' } },
    ],
  },
  severityWhen: [
    { severity: 'high', conditions: { condition: 'busy' } },
    { severity: 'medium', conditions: { condition: 'quiet' } },
  ],
  message: 'Edge.',
  actions: [],
});

/** The page of each rule, rendered alone with the built-in categories. */
function pages(...rules: AnyRule[]): Record<string, string> {
  const files = renderRuleDocs({
    rules,
    handwritten: Object.fromEntries(rules.map((r) => [r.id, HANDWRITTEN])),
    readme: README,
  });
  return Object.fromEntries(rules.map((r) => [r.id, files[`docs/rules/${r.id}.md`] ?? '']));
}

describe('rule pages: edge cases', () => {
  const page = pages(base).edge ?? '';

  it('shows an unknown category by its id and says the rule is not recommended', () => {
    expect(page).toContain('**Category:** wellbeing');
    expect(page).toContain('**Recommended:** no');
  });

  it('links a source with a URL and ends it without a finding', () => {
    expect(page).toContain('- **[Edge study](https://example.org/edge)** (medium strength).');
  });

  it('describes a search-wide rule without a selector in one sentence', () => {
    expect(page).toContain('It looks at the search as a whole, once per evaluation.\n');
  });

  it('puts every kind of condition into words', () => {
    const lines = page.split('\n');
    const at = lines.indexOf('It fires when any of these holds:');
    expect(lines.slice(at + 2, at + 14)).toEqual([
      '- `search.topCompany` is known',
      '- `search` passes the custom operator `isBusy` with `3`',
      '- `search.topCompany` is one of `acme`',
      '- `search.topCompany` is not one of `a`, `b` or `c`',
      '- `search.activeApplications` is above `search.savedApplications`',
      '- `search.activeApplications` is above option `unset`',
      '- not all of these hold:',
      '  - the shared condition `busy` holds',
      '  - the shared condition `quiet` holds',
      '- it is not the case that `search.totalApplications` is `0`',
      '- it is not the case that the shared condition `busy` holds',
      '',
    ]);
  });

  it('describes each severity case and which one wins', () => {
    expect(page).toContain(
      'It is **high** instead when, in addition, the shared condition `busy` holds.',
    );
    expect(page).toContain(
      'It is **medium** instead when, in addition, the shared condition `quiet` holds.',
    );
    expect(page).toContain('The first of these cases that holds sets the severity.');
  });

  it('says the rule has no options, and leaves options out of the config example', () => {
    expect(page).toContain('## Options\n\nThis rule has no options.');
    expect(page).toContain("    'edge': {\n      severity: 'low',\n    },");
    expect(page).toContain("such as `'edge': 'medium'`");
  });
});

describe('rule pages: options', () => {
  const withOptions = defineRule({
    ...base,
    id: 'tuned',
    meta: { ...base.meta, severity: 'medium' },
    message: 'Tuned.',
    actions: [],
    options: z.strictObject({
      label: z.string().min(2).max(40).default('hello').describe("A label, it's said."),
      tags: z.array(z.string()).max(5).default([]).describe('Tags.'),
      ratio: z.number().gt(0).lt(1).default(0.5),
      floor: z.number().min(3).default(3).describe('At least three.'),
      ceiling: z.int().max(9).default(9).describe('At most nine.'),
      mode: z.literal('fixed').default('fixed').describe('Only one mode.'),
      limit: z
        .union([z.number().min(1), z.literal('none')])
        .default('none')
        .describe('A cap.'),
      note: z.string().optional().describe('Optional.'),
    }),
  });
  const docs = optionDocs(withOptions);
  const byName = (name: string) => docs.find((o) => o.name === name);

  it("reads each option's type and allowed values from its schema", () => {
    expect(byName('label')).toMatchObject({ type: 'string', range: '2 to 40 characters' });
    expect(byName('tags')).toMatchObject({ type: 'list of string', range: 'at most 5 items' });
    expect(byName('ratio')).toMatchObject({
      type: 'number',
      range: 'above 0, below 1',
      description: '',
    });
    expect(byName('floor')).toMatchObject({ range: 'at least 3' });
    expect(byName('mode')).toMatchObject({ type: 'string', range: 'exactly `fixed`' });
    expect(byName('limit')).toMatchObject({
      type: 'number or string',
      range: 'at least 1; exactly `none`',
    });
    expect(byName('note')).toMatchObject({ type: 'string', range: '', default: undefined });
  });

  it('shows an option without a default or a range as such', () => {
    expect(optionsTable(docs)).toContain('| `note` | string | (none) | any | Optional. |');
  });

  it('spreads a long options example over several lines', () => {
    const page = pages(withOptions).tuned ?? '';
    expect(page).toContain("      options: {\n        label: 'hello',\n        tags: [],\n");
    expect(page).toContain("        mode: 'fixed',\n");
    expect(page).toContain("such as `'tuned': 'low'`");
  });
});
