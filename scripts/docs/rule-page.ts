import type { Scope } from '../../src/facts/scope';
import { SEARCH_STATES, type SearchState } from '../../src/facts/search';
import type { CategoryDefinition } from '../../src/report/categories';
import type { AnyRule, RuleSource } from '../../src/rule/types';
import { describeConditions, describeSelector, type OptionDefaults } from './conditions';
import { handwrittenPath } from './handwritten';
import { code, LINE_WIDTH, wrap } from './markdown';
import { type OptionDoc, optionDefaults, optionDocs, optionsTable } from './options';

/** What a rule page needs besides the rule itself. */
export interface RulePageContext {
  /** The rule's hand-written sections ("How to act on it", "When to turn it off"). */
  readonly handwritten: string;
  /** Known categories, for display titles. */
  readonly categories: readonly CategoryDefinition[];
  /** Ids of the rules that have pages, to link superseded rules to. */
  readonly ruleIds: ReadonlySet<string>;
}

const SUBJECT: Readonly<Record<Scope, { one: string; many: string }>> = {
  search: { one: 'search', many: 'searches' },
  application: { one: 'application', many: 'applications' },
  referral: { one: 'referral', many: 'referrals' },
  message: { one: 'message', many: 'messages' },
  interview: { one: 'interview', many: 'interviews' },
  offer: { one: 'offer', many: 'offers' },
};

