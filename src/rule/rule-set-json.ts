import * as z from 'zod/v4';
import { SCOPES, type Scope } from '../facts/scope';
import { SEARCH_STATES } from '../facts/search';
import { httpUrlSchema } from './http-url';
import { RULE_SET_LIMITS as L } from './limits';
import { INHERITED_NAMES, isVisibleName } from './names';
import { SEVERITIES, type Severity } from './types';

/** A fresh name schema: each call has its own definition, so it can be printed as its own type. */
const nameSchema = () =>
  z.string().min(1).max(L.maxNameLength).refine(isVisibleName, {
    error: 'must contain a visible character, not only control, zero-width or space characters',
  });
const name = nameSchema();
const text = z.string().min(1).max(L.maxTextLength);
/** Schema of `TemplateText`. */
export const templateSchema = z
  .union([text, z.array(text).min(1).max(20)])
  .describe(
    'A message template: one string, or a list of sentences joined with spaces (easier to read and to review than one long line).',
  );
const primitive = z.union([z.string().max(L.maxTextLength), z.number(), z.boolean()]);

/** Rule ids: kebab-case, optionally namespaced (`acme/thank-you-note`). */
export const ruleIdSchema = z
  .string()
  .max(L.maxNameLength)
  .regex(/^([a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/, {
    error: 'must be kebab-case, optionally namespaced like "acme/thank-you-note"',
  });

/** A severity, printed as `Severity` in the generated types. */
export const severitySchema = z.enum(SEVERITIES as [Severity, ...Severity[]]);
/** A scope, printed as `Scope`. */
export const scopeSchema = z.enum(SCOPES as [Scope, ...Scope[]]);
/** A search state, printed as `SearchState`. */
export const searchStateSchema = z.enum(SEARCH_STATES);
/** An action kind, printed as `ActionKind` (built-in kinds complete in editors). */
export const actionKindSchema = nameSchema().describe(
  "Machine-readable kind, e.g. `reply`, `follow-up` or `apply`: one of `ACTION_KINDS`, or a custom rule's own kind.",
);

/** Schema of `OptionSpec`. */
export const optionSpecSchema = z
  .strictObject({
    type: z.enum(['number', 'integer', 'boolean', 'string']).describe("The option's JSON type."),
    default: primitive.describe('Its value when configuration does not set it.'),
    minimum: z.number().optional().describe('Smallest allowed number.'),
    maximum: z.number().optional().describe('Largest allowed number.'),
    enum: z
      .array(z.string().max(L.maxNameLength))
      .min(1)
      .max(L.maxArrayItems)
      .optional()
      .describe('Allowed strings.'),
    description: text
      .optional()
      .describe("What the option controls, shown in the rule's documentation."),
  })
  .describe('One option of a JSON rule: a typed value with a default and, for numbers, a range.');

/** Schema of `OptionsJson`. */
export const optionsJsonSchema = z
  .strictObject({
    type: z.literal('object').describe('Always `object`.'),
    properties: z
      .record(
        z
          .string()
          .regex(/^[A-Za-z][A-Za-z0-9]*$/)
          .max(L.maxNameLength)
          .refine((key) => !INHERITED_NAMES.has(key), {
            error: 'is inherited from Object.prototype and cannot name an option',
          }),
        optionSpecSchema,
      )
      .describe('Each option by name (letters and digits, starting with a letter).'),
    additionalProperties: z
      .literal(false)
      .optional()
      .describe('Unknown options are always rejected; `false` may be written for clarity.'),
  })
  .describe(
    "A JSON rule's options: a small subset of JSON Schema (an object of typed, defaulted values).",
  );

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

const days = z.number().int();

/** Schema of `DueSpec`. */
export const dueSchema = z
  .union(
    [
      z.strictObject({
        inDays: days.min(0).max(366).describe('Days after the evaluation date.'),
      }),
      z.strictObject({
        inDaysOption: name.describe('Name of the rule option that holds the number of days.'),
      }),
      z.strictObject({
        fact: name.describe(
          'Path of a date fact, e.g. `subject.expiresOn`; no due date while it is unknown.',
        ),
        plusDays: days
          .min(-366)
          .max(366)
          .optional()
          .describe('Days to add to that date; negative for earlier.'),
        otherwiseInDays: days
          .min(0)
          .max(366)
          .optional()
          .describe('Days after the evaluation date to use while the date fact is unknown.'),
      }),
    ],
    {
      error:
        'must be one of { "inDays": 0-366 }, { "inDaysOption": "<option>" } or { "fact": "<date fact>", "plusDays": -366-366, "otherwiseInDays": 0-366 }',
    },
  )
  .describe(
    'When an action is due: days after the evaluation date (fixed or an option), or a date fact.',
  );

const url = httpUrlSchema.max(L.maxTextLength);

/** Schema of `SourceStrength`. */
export const sourceStrengthSchema = z
  .enum(['high', 'medium', 'low'])
  .describe('How strong a source is: how far its figures can be trusted.');

/** Schema of `RuleSource`. */
export const ruleSourceSchema = z
  .strictObject({
    title: text.describe('Who published it, and what.'),
    url: url.optional().describe('Link to it, where public.'),
    strength: sourceStrengthSchema.describe('How far it can be trusted.'),
    finding: text.optional().describe('The figure or finding used.'),
  })
  .describe("Where a rule's reasoning or default threshold comes from.");

/** Schema of `RuleMeta`. */
export const ruleMetaSchema = z
  .strictObject({
    category: name.describe(
      'Category id, e.g. `outreach`: built in, or declared by the rule set or a plugin.',
    ),
    severity: severitySchema.describe('Default severity.'),
    title: text.describe('Short title of the problem, e.g. "Unanswered message from an employer".'),
    description: text.describe('One line: what the rule checks.'),
    rationale: text.describe('Why it matters, in a few sentences.'),
    sources: z
      .array(ruleSourceSchema)
      .max(20)
      .default([])
      .describe('Evidence behind the rule and its defaults.'),
    recommended: z.boolean().optional().describe('Whether the rule is in the recommended set.'),
    docsUrl: url
      .optional()
      .describe("Where its documentation lives; defaults to the rule's page under docs/rules/."),
    states: z
      .array(searchStateSchema)
      .min(1)
      .max(SEARCH_STATES.length)
      .optional()
      .describe(
        'The search states the rule applies in (see `SEARCH_STATES`); in any other state it is not applicable. Without it, the rule applies in every state.',
      ),
  })
  .describe('Descriptive metadata of a rule, kept apart from its logic.');

/** Schema of `ActionTemplate`. */
export const actionTemplateSchema = z
  .strictObject({
    kind: actionKindSchema,
    label: templateSchema.describe('Template of what to do.'),
    due: dueSchema.optional().describe('When it is due.'),
    perSubject: z.boolean().optional().describe('One action per subject of a grouped advice.'),
  })
  .describe(
    'An action written as data. `label` is a message template; with `perSubject`, a grouped advice gets one action per subject, each rendered with that subject.',
  );

/** Schema of `Selector`. */
export const selectorSchema = z
  .record(name, z.union([primitive, z.array(primitive).max(L.maxArrayItems)]))
  .describe('Which entities of its scope a rule applies to: fact field to allowed value(s).');

/** Schema of `CategoryDefinition`. */
export const categorySchema = z
  .strictObject({
    id: name.describe('Category id, as used in rule metadata.'),
    title: text.describe('Display title.'),
    description: text.describe('What the category covers.'),
  })
  .describe('A category advice is grouped and scored under.');

function buildRuleSetSchema(condition: z.ZodType) {
  const severityCase = z
    .strictObject({
      severity: severitySchema.describe('The severity to use.'),
      conditions: condition.describe("Conditions that must hold, in addition to the rule's own."),
    })
    .describe('A severity that applies when extra conditions also hold.');
  const rule = z
    .strictObject({
      id: ruleIdSchema.describe(
        'Unique id, kebab-case; namespaced in a rule set with a namespace (`acme/thank-you-note`).',
      ),
      meta: ruleMetaSchema,
      scope: scopeSchema.describe(
        'What the rule runs over: the search once, or each entity of one kind.',
      ),
      select: selectorSchema
        .optional()
        .describe('Which entities it applies to (decided before any condition runs).'),
      requires: z
        .array(name)
        .max(50)
        .optional()
        .describe(
          'Subject facts that must be known; subjects missing any are counted as needing data.',
        ),
      options: optionsJsonSchema.optional(),
      conditions: condition.describe(
        "When the rule fires: json-rules-engine conditions over the `search` fact, the subject's fact (named after the scope) and `options`.",
      ),
      severityWhen: z
        .array(severityCase)
        .max(5)
        .optional()
        .describe(
          'Other severities for cases within the rule (e.g. critical after 3 days); the first that holds wins.',
        ),
      message: templateSchema.describe(
        'The advice message, naming the company and role concerned: a template (rules written in TypeScript may give a function instead).',
      ),
      actions: z
        .array(actionTemplateSchema)
        .max(10)
        .describe('What to do next: action templates (or, in TypeScript, a function).'),
      urgency: name
        .optional()
        .describe(
          'Subject fact giving the urgency within a severity (e.g. days overdue); higher is sooner.',
        ),
      group: z
        .boolean()
        .optional()
        .describe(
          'Merge advice for several subjects into one (for subjects with the same kind of action).',
        ),
      supersedes: z
        .array(ruleIdSchema)
        .max(50)
        .optional()
        .describe(
          "Rules whose advice this rule's advice absorbs, when both fire for the same subjects.",
        ),
    })
    .describe(
      'A rule: metadata, the entities it selects, its options, json-rules-engine conditions over derived facts, and how to word its advice. Thresholds live in options, never in conditions.',
    );
  const ruleSet = z
    .strictObject({
      $schema: z
        .string()
        .max(L.maxTextLength)
        .optional()
        .describe('JSON Schema reference, for editors; ignored.'),
      name: name.describe('Name of the rule set, for messages and `extends`.'),
      namespace: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]*$/)
        .max(L.maxNameLength)
        .optional()
        .describe('Prefix every rule id must start with (`acme` for `acme/...`).'),
      description: text.optional().describe('What the rule set is for.'),
      categories: z
        .array(categorySchema)
        .max(20)
        .optional()
        .describe('New categories its rules use.'),
      conditions: z
        .record(name, condition)
        .optional()
        .describe('Shared conditions, referenced from rules as `{ "condition": name }`.'),
      rules: z.array(rule).max(L.maxRules).describe('The rules.'),
    })
    .describe('A rule set as written in JSON.');
  return { ruleSet, rule, severityCase };
}

type RuleSetSchemas = ReturnType<typeof buildRuleSetSchema>;
let parser: RuleSetSchemas['ruleSet'] | undefined;
let documented: RuleSetSchemas | undefined;

/**
 * Validates a JSON rule set's shape; conditions are checked separately, with clearer messages.
 * Built on first use, like {@link ruleSchemas}: most apps never read rule JSON, and building these
 * schemas at load would slow every import of the package.
 */
export function ruleSetParser(): RuleSetSchemas['ruleSet'] {
  parser ??= buildRuleSetSchema(z.unknown()).ruleSet;
  return parser;
}

/**
 * The same schemas with the shape of conditions spelled out (`RuleSetJson`, `RuleJson` and
 * `SeverityCase`): the source of the published JSON Schema and of the generated types.
 */
export function ruleSchemas(): RuleSetSchemas {
  documented ??= buildRuleSetSchema(conditionForDocs);
  return documented;
}
