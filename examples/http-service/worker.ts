// One evaluation thread of the HTTP service: it builds its own advisor once, then evaluates each
// search the pool sends it, so heavy evaluations never block the thread that answers requests.
import { parentPort } from 'node:worker_threads';
import { createAdvisor, SearchValidationError } from 'job-search-health';
import type { EvaluationReply, EvaluationRequest } from './pool';

const advisor = createAdvisor();
const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread of the HTTP service');

port.on('message', async ({ id, search, asOf }: EvaluationRequest) => {
  let reply: EvaluationReply;
  try {
    reply = { id, report: await advisor.evaluate(search, { asOf }) };
  } catch (error) {
    reply =
      error instanceof SearchValidationError
        ? { id, issues: error.issues }
        : { id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
