import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../src/schemas';

describe('published JSON Schemas', () => {
  for (const [file, schema] of Object.entries(schemaFiles()))
    it(`schema/${file} is up to date (run npm run schemas)`, () => {
      const committed = JSON.parse(
        readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8'),
      );
      expect(committed).toEqual(schema);
    });
});
