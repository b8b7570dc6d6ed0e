// The HTTP service as a Hono app, separate from the server that listens, so tests can serve it on
// a port of their choosing. Run it with `npm run example:http` (see server.ts).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  type Advisor,
  createAdvisor,
  type HealthReport,
  parseAsOf,
  SearchValidationError,
  type Severity,
} from 'job-search-health';
import { reportToICalendar } from 'job-search-health/calendar';
import { InputError, parseJson } from 'job-search-health/node';
import { EvaluationTimeoutError } from './pool';

/** The largest request body `POST /evaluate` accepts unless told otherwise: 1 MB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** How long a client may take to send its request body unless told otherwise: 10 s. */
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;

/** Evaluates a search at a date (checked with `parseAsOf`) into its report. */
export type Evaluate = (search: unknown, asOf: string) => Promise<HealthReport>;

/**
 * Where rule pages live when a rule names none; advice links (`Advice.docsUrl`) use the same
 * default.
 */
export const DOCS_BASE_URL =
  'https://github.com/job-search-health/job-search-health/blob/main/docs/rules';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The advisor that evaluates every request (default: the recommended rules). */
  readonly advisor?: Advisor;
  /** The largest request body accepted, in bytes (default {@link DEFAULT_MAX_BODY_BYTES}). */
  readonly maxBodyBytes?: number;
  /**
   * How searches are evaluated (default: `advisor.evaluate` on this thread). The server passes
   * a worker pool's, so that evaluations never block the thread that answers requests.
   */
  readonly evaluate?: Evaluate;
  /** Longest wait for the request body, in ms, before answering 408 (default 10 s). */
  readonly bodyTimeoutMs?: number;
  /**
   * The search whose dated actions `GET /calendar.ics` publishes, read on every request (for
   * example from a file the user keeps up to date). Without it, that route answers 404.
   */
  readonly calendarSearch?: () => unknown | Promise<unknown>;
}

/** One rule as `GET /rules` lists it. */
export interface RuleSummary {
  /** The rule id, as in `Advice.ruleId`. */
  readonly id: string;
  /** Its category id, e.g. `outreach`. */
  readonly category: string;
  /** Its default severity. */
  readonly severity: Severity;
  /** The problem it flags, in a few words. */
  readonly title: string;
  /** What it checks, in one line. */
  readonly description: string;
  /** Its documentation page. */
  readonly docsUrl: string;
}

