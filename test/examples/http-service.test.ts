import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ErrorBody, type RuleSummary } from '../../examples/http-service/app';
import { createAdvisor, evaluateSearch } from '../../src/index';

const AS_OF = '2026-11-25';
const STORY_PATH = fileURLToPath(new URL('../../examples/story/search.json', import.meta.url));
const storyText = readFileSync(STORY_PATH, 'utf8');
// Small enough to test the limit cheaply, large enough for the story.
const MAX_BODY_BYTES = 16 * 1024;

let server: ServerType;
let base: string;

beforeAll(async () => {
  const app = createApp({ maxBodyBytes: MAX_BODY_BYTES });
  const info = await new Promise<AddressInfo>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, resolve);
  });
  base = `http://127.0.0.1:${info.port}`;
});

afterAll(
  () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
);

// Node's fetch sends a stream body only with `duplex: 'half'`; it goes out chunked, without Content-Length.
const STREAMED = { duplex: 'half' } as RequestInit;

const post = (
  body: string | ReadableStream<Uint8Array>,
  query = `?asOf=${AS_OF}`,
  init: RequestInit = {},
) =>
  fetch(`${base}/evaluate${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    ...init,
  });

async function errorOf(response: Response, status: number): Promise<ErrorBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as ErrorBody;
}

describe('examples/http-service', () => {
  it('evaluates the story into the same report as evaluateSearch', async () => {
    const response = await post(storyText);
    expect(response.status).toBe(200);
    const expected = await evaluateSearch(JSON.parse(storyText), { asOf: AS_OF });
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('lists every problem of an invalid search with its path', async () => {
    const search = {
      companies: [{ id: 'acme', name: 'Acme' }],
      applications: [{ id: 'a1', companyId: 'nope', role: 'Analyst', stage: 'sideways' }],
    };
    const body = await errorOf(await post(JSON.stringify(search)), 400);
    expect(body.error).toBe('invalid-search');
    const paths = body.issues?.map((i) => i.path);
    expect(paths).toContain('applications[0].stage');
    expect(body.issues?.every((i) => typeof i.message === 'string' && i.message !== '')).toBe(true);
  });

  it('rejects a body that is not an object as an invalid search', async () => {
    const body = await errorOf(await post('[1, 2]'), 400);
    expect(body.error).toBe('invalid-search');
    expect(body.issues?.[0]?.path).toBe('');
  });

  it('rejects malformed JSON with the line and column of the error', async () => {
    const body = await errorOf(await post('{\n  "companies": [],,\n}'), 400);
    expect(body).toMatchObject({ error: 'invalid-json', line: 2, column: 19 });
    expect(body.message).toMatch(/^request body:2:19: invalid JSON: /);
  });

  it('places an error V8 gives no position for', async () => {
    const body = await errorOf(await post("{ 'companies': [] }"), 400);
    expect(body).toMatchObject({ error: 'invalid-json', line: 1, column: 3 });
    expect(body.message).toContain('property names must be in double quotes');
  });

  it('places a truncated body at its end', async () => {
    const body = await errorOf(await post('{\n  "companies": ['), 400);
    expect(body).toMatchObject({ error: 'invalid-json', line: 2, column: 17 });
  });

  it.each(['25-11-2026', '2026-02-30', 'tomorrow'])('rejects asOf=%s', async (asOf) => {
    const body = await errorOf(await post(storyText, `?asOf=${asOf}`), 400);
    expect(body.error).toBe('invalid-as-of');
    expect(body.message).toContain(asOf);
  });

  it('rejects a body over the limit by its Content-Length', async () => {
    const big = JSON.stringify({ candidate: { name: 'x'.repeat(MAX_BODY_BYTES) } });
    const body = await errorOf(await post(big), 413);
    expect(body.error).toBe('body-too-large');
    expect(body.message).toContain(String(MAX_BODY_BYTES));
  });

  it('rejects a streamed body over the limit by the bytes actually read', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(4096));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES * 2) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    // No Content-Length: fetch sends the stream chunked.
    const response = await post(stream, `?asOf=${AS_OF}`, STREAMED);
    expect((await errorOf(response, 413)).error).toBe('body-too-large');
  });

  it('accepts a streamed body within the limit', async () => {
    const stream = new Blob([storyText]).stream();
    const response = await post(stream, `?asOf=${AS_OF}`, STREAMED);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { asOf: string }).asOf).toBe('2026-11-25T00:00:00.000Z');
  });

  it('lists the rules in force with their documentation links', async () => {
    const response = await fetch(`${base}/rules`);
    expect(response.status).toBe(200);
    const rules = (await response.json()) as RuleSummary[];
    expect(rules.map((r) => r.id)).toEqual(createAdvisor().rules.map((r) => r.id));
    for (const rule of rules) {
      expect(Object.keys(rule).sort()).toEqual([
        'category',
        'description',
        'docsUrl',
        'id',
        'severity',
        'title',
      ]);
      expect(rule.title).not.toBe('');
    }
    // The links are the ones advice carries.
    const report = await evaluateSearch(JSON.parse(storyText), { asOf: AS_OF });
    for (const advice of report.advice)
      expect(rules.find((r) => r.id === advice.ruleId)?.docsUrl).toBe(advice.docsUrl);
  });

  it('answers health checks and unknown routes', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await errorOf(await fetch(`${base}/nowhere`), 404)).error).toBe('not-found');
  });

  it('serves rules with an advisor of its own', async () => {
    const advisor = createAdvisor({ rules: { 'single-basket': 'off' } });
    const response = await createApp({ advisor }).request('/rules');
    const ids = ((await response.json()) as RuleSummary[]).map((r) => r.id);
    expect(ids).not.toContain('single-basket');
    expect(ids.length).toBe(createAdvisor().rules.length - 1);
  });
});

describe('npm run example:http', () => {
  it('starts on the port given by PORT, on loopback, and stops on SIGTERM', async () => {
    const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
    const server = fileURLToPath(new URL('../../examples/http-service/server.ts', import.meta.url));
    const child = spawn(process.execPath, [tsx, server], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const first = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
      const line = String(first.value ?? '');
      const url = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
      expect(url, line).toBeDefined();
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
