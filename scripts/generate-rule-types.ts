/**
 * Prints the TypeScript types of the rule model from its zod schemas (src/rule/rule-set-json.ts),
 * each field documented with the schema's own description. The types are generated rather than
 * inferred so that published declaration files keep the field docs editors show on hover (an
 * inferred zod type loses them). Written by `npm run schemas`; a test fails when it is stale.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/v4/mini';
import { ruleSchemas } from '../src/rule/rule-set-json';
import { severitySchema } from '../src/rule/types';

/** Where the generated types are written. */
export const RULE_TYPES_FILE = fileURLToPath(new URL('../src/rule/rule-types.ts', import.meta.url));

const {
  actionKindSchema,
  actionTemplateSchema,
  categorySchema,
  dueSchema,
  optionSpecSchema,
  optionsJsonSchema,
  rule,
  ruleMetaSchema,
  ruleSet,
  ruleSourceSchema,
  scopeSchema,
  searchStateSchema,
  selectorSchema,
  severityCase,
  sourceStrengthSchema,
  templateSchema,
} = ruleSchemas();

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as Def;

/** Types declared elsewhere, printed by name, and where they come from. */
const IMPORTED = new Map<Def, [name: string, from: string]>([
  [defOf(severitySchema), ['Severity', './types']],
  [defOf(scopeSchema), ['Scope', '../facts/scope']],
  [defOf(actionKindSchema), ['ActionKind', './types']],
  [defOf(searchStateSchema), ['SearchState', '../facts/search']],
  [defOf(categorySchema), ['CategoryDefinition', '../report/categories']],
]);

/** Types declared here, in this order. A described copy of a schema shares its definition. */
const DECLARED: readonly [string, z.core.$ZodType][] = [
  ['TemplateText', templateSchema],
  ['SourceStrength', sourceStrengthSchema],
  ['RuleSource', ruleSourceSchema],
  ['RuleMeta', ruleMetaSchema],
  ['DueSpec', dueSchema],
  ['ActionTemplate', actionTemplateSchema],
  ['Selector', selectorSchema],
  ['SeverityCase', severityCase],
  ['OptionSpec', optionSpecSchema],
  ['OptionsJson', optionsJsonSchema],
  ['RuleJson', rule],
  ['RuleSetJson', ruleSet],
];
const NAMES = new Map<Def, string>([
  ...[...IMPORTED].map(([def, [name]]) => [def, name] as const),
  ...DECLARED.map(([name, schema]) => [defOf(schema), name] as const),
]);

const descriptionOf = (schema: z.core.$ZodType): string | undefined =>
  z.globalRegistry.get(schema)?.description;

/** A doc comment, wrapped to fit the line width at the given indent. */
function doc(text: string | undefined, indent: string): string {
  if (!text) return '';
  const width = 100 - indent.length - 3;
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  const [only] = lines;
  if (lines.length === 1 && only !== undefined && indent.length + only.length + 7 <= 100)
    return `${indent}/** ${only} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */\n`;
}

function unwrapOptional(schema: z.core.$ZodType): { inner: z.core.$ZodType; optional: boolean } {
  const def = defOf(schema);
  if (def.type === 'optional') return { inner: def.innerType as z.core.$ZodType, optional: true };
  return { inner: schema, optional: false };
}

function objectBody(schema: z.core.$ZodType, indent: string): string {
  const shape = defOf(schema).shape as Record<string, z.core.$ZodType>;
  const fields = Object.entries(shape).map(([key, field]) => {
    const { inner, optional } = unwrapOptional(field);
    const text = descriptionOf(field) ?? descriptionOf(inner);
    const type = print(inner, `${indent}  `);
    return `${doc(text, `${indent}  `)}${indent}  readonly ${key}${optional ? '?' : ''}: ${type};`;
  });
  return `{\n${fields.join('\n')}\n${indent}}`;
}

/** The TypeScript type of a schema, by name where it has one. */
function print(schema: z.core.$ZodType, indent: string, root = false): string {
  const def = defOf(schema);
  const name = NAMES.get(def);
  if (name && !root) return name;
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'unknown':
      return def.type;
    case 'literal':
      return (def.values as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
    case 'enum':
      return Object.values(def.entries as Record<string, string>)
        .map((v) => `'${v}'`)
        .join(' | ');
    case 'default':
    case 'optional':
      return print(def.innerType as z.core.$ZodType, indent);
    case 'array': {
      const element = print(def.element as z.core.$ZodType, indent);
      return `readonly ${element.includes(' ') ? `(${element})` : element}[]`;
    }
    case 'union':
      return (def.options as z.core.$ZodType[]).map((o) => print(o, indent)).join(' | ');
    case 'record':
      return `Readonly<Record<string, ${print(def.valueType as z.core.$ZodType, indent)}>>`;
    case 'object':
      return objectBody(schema, indent);
    case 'lazy':
      return 'Conditions';
    default:
      throw new TypeError(`no TypeScript form for a zod ${def.type}`);
  }
}

function declaration(name: string, schema: z.core.$ZodType): string {
  const comment = doc(descriptionOf(schema), '');
  return defOf(schema).type === 'object'
    ? `${comment}export interface ${name} ${objectBody(schema, '')}\n`
    : `${comment}export type ${name} = ${print(schema, '', true)};\n`;
}

/** The generated source of src/rule/rule-types.ts, formatted as the repository formats code. */
export function ruleTypesSource(): string {
  const imports = new Map<string, string[]>();
  for (const [name, from] of IMPORTED.values())
    imports.set(from, [...(imports.get(from) ?? []), name]);
  // Parent folders before the current one, as the linter orders imports.
  const lines = [...imports]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([from, names]) => `import type { ${names.sort().join(', ')} } from '${from}';`);
  const raw = [
    '// Generated by `npm run schemas` from the zod schemas in rule-set-json.ts: edit those, not this.',
    "import type { TopLevelCondition as Conditions } from 'json-rules-engine';",
    ...lines,
    '',
    ...DECLARED.map(([name, schema]) => declaration(name, schema)),
  ].join('\n');
  const biome = fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url));
  const formatted = spawnSync(biome, ['format', `--stdin-file-path=${RULE_TYPES_FILE}`], {
    input: raw,
    encoding: 'utf8',
  });
  if (formatted.status !== 0)
    throw new Error(`biome could not format the types: ${formatted.stderr}`);
  return formatted.stdout;
}
