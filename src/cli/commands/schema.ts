import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { oneOf } from '../args';
import { EXIT } from '../errors';

// The shipped schema files sit next to the built CLI and carry the field descriptions.
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
  run({ args }) {
    const kind = oneOf(args.kind, KINDS, 'the schema kind') ?? 'search';
    process.stdout.write(readFileSync(new URL(`./${SCHEMAS[kind]}`, import.meta.url), 'utf8'));
    return EXIT.ok;
  },
});
