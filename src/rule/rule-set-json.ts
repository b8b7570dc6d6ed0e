import * as z from 'zod/v4/mini';
import { SCOPES, type Scope } from '../facts/scope';
import { SEARCH_STATES } from '../facts/search';
import { described } from '../model/described';
import { httpUrlSchema } from './http-url';
import { RULE_SET_LIMITS as L } from './limits';
import { INHERITED_NAMES, isVisibleName } from './names';
import { severitySchema } from './types';

/**
 * Builds the schemas of the parts of a rule: on first use, like the rule-set schemas below, so
 * importing the package builds none of them (most apps never read rule JSON).
 */
function buildParts() {
  /** A fresh name schema: each call has its own definition, so it can be printed as its own type. */
  const nameSchema = () =>
    z.string().check(
      z.minLength(1),
      z.maxLength(L.maxNameLength),
      z.refine(isVisibleName, {
        error: 'must contain a visible character, not only control, zero-width or space characters',
      }),
    );
  const name = nameSchema();
  const text = z.string().check(z.minLength(1), z.maxLength(L.maxTextLength));
  /** Schema of `TemplateText`. */
  const templateSchema = described(
    z.union([text, z.array(text).check(z.minLength(1), z.maxLength(20))]),
    'A message template: one string, or a list of sentences joined with spaces (easier to read and to review than one long line).',
  );
  const primitive = z.union([
    z.string().check(z.maxLength(L.maxTextLength)),
    z.number(),
    z.boolean(),
  ]);

  /** Rule ids: kebab-case, optionally namespaced (`acme/thank-you-note`). */
  const ruleIdSchema = z.string().check(
    z.maxLength(L.maxNameLength),
    z.regex(/^([a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/, {
      error: 'must be kebab-case, optionally namespaced like "acme/thank-you-note"',
    }),
  );

  /** A scope, printed as `Scope`. */
  const scopeSchema = z.enum(SCOPES as [Scope, ...Scope[]]);
  /** A search state, printed as `SearchState`. */
  const searchStateSchema = z.enum(SEARCH_STATES);
  /** An action kind, printed as `ActionKind` (built-in kinds complete in editors). */
  const actionKindSchema = described(
    nameSchema(),
    "Machine-readable kind, e.g. `reply`, `follow-up` or `apply`: one of `ACTION_KINDS`, or a custom rule's own kind.",
  );

  /** Schema of `OptionSpec`. */
  const optionSpecSchema = described(
    z.strictObject({
      type: described(
        z.enum(['number', 'integer', 'boolean', 'string']),
        "The option's JSON type.",
      ),
      default: described(primitive, 'Its value when configuration does not set it.'),
      minimum: described(z.optional(z.number()), 'Smallest allowed number.'),
      maximum: described(z.optional(z.number()), 'Largest allowed number.'),
      enum: described(
        z.optional(
          z
            .array(z.string().check(z.maxLength(L.maxNameLength)))
            .check(z.minLength(1), z.maxLength(L.maxArrayItems)),
        ),
        'Allowed strings.',
      ),
      description: described(
        z.optional(text),
        "What the option controls, shown in the rule's documentation.",
      ),
    }),
    'One option of a JSON rule: a typed value with a default and, for numbers, a range.',
  );

  /** Schema of `OptionsJson`. */
  const optionsJsonSchema = described(
    z.strictObject({
      type: described(z.literal('object'), 'Always `object`.'),
      properties: described(
        z.record(
          z.string().check(
            z.regex(/^[A-Za-z][A-Za-z0-9]*$/, {
              error: 'must be letters and digits, starting with a letter (such as minDays)',
            }),
            z.maxLength(L.maxNameLength),
            z.refine((key) => !INHERITED_NAMES.has(key), {
              error: 'is inherited from Object.prototype and cannot name an option',
            }),
          ),
          optionSpecSchema,
        ),
        'Each option by name (letters and digits, starting with a letter).',
      ),
      additionalProperties: described(
        z.optional(z.literal(false)),
        'Unknown options are always rejected; `false` may be written for clarity.',
      ),
    }),
    "A JSON rule's options: a small subset of JSON Schema (an object of typed, defaulted values).",
  );

  const leafForDocs = z.strictObject({
    fact: name,
    operator: name,
    value: z.unknown(),
    path: z.optional(name),
    params: z.optional(z.record(z.string(), z.unknown())),
    priority: z.optional(z.int().check(z.gte(1), z.lte(100))),
    name: z.optional(name),
  });

  /** The shape of a condition tree, for the published JSON Schema (loading checks it in detail). */
  const conditionForDocs: z.ZodMiniType = z.lazy(() =>
    z.union([
      z.strictObject({
        all: z.array(conditionForDocs).check(z.minLength(1), z.maxLength(L.maxArrayItems)),
        name: z.optional(name),
        priority: z.optional(z.int()),
      }),
      z.strictObject({
        any: z.array(conditionForDocs).check(z.minLength(1), z.maxLength(L.maxArrayItems)),
        name: z.optional(name),
        priority: z.optional(z.int()),
      }),
      z.strictObject({
        not: conditionForDocs,
        name: z.optional(name),
        priority: z.optional(z.int()),
      }),
      z.strictObject({
        condition: name,
        name: z.optional(name),
        priority: z.optional(z.int()),
      }),
      leafForDocs,
    ]),
  );

  const days = z.int();

  /** Schema of `DueSpec`. */
  const dueSchema = described(
    z.union(
      [
        z.strictObject({
          inDays: described(days.check(z.gte(0), z.lte(366)), 'Days after the evaluation date.'),
        }),
        z.strictObject({
          inDaysOption: described(name, 'Name of the rule option that holds the number of days.'),
        }),
        z.strictObject({
          fact: described(
            name,
            'Path of a date fact, e.g. `subject.expiresOn`; no due date while it is unknown.',
          ),
          plusDays: described(
            z.optional(days.check(z.gte(-366), z.lte(366))),
            'Days to add to that date; negative for earlier.',
          ),
          otherwiseInDays: described(
            z.optional(days.check(z.gte(0), z.lte(366))),
            'Days after the evaluation date to use while the date fact is unknown.',
          ),
        }),
      ],
      {
        error:
          'must be one of { "inDays": 0-366 }, { "inDaysOption": "<option>" } or { "fact": "<date fact>", "plusDays": -366-366, "otherwiseInDays": 0-366 }',
      },
    ),
    'When an action is due: days after the evaluation date (fixed or an option), or a date fact.',
  );

  const url = httpUrlSchema.check(z.maxLength(L.maxTextLength));

  /** Schema of `SourceStrength`. */
  const sourceStrengthSchema = described(
    z.enum(['high', 'medium', 'low']),
    'How strong a source is: how far its figures can be trusted.',
  );

  /** Schema of `RuleSource`. */
  const ruleSourceSchema = described(
    z.strictObject({
      title: described(text, 'Who published it, and what.'),
      url: described(z.optional(url), 'Link to it, where public.'),
      strength: described(sourceStrengthSchema, 'How far it can be trusted.'),
      finding: described(z.optional(text), 'The figure or finding used.'),
    }),
    "Where a rule's reasoning or default threshold comes from.",
  );

  /** Schema of `RuleMeta`. */
  const ruleMetaSchema = described(
    z.strictObject({
      category: described(
        name,
        'Category id, e.g. `outreach`: built in, or declared by the rule set or a plugin.',
      ),
      severity: described(severitySchema, 'Default severity.'),
      title: described(
        text,
        'Short title of the problem, e.g. "Unanswered message from an employer".',
      ),
      description: described(text, 'One line: what the rule checks.'),
      rationale: described(text, 'Why it matters, in a few sentences.'),
      sources: described(
        z._default(z.array(ruleSourceSchema).check(z.maxLength(20)), []),
        'Evidence behind the rule and its defaults.',
      ),
      recommended: described(
        z.optional(z.boolean()),
        'Whether the rule is in the recommended set.',
      ),
      docsUrl: described(
        z.optional(url),
        "Where its documentation lives; defaults to the rule's page under docs/rules/.",
      ),
      states: described(
        z.optional(
          z.array(searchStateSchema).check(z.minLength(1), z.maxLength(SEARCH_STATES.length)),
        ),
        'The search states the rule applies in (see `SEARCH_STATES`); in any other state it is not applicable. Without it, the rule applies in every state.',
      ),
    }),
    'Descriptive metadata of a rule, kept apart from its logic.',
  );

  /** Schema of `ActionTemplate`. */
  const actionTemplateSchema = described(
    z.strictObject({
      kind: actionKindSchema,
      label: described(templateSchema, 'Template of what to do.'),
      due: described(z.optional(dueSchema), 'When it is due.'),
      perSubject: described(z.optional(z.boolean()), 'One action per subject of a grouped advice.'),
    }),
    'An action written as data. `label` is a message template; with `perSubject`, a grouped advice gets one action per subject, each rendered with that subject.',
  );

  /** Schema of `Selector`. */
  const selectorSchema = described(
    z.record(name, z.union([primitive, z.array(primitive).check(z.maxLength(L.maxArrayItems))])),
    'Which entities of its scope a rule applies to: fact field to allowed value(s).',
  );

  /** Schema of `CategoryDefinition`. */
  const categorySchema = described(
    z.strictObject({
      id: described(name, 'Category id, as used in rule metadata.'),
      title: described(text, 'Display title.'),
      description: described(text, 'What the category covers.'),
    }),
    'A category advice is grouped and scored under.',
  );
  return {
    name,
    text,
    templateSchema,
    ruleIdSchema,
    scopeSchema,
    searchStateSchema,
    actionKindSchema,
    optionSpecSchema,
    optionsJsonSchema,
    conditionForDocs,
    dueSchema,
    sourceStrengthSchema,
    ruleSourceSchema,
    ruleMetaSchema,
    actionTemplateSchema,
    selectorSchema,
    categorySchema,
  };
}

let builtParts: ReturnType<typeof buildParts> | undefined;

/** The schemas of a rule's parts, each documented, built once. */
function parts(): ReturnType<typeof buildParts> {
  builtParts ??= buildParts();
  return builtParts;
}

function buildRuleSetSchema(condition: z.ZodMiniType) {
  const {
    name,
    text,
    ruleIdSchema,
    ruleMetaSchema,
    scopeSchema,
    selectorSchema,
    optionsJsonSchema,
    templateSchema,
    actionTemplateSchema,
    categorySchema,
  } = parts();
  const severityCase = described(
    z.strictObject({
      severity: described(severitySchema, 'The severity to use.'),
      conditions: described(condition, "Conditions that must hold, in addition to the rule's own."),
    }),
    'A severity that applies when extra conditions also hold.',
  );
  const rule = described(
    z.strictObject({
      id: described(
        ruleIdSchema,
        'Unique id, kebab-case; namespaced in a rule set with a namespace (`acme/thank-you-note`).',
      ),
      meta: ruleMetaSchema,
      scope: described(
        scopeSchema,
        'What the rule runs over: the search once, or each entity of one kind.',
      ),
      select: described(
        z.optional(selectorSchema),
        'Which entities it applies to (decided before any condition runs).',
      ),
      requires: described(
        z.optional(z.array(name).check(z.maxLength(50))),
        'Subject facts that must be known; subjects missing any are counted as needing data.',
      ),
      options: z.optional(optionsJsonSchema),
      conditions: described(
        condition,
        "When the rule fires: json-rules-engine conditions over the `search` fact, the subject's fact (named after the scope) and `options`.",
      ),
      severityWhen: described(
        z.optional(z.array(severityCase).check(z.maxLength(5))),
        'Other severities for cases within the rule (e.g. critical after 3 days); the first that holds wins.',
      ),
      message: described(
        templateSchema,
        'The advice message, naming the company and role concerned: a template (rules written in TypeScript may give a function instead).',
      ),
      actions: described(
        z.array(actionTemplateSchema).check(z.maxLength(10)),
        'What to do next: action templates (or, in TypeScript, a function).',
      ),
      urgency: described(
        z.optional(name),
        'Subject fact giving the urgency within a severity (e.g. days overdue); higher is sooner.',
      ),
      group: described(
        z.optional(z.boolean()),
        'Merge advice for several subjects into one (for subjects with the same kind of action).',
      ),
      supersedes: described(
        z.optional(z.array(ruleIdSchema).check(z.maxLength(50))),
        "Rules whose advice this rule's advice absorbs, when both fire for the same subjects.",
      ),
    }),
    'A rule: metadata, the entities it selects, its options, json-rules-engine conditions over derived facts, and how to word its advice. Thresholds live in options, never in conditions.',
  );
  const ruleSet = described(
    z.strictObject({
      $schema: described(
        z.optional(z.string().check(z.maxLength(L.maxTextLength))),
        'JSON Schema reference, for editors; ignored.',
      ),
      name: described(name, 'Name of the rule set, for messages and `extends`.'),
      namespace: described(
        z.optional(
          z.string().check(
            z.regex(/^[a-z0-9][a-z0-9-]*$/, {
              error: 'must be lower-case letters, digits and dashes (such as acme)',
            }),
            z.maxLength(L.maxNameLength),
          ),
        ),
        'Prefix every rule id must start with (`acme` for `acme/...`).',
      ),
      description: described(z.optional(text), 'What the rule set is for.'),
      categories: described(
        z.optional(z.array(categorySchema).check(z.maxLength(20))),
        'New categories its rules use.',
      ),
      conditions: described(
        z.optional(z.record(name, condition)),
        'Shared conditions, referenced from rules as `{ "condition": name }`.',
      ),
      rules: described(z.array(rule).check(z.maxLength(L.maxRules)), 'The rules.'),
    }),
    'A rule set as written in JSON.',
  );
  return { ruleSet, rule, severityCase };
}

type RuleSetSchemas = ReturnType<typeof buildRuleSetSchema>;
type DocumentedSchemas = RuleSetSchemas & ReturnType<typeof buildParts>;
let parser: RuleSetSchemas['ruleSet'] | undefined;
let documented: DocumentedSchemas | undefined;

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
export function ruleSchemas(): DocumentedSchemas {
  documented ??= { ...parts(), ...buildRuleSetSchema(parts().conditionForDocs) };
  return documented;
}
