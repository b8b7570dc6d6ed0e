import { defineCommand } from 'citty';
import { configJsonSchema, ruleSetJsonSchema, searchJsonSchema } from '../../index';
import { oneOf } from '../args';
import { EXIT } from '../errors';

const SCHEMAS = {
  search: searchJsonSchema,
  config: configJsonSchema,
  rules: ruleSetJsonSchema,
} as const;

const KINDS = Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[];

/** `schema [search|config|rules]`: prints a JSON Schema. */
export const schema = defineCommand({
  meta: {
    name: 'schema',
    description: 'Print the JSON Schema of a search file, a config file or a rule set',
  },
  args: {
    kind: {
      type: 'positional',
      required: false,
      default: 'search',
      description: `Which schema: ${KINDS.join('|')}`,
      valueHint: KINDS.join('|'),
    },
  },
  run({ args }) {
    const kind = oneOf(args.kind, KINDS, 'the schema kind') ?? 'search';
    process.stdout.write(`${JSON.stringify(SCHEMAS[kind](), null, 2)}\n`);
    return EXIT.ok;
  },
});
