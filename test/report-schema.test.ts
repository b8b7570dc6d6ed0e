import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../scripts/report-schema';
import { evaluateSearch, type HealthReport } from '../src/index';

const committed = JSON.parse(
  readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv({ allErrors: true, strict: true }).compile(committed);

const scenarios = new URL('./scenarios/', import.meta.url);

/** The search and date of a scenario file: inline, or a search file it points to. */
function scenario(name: string): { search: unknown; asOf: string } {
  const file = new URL(name, scenarios);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const search =
    data.searchFile === undefined
      ? data.search
      : JSON.parse(readFileSync(new URL(data.searchFile, file), 'utf8'));
  return { search, asOf: data.asOf };
}

const names = readdirSync(scenarios).filter((name) => name.endsWith('.json'));

describe('the report JSON Schema', () => {
  // Generating reads the TypeScript program: a few seconds, more on a busy machine.
  const generation = 60_000;
  it(
    'schema/report.schema.json is up to date with the report types (run npm run schemas)',
    () => {
      expect(committed).toEqual(reportJsonSchema());
    },
    generation,
  );

  it('describes each field from its TSDoc comment, with links as plain code names', () => {
    const report = committed.definitions.HealthReport.properties;
    expect(report.configFingerprint.description).toMatch(/^A fingerprint of the configuration/);
    expect(committed.definitions.Action.properties.kind.description).toBe(
      'Machine-readable kind, e.g. `reply`, `follow-up`, `apply`; see `ACTION_KINDS`.',
    );
    expect(JSON.stringify(committed)).not.toContain('@link');
  });

  it.each(names)('validates the real report of scenario %s', async (name) => {
    const { search, asOf } = scenario(name);
    const report = await evaluateSearch(search, { asOf });
    const ok = validate(JSON.parse(JSON.stringify(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a report with a missing, unknown or wrongly typed field', async () => {
    const { search, asOf } = scenario('story.json');
    const report: HealthReport = JSON.parse(JSON.stringify(await evaluateSearch(search, { asOf })));
    const { configFingerprint: _, ...missing } = report;
    const broken = [
      missing,
      { ...report, extra: 1 },
      { ...report, rating: 'fine' },
      { ...report, advice: [{ ...report.advice[0], severity: 'urgent' }] },
      { ...report, outcomes: [{ ...report.outcomes[0], evaluated: '3' }] },
    ];
    for (const candidate of broken) expect(validate(candidate)).toBe(false);
  });
});
