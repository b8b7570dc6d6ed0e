import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { oneOf } from '../args';
import { EXIT } from '../errors';
import { ioOf } from '../io';

// The shipped schema files (in the folder the CLI is given) carry the field descriptions.
const SCHEMAS = {
  search: 'search.schema.json',
  config: 'config.schema.json',
  rules: 'rule-set.schema.json',
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
  run(context) {
    const io = ioOf(context);
    // citty fills in the default kind, so there always is one.
    const kind = oneOf(context.args.kind, KINDS, 'the schema kind');
    io.stdout.write(readFileSync(new URL(SCHEMAS[kind], io.schemaDir), 'utf8'));
    return EXIT.ok;
  },
});
