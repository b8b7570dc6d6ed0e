import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { HANDWRITTEN_SECTIONS } from '../docs/handwritten';
import { exportName, writeRuleList } from './rule-list';

/** Ids a built-in rule may take: kebab-case, starting with a letter. */
const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A rule id the scaffolder refuses, with why. */
export class ScaffoldError extends Error {
  override readonly name = 'ScaffoldError';
}

/** `first-contact` → `First contact`. */
function sentence(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function ruleSource(id: string): string {
  return `import * as z from 'zod/v4/mini';
import { defineRule } from '../../rule/define';
import { versus, versusOption } from '../conditions';
import { countOption } from '../options';

/*
 * A working example to start from: it fires while fewer applications than an option have been
 * sent. Replace the conditions, wording and metadata with what this rule is about, keep the
 * test next to it proving that it fires and stays quiet just below its threshold, and write
 * notes.md for the rule's page.
 */

/** ${sentence(id)}. */
export const ${exportName(id)} = defineRule({
  id: '${id}',
  meta: {
    category: 'momentum',
    severity: 'low',
    title: '${sentence(id)}',
    description: 'Flags a search that has sent fewer applications than the minimum option.',
    rationale:
      'A handful of applications is too few to learn from: replies come back for only a few in a hundred.',
    sources: [],
    recommended: true,
  },
  scope: 'search',
  options: z.strictObject({
    minApplications: countOption(
      { min: 1, max: 100, default: 3 },
      'Applications a search should have sent before this advice stops.',
    ),
  }),
  conditions: {
    all: [
      versus('search', 'totalApplications', 'greaterThanInclusive', 1),
      versusOption('search', 'totalApplications', 'lessThan', 'minApplications'),
    ],
  },
  message:
    'You have sent {search.totalApplications|count:application}; aim for at least {options.minApplications}.',
  actions: [{ kind: 'apply', label: 'Send your next application', due: { inDays: 7 } }],
});
`;
}

function testSource(id: string): string {
  const name = exportName(id);
  return `import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch } from '../../../test/helpers/search';
import { ${name} } from './rule';

/** A search with \`count\` applications sent, one a day. */
const sent = (count: number) =>
  buildSearch({
    applications: Array.from({ length: count }, (_, i) => applied(\`a\${i}\`, \`c\${i}\`, i + 1)),
  });

ruleTester.run(${name}, {
  asOf: AS_OF,
  fires: [
    {
      name: 'one application below the minimum',
      search: sent(2),
      advice: [{ subjects: ['search'], severity: 'low' }],
    },
    {
      name: 'the minimum is an option',
      search: sent(4),
      options: { minApplications: 5 },
      advice: [{ subjects: ['search'] }],
    },
  ],
  quiet: [
    { name: 'exactly the minimum', search: sent(3), status: 'passed' },
    { name: 'nothing sent yet', search: sent(0), status: 'passed' },
  ],
});
`;
}

/** What each hand-written section of a new rule's notes should say, until it does. */
const SECTION_PROMPTS: Readonly<Record<(typeof HANDWRITTEN_SECTIONS)[number], string>> = {
  'How to act on it':
    'Say what the reader should do when this advice appears, in the order they should do it.',
  'When to turn it off':
    'Say when the advice does not fit a search, so readers know when to switch it off.',
};

const NOTES = HANDWRITTEN_SECTIONS.map(
  (title) => `## ${title}\n\n${SECTION_PROMPTS[title]}\n`,
).join('\n');

/**
 * Creates `src/rules/<id>/` in the repository at `root` (a URL ending in `/`): a working rule
 * with its metadata, a test proving it fires and stays quiet, and the notes its docs page is
 * built from; then regenerates the list of built-in rules so the new rule is registered. Returns
 * the files written, relative to `root`.
 */
export function scaffoldRule(root: URL, id: string): string[] {
  if (!RULE_ID.test(id))
    throw new ScaffoldError(
      `"${id}" is not a rule id: use kebab-case, starting with a letter (e.g. "slow-replies")`,
    );
  const folder = new URL(`src/rules/${id}/`, root);
  if (existsSync(folder))
    throw new ScaffoldError(`src/rules/${id} already exists: pick another id`);
  mkdirSync(folder, { recursive: true });
  const files: Record<string, string> = {
    'rule.ts': ruleSource(id),
    'rule.test.ts': testSource(id),
    'notes.md': NOTES,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, folder), text);
  writeRuleList(root);
  return [...Object.keys(files).map((name) => `src/rules/${id}/${name}`), 'src/rules/built-in.ts'];
}
