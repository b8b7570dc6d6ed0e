import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXIT } from '../errors';
import type { CommandContext } from '../io';
import { oneOf } from '../options';

// The shipped schema files (in the folder the CLI is given) carry the field descriptions.
const SCHEMAS = {
  search: 'search.schema.json',
  config: 'config.schema.json',
  rules: 'rule-set.schema.json',
  report: 'report.schema.json',
} as const;

const KINDS = Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[];

/** `schema [search|config|rules|report]`: prints a JSON Schema. */
export function schema(program: Command, { io, finish }: CommandContext): void {
  program
    .command('schema')
    .description('Print the JSON Schema of a search file, a config file, a rule set or a report')
    .argument('[kind]', `Which schema: ${KINDS.join('|')}`, 'search')
    .action((value: string) => {
      const kind = oneOf(value, KINDS, 'the schema kind');
      io.stdout.write(readFileSync(new URL(SCHEMAS[kind], io.schemaDir), 'utf8'));
      finish(EXIT.ok);
    });
}
