import { CHANNEL_WORDS, type Channel } from '../model/primitives';
import { displayValue } from '../report/evidence';
import { FORBIDDEN_SEGMENTS } from './path';
import type { TemplateText } from './types';

/**
 * Message templates: plain text with placeholders, and nothing that executes.
 *
 * - `{subject.company}` substitutes a value; `{subjects.company|list}` maps over a list.
 * - `{path|filter}` or `{path|filter:arg}` formats it (see {@link TEMPLATE_FILTERS}); filters
 *   chain left to right (`{subjects.daysSinceApplied|min|duration}`).
 * - `{#path}…{/path}` keeps its text when the value is truthy (not null, false, 0, "" or []),
 *   `{^path}…{/path}` when it is falsy.
 * - `{subjects|plural:this application:these applications}` picks by how many there are;
 *   `{subject.role|or:the role}` gives a fallback for an empty value.
 * - A template may be a list of sentences; they are joined with spaces.
 */

type Node =
  | { readonly type: 'text'; readonly text: string }
  | {
      readonly type: 'value';
      readonly path: string;
      /** `path` split at its dots once, as rendering reads it for every subject. */
      readonly segments: readonly string[];
      readonly filters: readonly Filter[];
    }
  | {
      readonly type: 'section';
      readonly path: string;
      readonly segments: readonly string[];
      readonly inverted: boolean;
      readonly body: readonly Node[];
    };

interface Filter {
  readonly name: string;
  readonly args: readonly string[];
}

/** A parsed template, ready to render. */
export interface Template {
  readonly source: string;
  readonly nodes: readonly Node[];
}

