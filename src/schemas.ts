import * as z from 'zod/v4/mini';
import { configFileSchema } from './engine/config';
import { FACT_CATALOG } from './facts/catalog';
import { SCHEMA_BASE, searchJsonSchema } from './model/json-schema';
import { BUILT_IN_OPERATORS } from './rule/registry';
import { ruleSchemas } from './rule/rule-set-json';
import { recommended } from './rules/recommended';

const BASE = SCHEMA_BASE;

type JsonObject = Record<string, unknown>;

/**
 * The setting of each built-in rule, with the rule's own options, so editors complete rule ids
 * and option names. `generic` is the schema of any rule's setting (kept for plugin rules).
 */
function builtInRuleSettings(generic: JsonObject): JsonObject {
  const forms = (generic.anyOf as JsonObject[] | undefined) ?? [];
  return Object.fromEntries(
    recommended.rules.map((rule) => {
      const options = z.toJSONSchema(rule.options, { io: 'input', target: 'draft-2020-12' });
      const { $schema: _, ...optionsSchema } = options;
      return [
        rule.id,
        {
          description: `${rule.meta.title}. ${rule.meta.description}`,
          anyOf: forms.map((form) =>
            form.type === 'object'
              ? {
                  ...form,
                  properties: {
                    ...(form.properties as JsonObject),
                    options: { description: 'Options merged over the defaults.', ...optionsSchema },
                  },
                }
              : form,
          ),
        },
      ];
    }),
  );
}

/**
 * The JSON Schema of a configuration file (`createAdvisor` settings in JSON). Every built-in
 * rule id is listed under `rules` with its options; other ids (plugin rules) take any options.
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configFileSchema, { io: 'input', target: 'draft-2020-12' });
  const properties = schema.properties as Record<string, JsonObject>;
  const rules = properties.rules ?? {};
  const generic = (rules.additionalProperties as JsonObject | undefined) ?? {};
  return {
    ...schema,
    properties: { ...properties, rules: { ...rules, properties: builtInRuleSettings(generic) } },
    $id: `${BASE}/config.schema.json`,
    title: 'job-search-health configuration',
  };
}

/** A string property that editors complete from `known`, while still accepting other names. */
function completing(property: unknown, known: readonly string[], description: string): JsonObject {
  return { description, anyOf: [{ enum: [...known] }, property] };
}

/**
 * Lists the built-in facts and operators in every condition of a rule-set schema, so editors
 * complete them; plugins may add facts and operators, so other names stay valid.
 */
function withFactsAndOperators(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withFactsAndOperators);
  if (node === null || typeof node !== 'object') return node;
  const copy: JsonObject = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, withFactsAndOperators(value)]),
  );
  const properties = copy.properties as JsonObject | undefined;
  if (properties?.fact !== undefined && properties.operator !== undefined)
    copy.properties = {
      ...properties,
      fact: completing(
        properties.fact,
        [...Object.keys(FACT_CATALOG), 'options'],
        "The fact to read: `search`, the rule's scope (`application`, `message`, …) or `options`; plugins may add facts.",
      ),
      operator: completing(
        properties.operator,
        BUILT_IN_OPERATORS,
        'How to compare the fact with the value; plugins may add operators.',
      ),
    };
  return copy;
}

/** The JSON Schema of a rule set written as JSON, listing the built-in facts and operators. */
export function ruleSetJsonSchema(): Record<string, unknown> {
  return {
    ...(withFactsAndOperators(
      z.toJSONSchema(ruleSchemas().ruleSet, { io: 'input', target: 'draft-2020-12' }),
    ) as JsonObject),
    $id: `${BASE}/rule-set.schema.json`,
    title: 'job-search-health rule set',
  };
}

/** Every JSON Schema shipped in the package, by file name under `schema/`. */
export function schemaFiles(): Record<string, Record<string, unknown>> {
  return {
    'search.schema.json': searchJsonSchema(),
    'config.schema.json': configJsonSchema(),
    'rule-set.schema.json': ruleSetJsonSchema(),
  };
}
