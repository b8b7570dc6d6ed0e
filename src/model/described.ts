import * as z from 'zod/v4/mini';

/**
 * A copy of `schema` that carries `description` into its JSON Schema and the generated docs, as
 * full zod's `.describe()` does: the copy is registered in zod's global registry, so a schema
 * shared by several fields (a name, a text) keeps one description per use. zod/mini gained a
 * `describe` check only in zod 4.1, and the peer range starts at 3.25.
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone() as T;
  z.globalRegistry.add(copy, { description });
  return copy;
}
