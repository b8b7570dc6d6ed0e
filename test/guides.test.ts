import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4/mini';
import { FACT_CATALOG } from '../src/facts/catalog';
import { parseSearch } from '../src/model/parse';
import { schemas } from '../src/model/schemas';

const guide = (name: string) => readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8');

/** The ```json blocks of a guide that are whole search files (an object mentioning companies). */
function searchExamples(markdown: string): string[] {
  return [...markdown.matchAll(/^```json\n([\s\S]*?)^```$/gm)]
    .map((match) => match[1] ?? '')
    .filter((block) => block.startsWith('{') && block.includes('"companies"'));
}

/** Every key of every object schema reachable from `schema`, nested ones included. */
function fieldNames(schema: z.core.$ZodType, into = new Set<string>()): Set<string> {
  if (schema instanceof z.ZodMiniObject)
    for (const [key, value] of Object.entries(schema.shape)) {
      into.add(key);
      fieldNames(value, into);
    }
  else if (schema instanceof z.ZodMiniOptional || schema instanceof z.ZodMiniDefault)
    fieldNames(schema._zod.def.innerType, into);
  else if (schema instanceof z.ZodMiniArray) fieldNames(schema._zod.def.element, into);
  return into;
}

describe.each(['search-format.md', 'getting-started.md'])('search examples in docs/%s', (name) => {
  const examples = searchExamples(guide(name));

  it('has a complete example', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  examples.forEach((example, index) => {
    it(`example ${index + 1} is a valid search`, () => {
      expect(() => parseSearch(JSON.parse(example))).not.toThrow();
    });
  });
});

describe('docs/search-format.md', () => {
  const text = guide('search-format.md');

  const fields = new Set<string>();
  for (const schema of Object.values(schemas)) fieldNames(schema, fields);

  it('finds the fields of the model', () => {
    expect(fields).toContain('stageHistory');
    expect(fields).toContain('offerProbability');
  });

  it.each([...fields])('documents the field %s', (field) => {
    expect(text).toContain(`\`${field}\``);
  });
});

describe('docs/report-format.md', () => {
  const text = guide('report-format.md');

  it.each(Object.keys(FACT_CATALOG.search))('documents the metric %s', (field) => {
    expect(text).toContain(`\`${field}\``);
  });
});