/** A count with its noun: "1 message", "3 messages", "2 companies" (irregular plural given). */
export function formatCount(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** The text of a template written as one string or as a list of sentences. */
export function templateSource(template: TemplateText): string {
  return typeof template === 'string' ? template : template.join(' ');
}

/** How many a value counts: a list's length, or the number itself. */
function howMany(value: unknown): number {
  return Array.isArray(value) ? value.length : asNumber(value);
}

function asNumber(value: unknown): number {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : 0;
}

/** Formats days as "1 day", "5 days" or, from three weeks, "4 weeks". */
export function formatDuration(days: number): string {
  if (days < 1) return 'less than a day';
  const whole = Math.floor(days);
  if (whole >= 21) return `${Math.round(whole / 7)} weeks`;
  return formatCount(whole, 'day');
}

/** Items a list names before it sums up the rest ("and 4 others"), unless a template says otherwise. */
export const LIST_LIMIT = 10;

/**
 * Says when, in the words people use, from a count of calendar days after today: "today",
 * "tomorrow", "in 3 days", "yesterday", "4 days ago".
 */
export function formatFromToday(days: number): string {
  const whole = Math.round(days);
  if (whole === 0) return 'today';
  if (whole === 1) return 'tomorrow';
  if (whole === -1) return 'yesterday';
  return whole > 0 ? `in ${whole} days` : `${-whole} days ago`;
}

/**
 * Joins items as "A", "A and B" or "A, B and C"; past `max` items (default {@link LIST_LIMIT}),
 * as "A, B, C and 4 others", so an advice stays readable, and cheap to word, on a big search.
 */
export function formatList(items: readonly unknown[], max = LIST_LIMIT): string {
  const capped = items.length > max && max >= 1;
  // Only the items shown are turned into text.
  const texts = (capped ? items.slice(0, max) : items).map((item) => stringify(item));
  if (capped) {
    const rest = items.length - max;
    return `${texts.join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
  }
  if (texts.length <= 1) return texts[0] ?? '';
  return `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
}

/**
 * Formats a share as a whole percentage ("11%"), a tiny non-zero share as `tiny` ("under 1%" in
 * prose; tables and headlines pass "<1%"). The one percent formatter of the package.
 */
export function formatPercent(share: number, tiny = 'under 1%'): string {
  return share > 0 && share < 0.005 ? tiny : `${Math.round(share * 100)}%`;
}

/** The filters a template may use, by name. */
export const TEMPLATE_FILTERS: Readonly<
  Record<string, (value: unknown, args: readonly string[]) => string>
> = {
  duration: (value) => formatDuration(asNumber(value)),
  fromToday: (value) => formatFromToday(asNumber(value)),
  percent: (value) => formatPercent(asNumber(value)),
  list: (value, [max]) =>
    formatList(Array.isArray(value) ? value : [value], max === undefined ? undefined : Number(max)),
  count: (value, [singular = 'item', pluralForm]) =>
    formatCount(asNumber(value), singular, pluralForm),
  round: (value) => String(Math.round(asNumber(value))),
  max: (value) => String(Array.isArray(value) ? Math.max(...value.map(asNumber)) : asNumber(value)),
  min: (value) => String(Array.isArray(value) ? Math.min(...value.map(asNumber)) : asNumber(value)),
  date: (value) => (typeof value === 'string' ? value.slice(0, 10) : stringify(value)),
  lower: (value) => stringify(value).toLowerCase(),
  channel: (value) => {
    const text = stringify(value);
    return Object.hasOwn(CHANNEL_WORDS, text) ? CHANNEL_WORDS[text as Channel] : text;
  },
  plural: (value, [one = '', many = '']) => (howMany(value) === 1 ? one : many),
  or: (value, [fallback = '']) => stringify(value) || fallback,
};

function stringify(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return formatList(value);
  if (typeof value === 'object') return '';
  return String(displayValue(value));
}

const TOKEN = /\{([#^/]?)([^{}]*)\}/g;

/** Thrown when a template cannot be parsed. */
export class TemplateError extends Error {
  /** @param message - what is wrong with the template. */
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/**
 * Parses a template. Throws {@link TemplateError} for unbalanced sections, unknown filters and
 * paths that are not plain dotted paths.
 */
export function parseTemplate(source: string): Template {
  const root: Node[] = [];
  const stack: { path: string; inverted: boolean; body: Node[] }[] = [];
  const current = () => stack[stack.length - 1]?.body ?? root;
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const [whole, sigil = '', inner = ''] = match;
    const index = match.index ?? 0;
    if (index > last) current().push({ type: 'text', text: source.slice(last, index) });
    last = index + whole.length;
    const [rawPath = '', ...filterSpecs] = inner.split('|');
    const path = rawPath.trim();
    checkPath(path, source);
    if (sigil === '#' || sigil === '^') stack.push({ path, inverted: sigil === '^', body: [] });
    else if (sigil === '/') {
      const open = stack.pop();
      if (!open || open.path !== path)
        throw new TemplateError(
          `"{/${path}}" closes ${open ? `"{#${open.path}}"` : 'nothing'} in template "${source}"`,
        );
      current().push({
        type: 'section',
        path,
        segments: path.split('.'),
        inverted: open.inverted,
        body: open.body,
      });
    } else {
      const filters = filterSpecs.map((spec): Filter => {
        const [name = '', ...args] = spec.split(':').map((part) => part.trim());
        if (!Object.hasOwn(TEMPLATE_FILTERS, name))
          throw new TemplateError(
            `unknown filter "${name}" in template "${source}" (known: ${Object.keys(TEMPLATE_FILTERS).join(', ')})`,
          );
        return { name, args };
      });
      current().push({ type: 'value', path, segments: path.split('.'), filters });
    }
  }
  if (stack.length > 0)
    throw new TemplateError(
      `"{#${stack[stack.length - 1]?.path}}" is never closed in template "${source}"`,
    );
  if (last < source.length) root.push({ type: 'text', text: source.slice(last) });
  return { source, nodes: root };
}

function checkPath(path: string, source: string): void {
  if (!/^[A-Za-z_][\w-]*(\.[\w-]+)*$/.test(path))
    throw new TemplateError(`"{${path}}" is not a plain dotted path in template "${source}"`);
  for (const segment of path.split('.'))
    if (FORBIDDEN_SEGMENTS.has(segment))
      throw new TemplateError(`"${segment}" is not allowed in template "${source}"`);
}

/** Every placeholder path a template reads, for validation against known facts. */
export function templatePaths(template: Template): string[] {
  const paths: string[] = [];
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.type === 'value') paths.push(node.path);
      if (node.type === 'section') {
        paths.push(node.path);
        walk(node.body);
      }
    }
  };
  walk(template.nodes);
  return paths;
}

/** Reads a dotted path from own properties; a segment applied to a list maps over it. */
export function lookup(context: unknown, path: string): unknown {
  return lookupSegments(context, path.split('.'));
}

function lookupSegments(context: unknown, segments: readonly string[]): unknown {
  let current = context;
  for (const segment of segments) current = lookupSegment(current, segment);
  return current;
}

function lookupSegment(current: unknown, segment: string): unknown {
  if (Array.isArray(current) && !/^\d+$/.test(segment))
    return current.map((item) => lookupSegment(item, segment));
  if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment))
    return undefined;
  return (current as Record<string, unknown>)[segment];
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && value !== undefined && value !== false && value !== 0 && value !== '';
}

function renderNodes(nodes: readonly Node[], context: unknown): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'value') {
      let value: unknown = lookupSegments(context, node.segments);
      for (const filter of node.filters)
        value = TEMPLATE_FILTERS[filter.name]?.(value, filter.args);
      out += stringify(value);
    } else if (truthy(lookupSegments(context, node.segments)) !== node.inverted)
      out += renderNodes(node.body, context);
  }
  return out;
}

/** Renders a parsed template against a context object. Never evaluates code. */
export function renderTemplate(template: Template, context: unknown): string {
  return renderNodes(template.nodes, context)
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
