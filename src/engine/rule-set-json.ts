import * as z from 'zod/v4';
import { SEARCH_STATES } from '../facts/search';
import { RULE_SET_LIMITS as L } from './limits';
import { SEVERITIES, type Severity } from './types';

const name = z.string().min(1).max(L.maxNameLength);
const text = z.string().min(1).max(L.maxTextLength);
const primitive = z.union([z.string().max(L.maxTextLength), z.number(), z.boolean()]);

/** Rule ids: kebab-case, optionally namespaced (`acme/thank-you-note`). */
export const ruleIdSchema = z
  .string()
  .max(L.maxNameLength)
  .regex(/^([a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/, {
    error: 'must be kebab-case, optionally namespaced like "acme/thank-you-note"',
  });

const severity = z.enum(SEVERITIES as [Severity, ...Severity[]]);

/** One option of a JSON rule: a typed value with a default and, for numbers, a range. */
export const optionSpecSchema = z.strictObject({
  /** The option's JSON type. */
  type: z.enum(['number', 'integer', 'boolean', 'string']),
  /** Its value when configuration does not set it. */
  default: primitive,
  /** Smallest allowed number. */
  minimum: z.number().optional(),
  /** Largest allowed number. */
  maximum: z.number().optional(),
  /** Allowed strings. */
  enum: z.array(z.string().max(L.maxNameLength)).min(1).max(L.maxArrayItems).optional(),
  /** What the option controls, shown in the rule's documentation. */
  description: text.optional(),
});

/** A JSON rule's options: a small subset of JSON Schema (an object of typed, defaulted values). */
export const optionsJsonSchema = z.strictObject({
  /** Always `object`. */
  type: z.literal('object'),
  /** Each option by name (letters and digits, starting with a letter). */
  properties: z.record(
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]*$/)
      .max(L.maxNameLength),
    optionSpecSchema,
  ),
  /** Unknown options are always rejected; `false` may be written for clarity. */
  additionalProperties: z.literal(false).optional(),
});

/**
 * A JSON rule's options, as written.
 *
 * @interface
 */
export type OptionsJson = z.infer<typeof optionsJsonSchema>;

const leafForDocs = z.strictObject({
  fact: name,
  operator: name,
  value: z.unknown(),
  path: name.optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  priority: z.number().int().min(1).max(100).optional(),
  name: name.optional(),
});

/** The shape of a condition tree, for the published JSON Schema (loading checks it in detail). */
export const conditionForDocs: z.ZodType = z.lazy(() =>
  z.union([
    z.strictObject({
      all: z.array(conditionForDocs).min(1).max(L.maxArrayItems),
      name: name.optional(),
      priority: z.number().int().optional(),
    }),
    z.strictObject({
      any: z.array(conditionForDocs).min(1).max(L.maxArrayItems),
      name: name.optional(),
      priority: z.number().int().optional(),
    }),
    z.strictObject({
      not: conditionForDocs,
      name: name.optional(),
      priority: z.number().int().optional(),
    }),
    z.strictObject({
      condition: name,
      name: name.optional(),
      priority: z.number().int().optional(),
    }),
    leafForDocs,
  ]),
);

const dueSchema = z.union([
  z.strictObject({
    /** Days after the evaluation date. */
    inDays: z.number().int().min(0).max(366),
  }),
  z.strictObject({
    /** Name of the rule option that holds the number of days. */
    inDaysOption: name,
  }),
  z.strictObject({
    /** Path of a date fact, e.g. `subject.expiresOn`; no due date while it is unknown. */
    fact: name,
    /** Days to add to that date; negative for earlier. */
    plusDays: z.number().int().min(-366).max(366).optional(),
    /** Days after the evaluation date to use while the date fact is unknown. */
    otherwiseInDays: z.number().int().min(0).max(366).optional(),
  }),
]);

