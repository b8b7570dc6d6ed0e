/**
 * The JSON Schema of a health report, generated from the TypeScript interfaces `HealthReport` is
 * made of, with their TSDoc comments as descriptions. The interfaces are the one definition of
 * the report (see docs/architecture.md); this derives the schema from them at build time, so no
 * second copy is written by hand. Used by `npm run schemas` and by the staleness test.
 */
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { SCHEMA_BASE } from '../src/model/json-schema';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `{@link Name}` and `{@link Name | text}` read as code in a plain description. */
function plainDescription(text: string): string {
  return text
    .replace(/\s*\{@link\s+([^}|\s]+)\s*(?:\|\s*([^}]*?))?\s*\}\s*/g, (_, name, label) => {
      return ` \`${label ?? name}\` `;
    })
    .replace(/\s+([.,;:)])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function withPlainDescriptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withPlainDescriptions);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'description' && typeof value === 'string'
        ? plainDescription(value)
        : withPlainDescriptions(value),
    ]),
  );
}

/**
 * The report's JSON Schema (draft-07, which every validator reads): every field of every part,
 * required where the type requires it, no others allowed.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = createGenerator({
    path: `${ROOT}src/report/report.ts`,
    tsconfig: `${ROOT}tsconfig.json`,
    type: 'HealthReport',
    // The project's own type check covers this; checking again here would only slow it down.
    skipTypeCheck: true,
    additionalProperties: false,
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
  }).createSchema('HealthReport');
  const { $schema, ...rest } = withPlainDescriptions(generated) as Record<string, unknown>;
  return {
    $schema,
    $id: `${SCHEMA_BASE}/report.schema.json`,
    title: 'job-search-health report',
    description:
      'A health report of one job search at one date: score, rating, metrics, advice and what every rule did.',
    ...rest,
  };
}
