import * as z from 'zod/v4';
import type { RuleIssue } from './check-conditions';
import type { OptionSpec, OptionsJson } from './rule-types';

function baseSchema(spec: OptionSpec): z.ZodType {
  switch (spec.type) {
    case 'boolean':
      return z.boolean();
    case 'string':
      return spec.enum ? z.enum(spec.enum as [string, ...string[]]) : z.string().max(2000);
    default: {
      let schema = spec.type === 'integer' ? z.number().int() : z.number();
      if (spec.minimum !== undefined) schema = schema.min(spec.minimum);
      if (spec.maximum !== undefined) schema = schema.max(spec.maximum);
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
): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(json?.properties ?? {})) {
    const base = baseSchema(spec);
    if (!base.safeParse(spec.default).success)
      issues.push({
        path: `${path}.properties.${name}.default`,
        message: `default ${JSON.stringify(spec.default)} is not a valid ${spec.type} for this option`,
      });
    const described = spec.description ? base.describe(spec.description) : base;
    shape[name] = described.default(spec.default as never);
  }
  return z.strictObject(shape) as unknown as z.ZodType<Record<string, unknown>>;
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
export function optionsToJson(schema: z.ZodType, ruleId: string): OptionsJson {
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

/** The option names a rule's options schema declares (read off an object schema's shape). */
export function optionNamesOf(schema: z.ZodType): Set<string> {
  if (schema instanceof z.ZodObject) return new Set(Object.keys(schema.shape));
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
  };
  return new Set(Object.keys(json.properties ?? {}));
}
