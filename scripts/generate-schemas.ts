/**
 * Writes the JSON Schemas shipped in the package to schema/, with field descriptions from the
 * source comments: those of the search, configuration and rule sets from the zod schemas, the
 * report's from its TypeScript interfaces; and the rule model's types generated from the rule
 * set's zod schema. Run by `npm run schemas`; test/schema.test.ts fails when they are stale.
 */
import { writeFileSync } from 'node:fs';
import { schemaFiles } from '../src/schemas';
import { RULE_TYPES_FILE, ruleTypesSource } from './generate-rule-types';
import { reportJsonSchema } from './report-schema';
import { SCHEMA_SOURCES, withDescriptions } from './schema-descriptions';

for (const [file, schema] of Object.entries(schemaFiles())) {
  const described = withDescriptions(schema, SCHEMA_SOURCES);
  writeFileSync(
    new URL(`../schema/${file}`, import.meta.url),
    `${JSON.stringify(described, null, 2)}\n`,
  );
  console.log(`wrote schema/${file}`);
}

writeFileSync(RULE_TYPES_FILE, ruleTypesSource());
console.log('wrote src/rule/rule-types.ts');
// Described from the TypeScript interfaces it is generated from, not from zod shapes.
writeFileSync(
  new URL('../schema/report.schema.json', import.meta.url),
  `${JSON.stringify(reportJsonSchema(), null, 2)}\n`,
);
console.log('wrote schema/report.schema.json');
