import { BUILT_IN_CATEGORIES, type CategoryDefinition } from '../../src/report/categories';
import type { AnyRule } from '../../src/rule/types';
import { handwrittenPath, handwrittenProblems, normaliseHandwritten } from './handwritten';
import { renderRuleIndex, renderRulesTable } from './index-page';
import { renderRulePage } from './rule-page';

/** Folder of the generated rule pages, relative to the repository root. */
export const RULE_DOCS_DIR = 'docs/rules';

/** Marker comments around the generated rules table in the README. */
const README_MARKERS = { start: '<!-- rules:start -->', end: '<!-- rules:end -->' } as const;

/** What the rule documentation is generated from. */
export interface RuleDocsInput {
  /** The rules to document. */
  readonly rules: readonly AnyRule[];
  /** Hand-written sections by rule id (the text of `src/rules/<id>/notes.md`). */
  readonly handwritten: Readonly<Record<string, string>>;
  /** The current README, whose rules table is replaced. */
  readonly readme: string;
  /** Categories, for titles and order; defaults to the built-in ones. */
  readonly categories?: readonly CategoryDefinition[];
}

/** Thrown when the documentation cannot be generated; lists every problem. */
export class RuleDocsError extends Error {
  /** Every problem found. */
  readonly problems: readonly string[];

  /** @param problems - every problem found. */
  constructor(problems: readonly string[]) {
    super(
      `Cannot generate the rule docs (fix these, then run npm run docs:rules):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'RuleDocsError';
    this.problems = problems;
  }
}

/** The README with the text between its rules markers replaced by `table`. */
export function replaceReadmeTable(readme: string, table: string): string {
  const start = readme.indexOf(README_MARKERS.start);
  const end = readme.indexOf(README_MARKERS.end);
  if (start === -1 || end === -1 || end < start)
    throw new RuleDocsError([
      `README.md needs the markers ${README_MARKERS.start} and ${README_MARKERS.end}, in that order`,
    ]);
  return `${readme.slice(0, start + README_MARKERS.start.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

/**
 * Renders every rule page, the rules index and the README, as file contents by path relative
 * to the repository root. Pure: the caller reads the inputs and writes the result.
 *
 * @throws {@link RuleDocsError} when a rule has no hand-written sections, when they are
 *   malformed, or when the README lacks its markers.
 */
export function renderRuleDocs(input: RuleDocsInput): Record<string, string> {
  const categories = input.categories ?? BUILT_IN_CATEGORIES;
  const problems: string[] = [];
  for (const rule of input.rules) {
    const text = input.handwritten[rule.id];
    if (text === undefined)
      problems.push(
        `rule "${rule.id}" has no hand-written sections: write ${handwrittenPath(rule.id)}`,
      );
    else
      for (const problem of handwrittenProblems(text))
        problems.push(`${handwrittenPath(rule.id)} ${problem}`);
  }
  if (problems.length > 0) throw new RuleDocsError(problems);

  const ruleIds = new Set(input.rules.map((rule) => rule.id));
  const files: Record<string, string> = {};
  for (const rule of input.rules)
    files[`${RULE_DOCS_DIR}/${rule.id}.md`] = renderRulePage(rule, {
      handwritten: normaliseHandwritten(input.handwritten[rule.id] ?? ''),
      categories,
      ruleIds,
    });
  files[`${RULE_DOCS_DIR}/README.md`] = renderRuleIndex(input.rules, categories);
  files['README.md'] = replaceReadmeTable(
    input.readme,
    renderRulesTable(input.rules, categories, `${RULE_DOCS_DIR}/`),
  );
  return files;
}
