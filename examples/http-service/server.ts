// Serves the job-search-health HTTP service on 127.0.0.1, port $PORT or 3000. Run it with
// `npm run example:http`, then, from another terminal:
//   curl -s -X POST 'http://127.0.0.1:3000/evaluate?asOf=2026-11-25' \
//     -H 'content-type: application/json' --data-binary @examples/story/search.json
//   curl -s http://127.0.0.1:3000/rules
// With CALENDAR_SEARCH=path/to/search.json, GET /calendar.ics publishes that search's actions.
import { readFile } from 'node:fs/promises';
import { serve } from '@hono/node-server';
import { createApp } from './app';

const HOST = '127.0.0.1';
const rawPort = process.env.PORT ?? '3000';
const port = Number(rawPort);
if (!/^\d+$/.test(rawPort) || port > 65_535) {
  process.stderr.write(
    `PORT must be a whole number from 0 to 65535, got ${JSON.stringify(rawPort)}\n`,
  );
  process.exit(2);
}

const calendarFile = process.env.CALENDAR_SEARCH;
const app = createApp(
  calendarFile
    ? { calendarSearch: async () => JSON.parse(await readFile(calendarFile, 'utf8')) }
    : {},
);
const server = serve({ fetch: app.fetch, port, hostname: HOST }, (info) => {
  process.stdout.write(`Listening on http://${HOST}:${info.port} (POST /evaluate, GET /rules)\n`);
});

// Finish the requests in flight before exiting, so Ctrl-C never cuts a response short.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => server.close(() => process.exit(0)));
