import { searchJsonSchema } from './model/json-schema';

/** Every JSON Schema shipped in the package, by file name under `schema/`. */
export function schemaFiles(): Record<string, Record<string, unknown>> {
  return { 'search.schema.json': searchJsonSchema() };
}
