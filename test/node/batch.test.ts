import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/index';
import { type BatchResult, evaluateNdjson } from '../../src/node/index';

const STORY = readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8');
const storyLine = JSON.stringify(JSON.parse(STORY));
const AS_OF = '2026-11-25';

async function* chunked(text: string, size: number): AsyncIterable<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect(text: string, size = 7): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for await (const result of evaluateNdjson(chunked(text, size), { asOf: AS_OF }))
    results.push(result);
  return results;
}

describe('evaluateNdjson', () => {
  it('evaluates one search per line, however the text is split, with the report evaluate gives', async () => {
    const expected = await createAdvisor().evaluate(JSON.parse(STORY), { asOf: AS_OF });
    const results = await collect(`${storyLine}\r\n${storyLine}\n`);
    expect(results).toEqual([
      { line: 1, search: JSON.parse(STORY), report: expected },
      { line: 2, search: JSON.parse(STORY), report: expected },
    ]);
  });

  it('joins a character whose bytes are split between chunks, and a line with no final break', async () => {
    const search = { companies: [{ id: 'c1', name: 'Café Zürich — Ørsted' }] };
    const results = await collect(`${JSON.stringify(search)}\r\n${JSON.stringify(search)}`, 1);
    expect(results.map((r) => r.search)).toEqual([search, search]);
  });

  it('reads a line that spans thousands of chunks', async () => {
    const long = {
      companies: Array.from({ length: 3000 }, (_, i) => ({ id: `c${i}`, name: 'x'.repeat(100) })),
    };
    const results = await collect(`${JSON.stringify(long)}\n`, 64);
    expect(results).toEqual([{ line: 1, search: long, report: expect.any(Object) }]);
  });

  it('reads no further ahead than the line it is evaluating', async () => {
    let pulled = 0;
    async function* oneLinePerChunk(): AsyncIterable<string> {
      for (let i = 0; i < 1000; i++) {
        pulled += 1;
        yield `${storyLine}\n`;
      }
    }
    const batch = evaluateNdjson(oneLinePerChunk(), { asOf: AS_OF });
    await batch.next();
    await batch.next();
    expect(pulled).toBe(2);
    await batch.return(undefined);
  });

  it('skips blank lines, reads a byte order mark, and counts lines as a text editor does', async () => {
    const results = await collect(`\uFEFF${storyLine}\n\n   \n${storyLine}`);
    expect(results.map((r) => r.line)).toEqual([1, 4]);
    expect(results.every((r) => 'report' in r)).toBe(true);
  });

  it('names the line and column of bad JSON, and goes on with the next line', async () => {
    const results = await collect(`{"version": 1,}\n${storyLine}\n`);
    expect(results[0]).toEqual({
      line: 1,
      error: expect.stringMatching(/^line 1, column 15: not valid JSON: /),
    });
    expect(results[1]).toMatchObject({ line: 2, report: expect.any(Object) });
  });

  it('lists the first problems of an invalid search with their paths, and counts the rest', async () => {
    const bad = {
      applications: [1, 2, 3, 4, 5].map((i) => ({ id: `a${i}`, companyId: 'ghost' })),
    };
    const [result] = await collect(`${JSON.stringify(bad)}\n`);
    expect(result).toEqual({
      line: 1,
      search: bad,
      issues: expect.arrayContaining([
        expect.objectContaining({ path: 'applications[4].role', message: expect.any(String) }),
      ]),
      error: expect.stringMatching(
        /^line 1: not a valid job search: applications\[0\]\.role: .+; applications\[0\]\.channel: .+; .+; and \d+ more$/,
      ),
    });
  });

  it('evaluates every line at the same date, and with the advisor given', async () => {
    const advisor = createAdvisor({ rules: { 'single-basket': 'off' } });
    const results: BatchResult[] = [];
    for await (const result of evaluateNdjson(chunked(`${storyLine}\n${storyLine}\n`, 64), {
      advisor,
    }))
      results.push(result);
    const [first, second] = results.map((r) => ('report' in r ? r.report : undefined));
    expect(first?.asOf).toBe(second?.asOf);
    expect(first?.advice.some((a) => a.ruleId === 'single-basket')).toBe(false);
  });
});
