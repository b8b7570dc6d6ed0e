import * as z from 'zod/v4';
import { configFileSchema } from './engine/config';
import { ruleSetDocsSchema } from './engine/rule-set-json';
import { searchJsonSchema } from './model/json-schema';

const BASE = 'https://job-search-health.dev/schema';

/** The JSON Schema of a configuration file (`createAdvisor` settings in JSON). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configFileSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: `${BASE}/config.schema.json`,
    title: 'job-search-health configuration',
  };
}

/** The JSON Schema of a rule set written as JSON. */
export function ruleSetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ruleSetDocsSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: `${BASE}/rule-set.schema.json`,
    title: 'job-search-health rule set',
  };
}

/** Every JSON Schema shipped in the package, by file name under `schema/`. */
export function schemaFiles(): Record<string, Record<string, unknown>> {
  return {
    'search.schema.json': searchJsonSchema(),
    'config.schema.json': configJsonSchema(),
    'rule-set.schema.json': ruleSetJsonSchema(),
  };
}