function buildRuleSetSchema(condition: z.ZodType) {
  const source = z.strictObject({
    /** Who published it, and what. */
    title: text,
    /** Link to it, where public. */
    url: z.url().max(L.maxTextLength).optional(),
    /** How far it can be trusted. */
    strength: z.enum(['high', 'medium', 'low']),
    /** The figure or finding used. */
    finding: text.optional(),
  });
  const rule = z.strictObject({
    /** Unique id, kebab-case; namespaced in a rule set with a namespace. */
    id: ruleIdSchema,
    /** Descriptive metadata. */
    meta: z.strictObject({
      /** Category id, built in or declared by the rule set. */
      category: name,
      /** Default severity. */
      severity,
      /** Short title of the problem. */
      title: text,
      /** One line: what the rule checks. */
      description: text,
      /** Why it matters, in a few sentences. */
      rationale: text,
      /** Evidence behind the rule and its defaults. */
      sources: z.array(source).max(20).default([]),
      /** Whether the rule is in the recommended set. */
      recommended: z.boolean().optional(),
      /** Where its documentation lives. */
      docsUrl: z.url().max(L.maxTextLength).optional(),
      /** The search states the rule applies in; every state when left out. */
      states: z.array(z.enum(SEARCH_STATES)).min(1).max(SEARCH_STATES.length).optional(),
    }),
    /** What the rule runs over: the search once, or each entity of one kind. */
    scope: z.enum(['search', 'application', 'referral', 'message', 'interview', 'offer']),
    /** Which entities it applies to: fact field to allowed value or values. */
    select: z
      .record(name, z.union([primitive, z.array(primitive).max(L.maxArrayItems)]))
      .optional(),
    /** Subject facts that must be known for the rule to judge. */
    requires: z.array(name).max(50).optional(),
    /** The rule's options, with their defaults. */
    options: optionsJsonSchema.optional(),
    /** When the rule fires: json-rules-engine conditions. */
    conditions: condition,
    /** Other severities for cases within the rule; the first that holds wins. */
    severityWhen: z
      .array(
        z.strictObject({
          /** The severity to use. */
          severity,
          /** Conditions that must hold, in addition to the rule's own. */
          conditions: condition,
        }),
      )
      .max(5)
      .optional(),
    /** Template of the advice message. */
    message: text,
    /** What to do next. */
    actions: z
      .array(
        z.strictObject({
          /** Machine-readable kind, e.g. `reply`. */
          kind: name,
          /** Template of what to do. */
          label: text,
          /** When it is due. */
          due: dueSchema.optional(),
          /** One action per subject of a grouped advice. */
          perSubject: z.boolean().optional(),
        }),
      )
      .max(10),
    /** Subject fact giving the urgency within a severity; higher is sooner. */
    urgency: name.optional(),
    /** Merge advice for several subjects into one. */
    group: z.boolean().optional(),
    /** Rules whose advice this rule's advice absorbs for the same subjects. */
    supersedes: z.array(ruleIdSchema).max(50).optional(),
  });
  return z.strictObject({
    /** JSON Schema reference, for editors; ignored. */
    $schema: z.string().max(L.maxTextLength).optional(),
    /** Name of the rule set, for messages and `extends`. */
    name,
    /** Prefix every rule id must start with (`acme` for `acme/...`). */
    namespace: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .max(L.maxNameLength)
      .optional(),
    /** What the rule set is for. */
    description: text.optional(),
    /** New categories its rules use. */
    categories: z
      .array(
        z.strictObject({
          /** Category id, as used in rule metadata. */
          id: name,
          /** Display title. */
          title: text,
          /** What the category covers. */
          description: text,
        }),
      )
      .max(20)
      .optional(),
    /** Shared conditions, referenced from rules as `{ "condition": name }`. */
    conditions: z.record(name, condition).optional(),
    /** The rules. */
    rules: z.array(rule).max(L.maxRules),
  });
}

/** Validates a JSON rule set's shape; conditions are checked separately, with clearer messages. */
export const ruleSetJsonSchema = buildRuleSetSchema(z.unknown());

/** The same, with the shape of conditions spelled out: the source of the published JSON Schema. */
export const ruleSetDocsSchema = buildRuleSetSchema(conditionForDocs);

/**
 * A rule set as written in JSON.
 *
 * @interface
 */
export type RuleSetJson = z.input<typeof ruleSetDocsSchema>;

/** One rule of a JSON rule set, after its shape was validated. */
export type RuleJson = z.output<typeof ruleSetJsonSchema>['rules'][number];
