import * as z from 'zod/v4/mini';
import { described } from '../model/described';
import type { RuleIssue } from './check-conditions';
import type { OptionSpec, OptionsJson } from './rule-types';

function baseSchema(spec: OptionSpec): z.ZodMiniType {
  switch (spec.type) {
    case 'boolean':
      return z.boolean();
    case 'string':
      return spec.enum
        ? z.enum(spec.enum as [string, ...string[]])
        : z.string().check(z.maxLength(2000));
    default: {
      let schema: z.ZodMiniNumber = spec.type === 'integer' ? z.int() : z.number();
      if (spec.minimum !== undefined) schema = schema.check(z.gte(spec.minimum));
      if (spec.maximum !== undefined) schema = schema.check(z.lte(spec.maximum));
      return schema;
    }
  }
}

/**
 * Builds the zod schema of a JSON rule's options. Each default must itself be valid, so a rule
 * set cannot ship a threshold outside its own range.
 */
export function optionsFromJson(
  json: OptionsJson | undefined,
  path: string,
  issues: RuleIssue[],
): z.core.$ZodType<Record<string, unknown>> {
  const shape: Record<string, z.core.$ZodType> = {};
  for (const [name, spec] of Object.entries(json?.properties ?? {})) {
    const base = baseSchema(spec);
    if (!z.safeParse(base, spec.default).success)
      issues.push({
        path: `${path}.properties.${name}.default`,
        message: `default ${JSON.stringify(spec.default)} is not a valid ${spec.type} for this option`,
      });
    shape[name] = z._default(
      spec.description ? described(base, spec.description) : base,
      spec.default as never,
    );
  }
  return z.strictObject(shape) as unknown as z.core.$ZodType<Record<string, unknown>>;
}

interface JsonSchemaProperty {
  type?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  description?: string;
}

/**
 * Writes a rule's options schema in the JSON rule-set form. Throws when an option cannot be
 * expressed there (only numbers, integers, booleans and strings with defaults can).
 */
export function optionsToJson(schema: z.core.$ZodType, ruleId: string): OptionsJson {
  const json = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, JsonSchemaProperty>;
  };
  const properties: Record<string, OptionSpec> = {};
  for (const [name, property] of Object.entries(json.properties ?? {})) {
    const type = property.enum ? 'string' : property.type;
    if (type !== 'number' && type !== 'integer' && type !== 'boolean' && type !== 'string')
      throw new TypeError(
        `option "${name}" of rule "${ruleId}" has a type that JSON rule sets cannot express`,
      );
    if (property.default === undefined)
      throw new TypeError(`option "${name}" of rule "${ruleId}" has no default`);
    properties[name] = {
      type,
      default: property.default as string | number | boolean,
      ...(property.minimum !== undefined ? { minimum: property.minimum } : {}),
      ...(property.maximum !== undefined ? { maximum: property.maximum } : {}),
      ...(property.enum ? { enum: property.enum.map(String) } : {}),
      ...(property.description ? { description: property.description } : {}),
    };
  }
  return { type: 'object', properties, additionalProperties: false };
}

/**
 * The option names a rule's options schema declares: the keys of its object's shape, looking
 * through wrappers such as `.default()` and through the input side of a pipe. Read off the
 * schema's definition rather than its JSON Schema, so the main entry does not carry zod's
 * JSON Schema writer.
 */
export function optionNamesOf(schema: z.core.$ZodType): Set<string> {
  const def = schema._zod.def;
  if (def.type === 'object') return new Set(Object.keys((def as z.core.$ZodObjectDef).shape));
  if (def.type === 'pipe') return optionNamesOf((def as z.core.$ZodPipeDef).in);
  if ('innerType' in def) return optionNamesOf(def.innerType as z.core.$ZodType);
  return new Set();
}
