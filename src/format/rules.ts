import { createColors } from 'picocolors';
import * as z from 'zod/v4/mini';
import { SEARCH_STATES } from '../facts/search';
import { DEFAULT_DOCS_BASE_URL, docsUrlOf } from '../report/advice';
import type { CategoryDefinition } from '../report/categories';
import type { AnyRule, Severity } from '../rule/types';
import { terminalProse as safe, severityTone } from './terminal';
import { visibleLength, wrap } from './wrap';

const WIDTH = 88;

/** One option of a rule, as its JSON Schema describes it. */
interface OptionInfo {
  /** The option's name, as written in a config file. */
  readonly name: string;
  /** Its type with its range (`number 0–60`), or its allowed values. */
  readonly type: string;
  /** Its default value. */
  readonly default: unknown;
  /** What it sets. */
  readonly description: string;
}

interface PropertySchema {
  type?: string;
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
}

/** A rule's options: name, type and range, default, description. */
function optionsOf(rule: AnyRule): OptionInfo[] {
  const schema = z.toJSONSchema(rule.options, { io: 'input' }) as {
    properties?: Record<string, PropertySchema>;
  };
  // zod writes the safe-integer limits into every integer's schema; they are not a real range.
  const bound = (value: number | undefined) =>
    value === undefined || Math.abs(value) >= Number.MAX_SAFE_INTEGER ? undefined : value;
  return Object.entries(schema.properties ?? {}).map(([name, p]) => {
    const [min, max] = [bound(p.minimum), bound(p.maximum)];
    const range = min !== undefined || max !== undefined ? ` ${min ?? ''}–${max ?? ''}` : '';
    const type = p.enum
      ? p.enum.map((v) => JSON.stringify(v)).join('|')
      : `${p.type ?? 'any'}${range}`;
    return { name, type, default: p.default, description: p.description ?? '' };
  });
}

function table(rows: readonly string[][], indent: string): string[] {
  const widths = rows[0]?.map((_, col) =>
    Math.max(...rows.map((r) => visibleLength(r[col] ?? ''))),
  );
  return rows.map((row) =>
    (
      indent +
      row
        .map((cell, col) =>
          col === row.length - 1
            ? cell
            : cell + ' '.repeat((widths?.[col] ?? 0) - visibleLength(cell)),
        )
        .join('  ')
    ).trimEnd(),
  );
}

/** How {@link formatRuleList} and {@link formatRuleDetails} print. */
export interface RuleTextOptions {
  /** Colour severities and headings with ANSI codes, for a terminal (default false). */
  readonly color?: boolean;
}

/**
 * The rules an advisor runs (`advisor.rules`) as a plain-text table with a header row, grouped by category in the
 * order of `categories` (`advisor.categories`), then by id: id, category, default severity and
 * what each checks. Text from the rules is made safe for a terminal.
 */
export function formatRuleList(
  rules: readonly AnyRule[],
  categories: readonly CategoryDefinition[],
  options: RuleTextOptions = {},
): string {
  const c = createColors(options.color ?? false);
  const order = new Map(categories.map((cat, i) => [cat.id, i]));
  const sorted = [...rules].sort(
    (a, b) =>
      (order.get(a.meta.category) ?? order.size) - (order.get(b.meta.category) ?? order.size) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const rows = [
    ['ID', 'CATEGORY', 'SEVERITY', 'DESCRIPTION'].map((h) => c.bold(h)),
    ...sorted.map((r) => [
      safe(r.id),
      safe(r.meta.category),
      severityTone(c, r.meta.severity)(r.meta.severity),
      safe(r.meta.description),
    ]),
  ];
  return `${table(rows, '').join('\n')}\n`;
}

function describeSelect(rule: AnyRule): string {
  const conditions = Object.entries(rule.select ?? {}).map(([field, value]) => {
    const values = [value].flat().map((v) => safe(String(v)));
    return `${safe(field)} is ${values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : values[0]}`;
  });
  const scope = rule.scope === 'search' ? 'the whole search' : `each ${rule.scope}`;
  return conditions.length > 0 ? `${scope} where ${conditions.join(' and ')}` : scope;
}

/** How {@link formatRuleDetails} prints. */
export interface RuleDetailsOptions extends RuleTextOptions {
  /** Where rule documentation pages are, as in the advisor's config (default: the package's). */
  readonly docsBaseUrl?: string;
}

/**
 * One rule explained in plain text: what it checks, why, when it applies, its options with
 * types, ranges and defaults, its sources and its documentation page. Text from the rule is
 * made safe for a terminal.
 */
export function formatRuleDetails(rule: AnyRule, options: RuleDetailsOptions = {}): string {
  const c = createColors(options.color ?? false);
  const docsBaseUrl = options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
  const m = rule.meta;
  const raised = [
    ...new Set((rule.severityWhen ?? []).map((s: { severity: Severity }) => s.severity)),
  ];
  const severity = `${severityTone(c, m.severity)(m.severity)}${raised.length > 0 ? ` (${raised.join(', ')} in some cases)` : ''}`;
  const out = [
    `${c.bold(safe(rule.id))}: ${safe(m.title)}`,
    '',
    ...table(
      [
        ['Category', safe(m.category)],
        ['Severity', severity],
        ['Applies to', describeSelect(rule)],
        ['While', (m.states ?? SEARCH_STATES).join(', ')],
        ['Recommended', m.recommended === true ? 'yes' : 'no'],
      ],
      '  ',
    ),
    '',
    wrap(safe(m.description), '', '', WIDTH),
    '',
    c.bold('Why it matters'),
    wrap(safe(m.rationale), '  ', '  ', WIDTH),
  ];
  const settings = optionsOf(rule);
  if (settings.length > 0)
    out.push(
      '',
      c.bold('Options'),
      ...table(
        [
          ['NAME', 'TYPE', 'DEFAULT', 'DESCRIPTION'].map((h) => c.dim(h)),
          ...settings.map((o) =>
            [o.name, o.type, JSON.stringify(o.default) ?? '', o.description].map(safe),
          ),
        ],
        '  ',
      ),
    );
  if (m.sources.length > 0) {
    out.push('', c.bold('Sources'));
    for (const s of m.sources) {
      out.push(
        wrap(
          safe(`- ${s.title} (${s.strength})${s.finding ? `: ${s.finding}` : ''}`),
          '  ',
          '    ',
          WIDTH,
        ),
      );
      if (s.url) out.push(`    ${c.dim(safe(s.url))}`);
    }
  }
  out.push('', `Docs: ${safe(docsUrlOf(rule, docsBaseUrl))}`);
  if (settings.length > 0) {
    const example = {
      rules: { [rule.id]: { options: { [settings[0]?.name ?? '']: settings[0]?.default } } },
    };
    out.push(c.dim(`Change its options in a config file, e.g. ${safe(JSON.stringify(example))}`));
  }
  return `${out.join('\n')}\n`;
}
