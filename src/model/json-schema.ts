import * as z from 'zod/v4';
import { JobSearchSchema } from './schemas';

/**
 * The JSON Schema (draft 2020-12) of a search file, generated from the zod schemas. It describes
 * the JSON form: dates are strings, lists may be omitted.
 */
export function searchJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(JobSearchSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://job-search-health.dev/schema/search.schema.json',
    title: 'Job search',
    description: 'A job search: applications, referrals, messages, interviews and offers.',
  };
}
