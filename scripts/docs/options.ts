import * as z from 'zod/v4';
import type { AnyRule } from '../../src/rule/types';
import type { OptionDefaults } from './conditions';
import { code, table } from './markdown';

/** The parts of a JSON Schema property that the options table shows. */
interface Property {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly Property[];
  readonly oneOf?: readonly Property[];
  readonly items?: Property;
  readonly default?: unknown;
  readonly description?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** One option of a rule, as documented. */
export interface OptionDoc {
  /** Option name. */
  readonly name: string;
  /** Its JSON type in words, e.g. `integer` or `list of string`. */
  readonly type: string;
  /** Its default, or undefined when it has none. */
  readonly default: unknown;
  /** Allowed values in words, e.g. `0 to 60`; empty when unconstrained. */
  readonly range: string;
  /** What it does. */
  readonly description: string;
}

function typeWords(property: Property): string {
  const variants = property.anyOf ?? property.oneOf;
  if (variants) return [...new Set(variants.map(typeWords))].join(' or ');
  if (property.const !== undefined) return typeof property.const;
  if (property.enum) return [...new Set(property.enum.map((v) => typeof v))].join(' or ');
  const types = Array.isArray(property.type) ? property.type : [property.type ?? 'any'];
  return types
    .map((type) =>
      type === 'array' && property.items ? `list of ${typeWords(property.items)}` : type,
    )
    .join(' or ');
}

function bounds(
  low: number | undefined,
  high: number | undefined,
  lowExclusive: number | undefined,
  highExclusive: number | undefined,
): string {
  if (low !== undefined && high !== undefined) return `${low} to ${high}`;
  const parts = [
    low !== undefined ? `at least ${low}` : '',
    lowExclusive !== undefined ? `above ${lowExclusive}` : '',
    high !== undefined ? `at most ${high}` : '',
    highExclusive !== undefined ? `below ${highExclusive}` : '',
  ];
  return parts.filter((p) => p !== '').join(', ');
}

function rangeWords(property: Property): string {
  const variants = property.anyOf ?? property.oneOf;
  if (variants)
    return variants
      .map(rangeWords)
      .filter((r) => r !== '')
      .join('; ');
  if (property.const !== undefined) return `exactly ${code(property.const)}`;
  if (property.enum) return `one of ${property.enum.map(code).join(', ')}`;
  const numeric = bounds(
    property.minimum,
    property.maximum,
    property.exclusiveMinimum,
    property.exclusiveMaximum,
  );
  const length = bounds(property.minLength, property.maxLength, undefined, undefined);
  const items = bounds(property.minItems, property.maxItems, undefined, undefined);
  return [numeric, length && `${length} characters`, items && `${items} items`]
    .filter((p) => p !== '')
    .join('; ');
}

/** A rule's options, read from the JSON Schema of its options (as a user writes them). */
export function optionDocs(rule: AnyRule): OptionDoc[] {
  const schema = z.toJSONSchema(rule.options, { io: 'input' }) as {
    properties?: Readonly<Record<string, Property>>;
  };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeWords(property),
    default: property.default,
    range: rangeWords(property),
    description: property.description ?? '',
  }));
}

/** Option defaults by name. */
export function optionDefaults(options: readonly OptionDoc[]): OptionDefaults {
  return Object.fromEntries(options.map((o) => [o.name, o.default]));
}

/** The options table of a rule page, or a sentence when the rule has none. */
export function optionsTable(options: readonly OptionDoc[]): string {
  if (options.length === 0) return 'This rule has no options.';
  return table(
    ['Option', 'Type', 'Default', 'Range', 'Description'],
    options.map((o) => [
      code(o.name),
      o.type,
      o.default === undefined ? '(none)' : code(o.default),
      o.range === '' ? 'any' : o.range,
      o.description,
    ]),
  );
}
