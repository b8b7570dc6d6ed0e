import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_SOURCES, withDescriptions } from '../scripts/schema-descriptions';
import { BUILT_IN_OPERATORS } from '../src/rule/registry';
import { recommended } from '../src/rules/recommended';
import { schemaFiles } from '../src/schemas';

describe('published JSON Schemas', () => {
  for (const [file, schema] of Object.entries(schemaFiles()))
    it(`schema/${file} is up to date (run npm run schemas)`, () => {
      const committed = JSON.parse(
        readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8'),
      );
      expect(committed).toEqual(withDescriptions(schema, SCHEMA_SOURCES));
    });

  it('describes the fields of a search from the model comments', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../schema/search.schema.json', import.meta.url), 'utf8'),
    );
    const application = committed.properties.applications.items.properties;
    expect(application.channel.description).toBe('How the application reached the employer.');
    expect(committed.properties.offers.items.properties.expiresAt.description).toMatch(
      /end of that day/,
    );
  });

  it('lists every built-in rule id with its options in config.schema.json', () => {
    const config = schemaFiles()['config.schema.json'] as {
      properties: { rules: { properties: Record<string, { anyOf: { properties?: object }[] }> } };
    };
    const listed = config.properties.rules.properties;
    expect(Object.keys(listed).sort()).toEqual(recommended.rules.map((r) => r.id).sort());
    const setting = listed['unanswered-outreach']?.anyOf[2]?.properties as {
      options: { properties: Record<string, unknown> };
    };
    expect(Object.keys(setting.options.properties)).toEqual(['highAfterDays', 'criticalAfterDays']);
  });

  it('gives each schema an $id that resolves: its file in the published package on a CDN', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(manifest.files).toContain('dist');
    for (const [file, schema] of Object.entries(schemaFiles()))
      expect(schema.$id).toBe(`https://unpkg.com/${manifest.name}/dist/${file}`);
  });

  it('lists the built-in facts and operators in the rule-set schema', () => {
    const text = JSON.stringify(schemaFiles()['rule-set.schema.json']);
    expect(text).toContain(
      '{"enum":["search","application","message","referral","interview","offer","options"]}',
    );
    for (const operator of BUILT_IN_OPERATORS) expect(text).toContain(`"${operator}"`);
  });
});
