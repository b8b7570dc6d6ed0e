/**
 * The HTTP service as `npm run example:http` runs it, on a loopback port: evaluations on worker
 * threads leave the request thread free, and stalled or runaway requests are cut off.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, buildSearch, spread } from '../helpers/search';

const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const SERVER = fileURLToPath(new URL('../../examples/http-service/server.ts', import.meta.url));

/** About 150 KB: hundreds of milliseconds to evaluate, well under the 1 MB body limit. */
const HEAVY = JSON.stringify(buildSearch({ applications: spread(1000, 10) }));

interface Running {
  readonly url: string;
  readonly child: ChildProcess;
}

async function start(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [TSX, SERVER], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
  const url = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(String(first.value))?.[1];
  if (!url) throw new Error(`the server did not start: ${String(first.value)}`);
  return { url, child };
}

async function stop(running: Running | undefined): Promise<void> {
  if (!running || running.child.exitCode !== null) return;
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGTERM');
  await exited;
}

const evaluate = (url: string, body: string) =>
  fetch(`${url}/evaluate?asOf=${AS_OF}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

/** Sends headers announcing `length` bytes and fewer, then waits for what the server says. */
function stalledPost(url: string, length: number): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST /evaluate HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n{"applications":`,
      );
    });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('the HTTP service with worker threads', () => {
  let server: Running | undefined;

  beforeAll(async () => {
    server = await start({ WORKERS: '2', BODY_TIMEOUT_MS: '1000' });
  }, 20_000);

  afterAll(() => stop(server));

  it('answers health checks while heavy evaluations run', async () => {
    const url = server?.url ?? '';
    const order: string[] = [];
    // Four evaluations on two workers take two rounds. Once the first is done, the others are
    // queued or running: a request thread that evaluated itself would answer health last.
    const heavy = Array.from({ length: 4 }, () =>
      evaluate(url, HEAVY).then(async (response) => {
        expect(response.status).toBe(200);
        expect(
          ((await response.json()) as { outcomes: unknown[] }).outcomes.length,
        ).toBeGreaterThan(0);
        order.push('evaluation');
      }),
    );
    await Promise.race(heavy);
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    order.push('health');
    await Promise.all(heavy);
    expect(order.at(-1)).toBe('evaluation');
  });

  it('answers 408 and closes the connection when the body stalls', async () => {
    const answer = await stalledPost(server?.url ?? '', 1000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('"error":"body-timeout"');
  });
});

describe('the HTTP service with an evaluation time limit', () => {
  let server: Running | undefined;

  beforeAll(async () => {
    server = await start({ WORKERS: '1', EVALUATION_TIMEOUT_MS: '20' });
  }, 20_000);

  afterAll(() => stop(server));

  it('answers 503 for a runaway evaluation and keeps serving', async () => {
    const url = server?.url ?? '';
    const response = await evaluate(url, HEAVY);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: 'evaluation-timeout',
      message: 'The evaluation took longer than 20 ms.',
    });
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
  });
});
