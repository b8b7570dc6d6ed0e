// Serves the job-search-health HTTP service on 127.0.0.1, port $PORT or 3000. Run it with
// `npm run example:http`, then, from another terminal:
//   curl -s -X POST 'http://127.0.0.1:3000/evaluate?asOf=2026-11-25' \
//     -H 'content-type: application/json' --data-binary @examples/story/search.json
//   curl -s http://127.0.0.1:3000/rules
//
// Evaluations run on worker threads ($WORKERS, default 2), so health checks and other requests
// are answered while heavy searches are evaluated; a client that stalls while sending its body
// gets 408 after $BODY_TIMEOUT_MS (default 10000), and an evaluation that runs longer than
// $EVALUATION_TIMEOUT_MS (default 30000) gets 503 while its worker is replaced.
//
// With CALENDAR_SEARCH=path/to/search.json, GET /calendar.ics publishes that search's actions.
import { readFile } from 'node:fs/promises';
import { serve } from '@hono/node-server';
import { createApp, DEFAULT_BODY_TIMEOUT_MS } from './app';
import { createWorkerPool } from './pool';

const HOST = '127.0.0.1';

function whole(name: string, fallback: number, max: number): number {
  const raw = process.env[name] ?? String(fallback);
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > max) {
    process.stderr.write(
      `${name} must be a whole number from 0 to ${max}, got ${JSON.stringify(raw)}\n`,
    );
    process.exit(2);
  }
  return value;
}

const port = whole('PORT', 3000, 65_535);
const workers = Math.max(1, whole('WORKERS', 2, 64));
const bodyTimeoutMs = whole('BODY_TIMEOUT_MS', DEFAULT_BODY_TIMEOUT_MS, 3_600_000);
const timeoutMs = whole('EVALUATION_TIMEOUT_MS', 30_000, 3_600_000);

const calendarFile = process.env.CALENDAR_SEARCH;
const pool = createWorkerPool({ size: workers, timeoutMs });
const server = serve(
  {
    fetch: createApp({
      evaluate: pool.evaluate,
      bodyTimeoutMs,
      ...(calendarFile
        ? { calendarSearch: async () => JSON.parse(await readFile(calendarFile, 'utf8')) }
        : {}),
    }).fetch,
    port,
    hostname: HOST,
    // Node's own limits, behind the app's: a request whose headers or body never finish is
    // answered 408 and closed, checked every second rather than every 30.
    serverOptions: {
      headersTimeout: bodyTimeoutMs,
      requestTimeout: bodyTimeoutMs * 2,
      connectionsCheckingInterval: 1000,
    },
  },
  (info) => {
    process.stdout.write(`Listening on http://${HOST}:${info.port} (POST /evaluate, GET /rules)\n`);
  },
);

// Finish the requests in flight before exiting, so Ctrl-C never cuts a response short.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () =>
    server.close(() => {
      void pool.close().finally(() => process.exit(0));
    }),
  );
