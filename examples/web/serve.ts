// Builds the playground and serves it on http://127.0.0.1:$PORT (default 4173): `npm run
// example:web`. Static files only; the page itself makes no requests.
import { buildPlayground } from './build';
import { playgroundServer } from './server';

const port = Number(process.env.PORT ?? '4173');
const root = await buildPlayground();
const server = playgroundServer(root).listen(port, '127.0.0.1', () => {
  process.stdout.write(`Playground on http://127.0.0.1:${port}/ (Ctrl-C to stop)\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => server.close(() => process.exit(0)));