/** Joins phrases as "a", "a and b" or "a, b and c". */
function joinWords(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** The display title of a category id. */
export function categoryTitle(id: string, categories: readonly CategoryDefinition[]): string {
  return categories.find((c) => c.id === id)?.title ?? id;
}

/** A link to another rule's page when it has one, else its id as code. */
function ruleLink(id: string, ruleIds: ReadonlySet<string>): string {
  return ruleIds.has(id) ? `[${code(id)}](${id}.md)` : code(id);
}

function sourceItem(source: RuleSource): string {
  const title = source.url ? `[${source.title}](${source.url})` : source.title;
  const finding = source.finding ? `: ${source.finding}` : '.';
  return wrap(`**${title}** (${source.strength} strength)${finding}`, '- ');
}

function whyItMatters(rule: AnyRule): string {
  const parts = ['## Why it matters', wrap(rule.meta.rationale)];
  if (rule.meta.sources.length > 0)
    parts.push(
      'Sources, with how far each can be trusted:',
      rule.meta.sources.map(sourceItem).join('\n'),
    );
  return parts.join('\n\n');
}

function scopeWords(rule: AnyRule): string {
  const noun = SUBJECT[rule.scope as Scope];
  const selected = rule.select ? describeSelector(rule.scope, rule.select) : [];
  if (rule.scope === 'search')
    return selected.length === 0
      ? 'It looks at the search as a whole, once per evaluation.'
      : `It looks at the search as a whole, once per evaluation, when ${joinWords(selected)}; otherwise it is not applicable.`;
  return selected.length === 0
    ? `It looks at each ${noun.one} in the search in turn; with no ${noun.many}, it is not applicable.`
    : `It looks at each ${noun.one} where ${joinWords(selected)}; with no such ${noun.one}, it is not applicable.`;
}

const STATE_WORDS: Readonly<Record<SearchState, string>> = {
  'not-started': '`not-started` (nothing sent yet)',
  searching: '`searching`',
  deciding: '`deciding` (an offer to decide on)',
  accepted: '`accepted` (an offer taken)',
};

function statesWords(rule: AnyRule): string {
  const states: readonly SearchState[] = rule.meta.states ?? SEARCH_STATES;
  return states.length === SEARCH_STATES.length
    ? 'It applies whatever the [search state](README.md#search-states).'
    : `It applies only while the [search state](README.md#search-states) is ${joinWords(
        states.map((s) => STATE_WORDS[s]),
        'or',
      )}; otherwise it is not applicable.`;
}

function requiresWords(rule: AnyRule): string | undefined {
  const required: readonly string[] = rule.requires ?? [];
  if (required.length === 0) return undefined;
  const fields = required.map((field) => code(`${rule.scope}.${field}`));
  const many = SUBJECT[rule.scope as Scope].many;
  return `${many.charAt(0).toUpperCase()}${many.slice(1)} whose ${joinWords(fields, 'or')} is unknown cannot be checked: they count as needing data rather than passing.`;
}

function severityWords(rule: AnyRule, defaults: OptionDefaults): string[] {
  const base = `Its advice is **${rule.meta.severity}** by default (see [severity levels](README.md#severity-levels)).`;
  const cases = rule.severityWhen ?? [];
  const parts = [wrap(base)];
  for (const c of cases)
    parts.push(
      describeConditions(
        rule,
        c.conditions,
        `It is **${c.severity}** instead when, in addition,`,
        defaults,
      ),
    );
  if (cases.length > 1) parts.push('The first of these cases that holds sets the severity.');
  return parts;
}

function reportingWords(rule: AnyRule): string[] {
  const noun = SUBJECT[rule.scope as Scope];
  const parts: string[] = [];
  if (rule.group)
    parts.push(
      `When it fires for several ${noun.many} at the same severity, they are merged into one piece of advice that names them all.`,
    );
  if (rule.urgency)
    parts.push(
      `Among advice of the same severity, it ranks higher the larger ${code(`${rule.scope}.${rule.urgency}`)} is.`,
    );
  return parts;
}

function supersedeWords(rule: AnyRule, ruleIds: ReadonlySet<string>): string | undefined {
  const ids = rule.supersedes ?? [];
  if (ids.length === 0) return undefined;
  const links = joinWords(
    ids.map((id) => ruleLink(id, ruleIds)),
    'or',
  );
  const which = rule.scope === 'search' ? '' : ` for the same ${SUBJECT[rule.scope as Scope].one}`;
  return `When it fires, advice from ${links}${which} is folded into its own, so the report says it once.`;
}

function whatTriggersIt(rule: AnyRule, defaults: OptionDefaults, ruleIds: ReadonlySet<string>) {
  const prose = [
    rule.meta.description,
    scopeWords(rule),
    statesWords(rule),
    requiresWords(rule),
  ].filter((p): p is string => p !== undefined);
  const after = [...reportingWords(rule), supersedeWords(rule, ruleIds)].filter(
    (p): p is string => p !== undefined,
  );
  return [
    '## What triggers it',
    ...prose.map((p) => wrap(p)),
    describeConditions(rule, rule.conditions, 'It fires when', defaults),
    ...severityWords(rule, defaults),
    ...after.map((p) => wrap(p)),
  ].join('\n\n');
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value.replace(/'/g, "\\'")}'` : JSON.stringify(value);
}

function configExample(rule: AnyRule, options: readonly OptionDoc[]): string {
  const indent = '      ';
  const entries = options.map((o) => `${o.name}: ${literal(o.default)}`);
  const inline = `${indent}options: { ${entries.join(', ')} },`;
  const optionLines =
    entries.length === 0
      ? []
      : inline.length <= LINE_WIDTH
        ? [inline]
        : [`${indent}options: {`, ...entries.map((e) => `${indent}  ${e},`), `${indent}},`];
  const example = [
    '```ts',
    "import { createAdvisor } from 'job-search-health';",
    '',
    'const advisor = createAdvisor({',
    '  rules: {',
    `    ${literal(rule.id)}: {`,
    `      severity: ${literal(rule.meta.severity)},`,
    ...optionLines,
    '    },',
    '  },',
    '});',
    '```',
  ].join('\n');
  const other = rule.meta.severity === 'low' ? 'medium' : 'low';
  const note = wrap(
    `The values above are the defaults: change the ones you need and leave out the rest. Use \`${literal(rule.id)}: 'off'\` to turn the rule off, or a severity alone, such as \`${literal(rule.id)}: '${other}'\`, to change only how urgent its advice is. A config file takes the same \`rules\` object as JSON.`,
  );
  return ['## Configure it', example, note].join('\n\n');
}

/** Renders the documentation page of one rule (`docs/rules/<id>.md`). */
export function renderRulePage(rule: AnyRule, context: RulePageContext): string {
  const options = optionDocs(rule);
  const defaults = optionDefaults(options);
  const summary = wrap(
    `**Rule:** ${code(rule.id)} · **Category:** ${categoryTitle(rule.meta.category, context.categories)} · **Default severity:** ${rule.meta.severity} · **Recommended:** ${rule.meta.recommended ? 'yes' : 'no'}`,
  );
  const sections = [
    `# ${rule.meta.title}`,
    `<!-- Generated by \`npm run docs:rules\` from the rule in src/rules and from\n${handwrittenPath(rule.id)}: edit those, not this file. -->`,
    summary,
    whyItMatters(rule),
    whatTriggersIt(rule, defaults, context.ruleIds),
    `## Options\n\n${optionsTable(options)}`,
    context.handwritten,
    configExample(rule, options),
    '[All rules](README.md)',
  ];
  return `${sections.join('\n\n')}\n`;
}
