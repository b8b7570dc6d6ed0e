/**
 * Writes the JSON Schemas shipped in the package to schema/. Run by `npm run schemas`;
 * test/schema.test.ts fails when the committed files are stale.
 */
import { writeFileSync } from 'node:fs';
import { schemaFiles } from '../src/schemas';

for (const [file, schema] of Object.entries(schemaFiles())) {
  writeFileSync(
    new URL(`../schema/${file}`, import.meta.url),
    `${JSON.stringify(schema, null, 2)}\n`,
  );
  console.log(`wrote schema/${file}`);
}
