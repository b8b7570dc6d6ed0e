import * as z from 'zod/v4/mini';
import { DATE_FORMATS, DATE_SCHEMAS } from './primitives';
import { JobSearchSchema } from './schemas';

/**
 * Where the published schemas live: the package's own files on a public npm CDN, so a `$schema`
 * or `$id` resolves for anyone, with or without the package installed.
 */
export const SCHEMA_BASE = 'https://unpkg.com/job-search-health/dist';

/**
 * The JSON Schema (draft 2020-12) of a search file, generated from the zod schemas. It describes
 * the JSON form: dates are strings, lists may be omitted.
 */
export function searchJsonSchema(): Record<string, unknown> {
  const dateFormats = DATE_FORMATS.map((format) => {
    const { $schema: _, ...json } = z.toJSONSchema(format, { target: 'draft-2020-12' });
    return json;
  });
  return {
    ...z.toJSONSchema(JobSearchSchema, {
      io: 'input',
      target: 'draft-2020-12',
      override: ({ zodSchema, jsonSchema }) => {
        // Parsing checks a date with one pattern; the schema names the two formats it accepts.
        if (!DATE_SCHEMAS.has(zodSchema)) return;
        delete jsonSchema.type;
        delete jsonSchema.pattern;
        jsonSchema.anyOf = dateFormats.map((format) => structuredClone(format));
      },
    }),
    $id: `${SCHEMA_BASE}/search.schema.json`,
    title: 'Job search',
    description: 'A job search: applications, referrals, messages, interviews and offers.',
  };
}