/** The body of every error response: a stable code for programs and a sentence for people. */
export interface ErrorBody {
  /** What went wrong, e.g. `invalid-json`. */
  readonly error: string;
  /** The same in plain words. */
  readonly message: string;
  /** For `invalid-json`: the 1-based line of the syntax error, where known. */
  readonly line?: number;
  /** For `invalid-json`: the 1-based column of the syntax error, where known. */
  readonly column?: number;
  /** For `invalid-search`: every problem, each with the path of the offending value. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

type ErrorStatus = 400 | 404 | 408 | 413 | 500 | 503;

const fail = (c: Context, status: ErrorStatus, body: ErrorBody) => c.json(body, status);

/** Why `asOf` is not accepted, as the library reads it, or undefined when it is. */
function asOfProblem(asOf: string): string | undefined {
  try {
    parseAsOf(asOf);
    return undefined;
  } catch (error) {
    if (error instanceof RangeError) return error.message;
    throw error;
  }
}

/** The text of `body`, or undefined when it has not all arrived within `ms`. */
async function withinTime(body: Promise<string>, ms: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  // The read may still fail once the connection closes; nobody waits for it then.
  body.catch(() => undefined);
  try {
    return await Promise.race([body, late]);
  } finally {
    clearTimeout(timer);
  }
}

function summarise(rule: Advisor['rules'][number]): RuleSummary {
  const { category, severity, title, description, docsUrl } = rule.meta;
  return {
    id: rule.id,
    category,
    severity,
    title,
    description,
    docsUrl: docsUrl ?? `${DOCS_BASE_URL}/${rule.id}.md`,
  };
}

/**
 * Creates the service:
 *
 * - `POST /evaluate[?asOf=YYYY-MM-DD]`: the body is a search as JSON; answers with its health
 *   report, 400 for invalid JSON, an invalid search or a bad `asOf`, 408 for a body that does
 *   not arrive in time, 413 for a body over the size limit, and 503 for an evaluation that takes
 *   too long.
 * - `GET /rules`: the rules in force.
 * - `GET /healthz`: `{ "status": "ok" }` while the service runs.
 * - `GET /calendar.ics`: the dated actions of `calendarSearch`'s report, for calendar apps to
 *   subscribe to; events that changed since the last answer get a higher `SEQUENCE`.
 *
 * One advisor serves every request unless `evaluate` says otherwise: its rules are compiled once,
 * and it queues concurrent evaluations itself.
 */
export function createApp(options: AppOptions = {}): Hono {
  const advisor = options.advisor ?? createAdvisor();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  const evaluate: Evaluate =
    options.evaluate ?? ((search, asOf) => advisor.evaluate(search, { asOf }));
  const rules = advisor.rules.map(summarise);
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/rules', (c) => c.json(rules));

  let lastCalendar: string | undefined;
  app.get('/calendar.ics', async (c) => {
    if (options.calendarSearch === undefined)
      return fail(c, 404, { error: 'not-found', message: 'No calendar is published here.' });
    // An invalid search is the server's own data problem: onError logs it and answers 500.
    const report = await advisor.evaluate(await options.calendarSearch(), { asOf: new Date() });
    lastCalendar = reportToICalendar(report, lastCalendar ? { previous: lastCalendar } : {});
    return c.body(lastCalendar, 200, { 'content-type': 'text/calendar; charset=utf-8' });
  });

  app.post(
    '/evaluate',
    // Rejects on Content-Length first, and counts the bytes of a body sent without one.
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        fail(c, 413, {
          error: 'body-too-large',
          message: `The request body must be at most ${maxBodyBytes} bytes.`,
        }),
    }),
    async (c) => {
      const asOf = c.req.query('asOf');
      const problem = asOf === undefined ? undefined : asOfProblem(asOf);
      if (problem !== undefined)
        return fail(c, 400, { error: 'invalid-as-of', message: `${problem}.` });

      const text = await withinTime(c.req.text(), bodyTimeoutMs);
      if (text === undefined) {
        // The client stalled: answer, and close the connection rather than wait for the rest.
        c.header('Connection', 'close');
        return fail(c, 408, {
          error: 'body-timeout',
          message: `The request body must arrive within ${bodyTimeoutMs} ms.`,
        });
      }
      let search: unknown;
      try {
        search = parseJson(text, 'request body');
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return fail(c, 400, {
          error: 'invalid-json',
          message: error.message,
          ...(error.position ? { line: error.position.line, column: error.position.column } : {}),
        });
      }

      try {
        return c.json(await evaluate(search, asOf ?? new Date().toISOString()));
      } catch (error) {
        if (error instanceof EvaluationTimeoutError)
          return fail(c, 503, { error: 'evaluation-timeout', message: error.message });
        if (!(error instanceof SearchValidationError)) throw error;
        return fail(c, 400, {
          error: 'invalid-search',
          message: `The search has ${error.issues.length === 1 ? '1 problem' : `${error.issues.length} problems`}.`,
          issues: error.issues.map(({ path, message }) => ({ path, message })),
        });
      }
    },
  );

  app.notFound((c) =>
    fail(c, 404, { error: 'not-found', message: `No route for ${c.req.method} ${c.req.path}.` }),
  );
  app.onError((error, c) => {
    // A bug, not a bad request: keep the details in the log and out of the response.
    console.error(error);
    return fail(c, 500, {
      error: 'internal-error',
      message: 'Something went wrong on the server.',
    });
  });
  return app;
}
