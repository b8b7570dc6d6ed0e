import type { createColors } from 'picocolors';
import * as z from 'zod/v4';
import { docsUrlOf } from '../engine/advice';
import { count } from '../format/labels';
import { visibleLength, wrap } from '../format/wrap';
import { type AnyRule, type CategoryDefinition, SEARCH_STATES, type Severity } from '../index';

const WIDTH = 88;

type Colors = ReturnType<typeof createColors>;

/** One option of a rule, as its JSON Schema describes it. */
export interface OptionInfo {
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
export function optionsOf(rule: AnyRule): OptionInfo[] {
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

function severityTone(c: Colors, severity: Severity): (s: string) => string {
  if (severity === 'critical' || severity === 'high') return c.red;
  if (severity === 'medium') return c.yellow;
  return severity === 'low' ? c.cyan : c.dim;
}

/** The rules in force as a table (id, category, severity, description), by category then id. */
export function formatRuleList(
  rules: readonly AnyRule[],
  categories: readonly CategoryDefinition[],
  c: Colors,
): string {
  const order = new Map(categories.map((cat, i) => [cat.id, i]));
  const sorted = [...rules].sort(
    (a, b) =>
      (order.get(a.meta.category) ?? order.size) - (order.get(b.meta.category) ?? order.size) ||
      a.id.localeCompare(b.id),
  );
  const rows = [
    ['ID', 'CATEGORY', 'SEVERITY', 'DESCRIPTION'].map((h) => c.bold(h)),
    ...sorted.map((r) => [
      r.id,
      r.meta.category,
      severityTone(c, r.meta.severity)(r.meta.severity),
      r.meta.description,
    ]),
  ];
  return `${table(rows, '').join('\n')}\n\n${c.dim(`${count(rules.length, 'rule')}. Run "job-search-health rules <id>" for one rule's details.`)}\n`;
}

function describeSelect(rule: AnyRule): string {
  const conditions = Object.entries(rule.select ?? {}).map(([field, value]) => {
    const values = [value].flat().map(String);
    return `${field} is ${values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : values[0]}`;
  });
  const scope = rule.scope === 'search' ? 'the whole search' : `each ${rule.scope}`;
  return conditions.length > 0 ? `${scope} where ${conditions.join(' and ')}` : scope;
}

/**
 * One rule explained: what it checks, why, its options with defaults, its sources and where its
 * documentation is.
 */
export function formatRuleDetails(rule: AnyRule, docsBaseUrl: string, c: Colors): string {
  const m = rule.meta;
  const raised = [
    ...new Set((rule.severityWhen ?? []).map((s: { severity: Severity }) => s.severity)),
  ];
  const severity = `${severityTone(c, m.severity)(m.severity)}${raised.length > 0 ? ` (${raised.join(', ')} in some cases)` : ''}`;
  const out = [
    `${c.bold(rule.id)}: ${m.title}`,
    '',
    ...table(
      [
        ['Category', m.category],
        ['Severity', severity],
        ['Applies to', describeSelect(rule)],
        ['While', (m.states ?? SEARCH_STATES).join(', ')],
        ['Recommended', m.recommended === true ? 'yes' : 'no'],
      ],
      '  ',
    ),
    '',
    wrap(m.description, '', '', WIDTH),
    '',
    c.bold('Why it matters'),
    wrap(m.rationale, '  ', '  ', WIDTH),
  ];
  const options = optionsOf(rule);
  if (options.length > 0)
    out.push(
      '',
      c.bold('Options'),
      ...table(
        [
          ['NAME', 'TYPE', 'DEFAULT', 'DESCRIPTION'].map((h) => c.dim(h)),
          ...options.map((o) => [o.name, o.type, JSON.stringify(o.default) ?? '', o.description]),
        ],
        '  ',
      ),
    );
  if (m.sources.length > 0) {
    out.push('', c.bold('Sources'));
    for (const s of m.sources) {
      out.push(
        wrap(
          `- ${s.title} (${s.strength})${s.finding ? `: ${s.finding}` : ''}`,
          '  ',
          '    ',
          WIDTH,
        ),
      );
      if (s.url) out.push(`    ${c.dim(s.url)}`);
    }
  }
  out.push('', `Docs: ${docsUrlOf(rule, docsBaseUrl)}`);
  if (options.length > 0) {
    const example = {
      rules: { [rule.id]: { options: { [options[0]?.name ?? '']: options[0]?.default } } },
    };
    out.push(
      c.dim(`Change its options in a config file (--config), e.g. ${JSON.stringify(example)}`),
    );
  }
  return `${out.join('\n')}\n`;
}
