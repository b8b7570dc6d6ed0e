// The HTTP service as a Hono app, separate from the server that listens, so tests can serve it on
// a port of their choosing. Run it with `npm run example:http` (see server.ts).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  type Advisor,
  createAdvisor,
  SearchValidationError,
  type Severity,
} from 'job-search-health';
import { reportToICalendar } from 'job-search-health/calendar';
import { InputError, parseJson } from 'job-search-health/node';

/** The largest request body `POST /evaluate` accepts unless told otherwise: 1 MB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

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

type ErrorStatus = 400 | 404 | 413 | 500;

const fail = (c: Context, status: ErrorStatus, body: ErrorBody) => c.json(body, status);

/** A calendar date such as `2026-11-25`, checked to exist (no 30 February). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
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
 *   report, 400 for invalid JSON, an invalid search or a bad `asOf`, and 413 for a body over the
 *   size limit.
 * - `GET /rules`: the rules in force.
 * - `GET /healthz`: `{ "status": "ok" }` while the service runs.
 * - `GET /calendar.ics`: the dated actions of `calendarSearch`'s report, for calendar apps to
 *   subscribe to; events that changed since the last answer get a higher `SEQUENCE`.
 *
 * One advisor serves every request: its rules are compiled once, and it queues concurrent
 * evaluations itself.
 */
export function createApp(options: AppOptions = {}): Hono {
  const advisor = options.advisor ?? createAdvisor();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
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
      if (asOf !== undefined && !isCalendarDate(asOf))
        return fail(c, 400, {
          error: 'invalid-as-of',
          message: `asOf must be a date written YYYY-MM-DD, got ${JSON.stringify(asOf)}.`,
        });

      let search: unknown;
      try {
        search = parseJson(await c.req.text(), 'request body');
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return fail(c, 400, {
          error: 'invalid-json',
          message: error.message,
          ...(error.position ? { line: error.position.line, column: error.position.column } : {}),
        });
      }

      try {
        return c.json(await advisor.evaluate(search, { asOf: asOf ?? new Date() }));
      } catch (error) {
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
