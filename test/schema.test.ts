import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_SOURCES, withDescriptions } from '../scripts/schema-descriptions';
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
});
