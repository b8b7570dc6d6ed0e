import {
  type Advisor,
  createAdvisor,
  type EvaluateOptions,
  type HealthReport,
  SearchValidationError,
  type ValidationIssue,
} from '../index';
import { findJsonSyntaxError } from './json';

/** One line of an NDJSON batch: its report, or why it has none. */
export type BatchResult =
  | {
      /** 1-based line number in the input. */
      readonly line: number;
      /** The search on that line, as parsed from JSON. */
      readonly search: unknown;
      /** Its health report. */
      readonly report: HealthReport;
    }
  | {
      /** 1-based line number in the input. */
      readonly line: number;
      /** What is wrong with the line, starting with `line N`. */
      readonly error: string;
      /** For a line that is JSON but not a valid search: the JSON as parsed. */
      readonly search?: unknown;
      /** For that line too: every problem found. */
      readonly issues?: readonly ValidationIssue[];
    };

/** Options of {@link evaluateNdjson}. */
export interface BatchOptions extends EvaluateOptions {
  /** The advisor that evaluates every line (default: `createAdvisor()`). */
  readonly advisor?: Advisor;
}

/** Issues listed in a line's error before the rest are counted. */
const ISSUES_SHOWN = 3;

function describeSyntax(line: number, text: string, error: unknown): string {
  const problem = findJsonSyntaxError(text);
  if (problem === undefined) return `line ${line}: not valid JSON (${String(error)})`;
  return `line ${line}, column ${problem.column}: not valid JSON: ${problem.reason}`;
}

function describeIssues(line: number, error: SearchValidationError): string {
  const shown = error.issues
    .slice(0, ISSUES_SHOWN)
    .map((issue) => `${issue.path === '' ? '(root)' : issue.path}: ${issue.message}`);
  const rest = error.issues.length - shown.length;
  return `line ${line}: not a valid job search: ${shown.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}

/** A line without the carriage return of a `\r\n` line break. */
function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * The lines of a stream of text, each without its line break (`\n` or `\r\n`), read only as the
 * caller asks for them: nothing is read ahead of the line being handled but the current chunk.
 * (`node:readline` reads up to a thousand lines ahead, which for searches of a few kilobytes each
 * held tens of megabytes.) A line longer than a chunk is kept as its pieces and joined once, so
 * a long line costs time in proportion to its length.
 */
async function* linesOf(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let pieces: string[] = [];
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      pieces.push(text.slice(start, end));
      yield withoutCarriageReturn(pieces.join(''));
      pieces = [];
      start = end + 1;
    }
    if (start < text.length) pieces.push(text.slice(start));
  }
  pieces.push(decoder.decode());
  const last = pieces.join('');
  if (last !== '') yield withoutCarriageReturn(last);
}

/**
 * Evaluates a stream of searches written one per line (NDJSON), one line at a time: each line is
 * read, evaluated and handed on before the next is read, so memory stays flat however long the
 * input. Blank lines are skipped. A line that is not JSON, or not a valid search, yields an error
 * naming its line number, and the batch goes on.
 *
 * Every line is evaluated at the same date: `asOf`, or the time the batch started.
 *
 * @param input - the text, as a stream of chunks (a file stream, `process.stdin`, ...).
 * @param options - the advisor, the evaluation date and parsing options.
 * @throws only what reading `input` throws, and errors that are not about the search itself
 * (a failing custom fact, say).
 */
export async function* evaluateNdjson(
  input: AsyncIterable<string | Uint8Array>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult> {
  const { advisor = createAdvisor(), asOf = new Date(), ...rest } = options;
  let line = 0;
  for await (const raw of linesOf(input)) {
    line += 1;
    // A byte order mark may open the first line.
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === '') continue;
    let search: unknown;
    try {
      search = JSON.parse(text);
    } catch (error) {
      yield { line, error: describeSyntax(line, text, error) };
      continue;
    }
    try {
      yield { line, search, report: await advisor.evaluate(search, { ...rest, asOf }) };
    } catch (error) {
      if (!(error instanceof SearchValidationError)) throw error;
      yield { line, error: describeIssues(line, error), search, issues: error.issues };
    }
  }
}
