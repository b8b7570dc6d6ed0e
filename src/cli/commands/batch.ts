import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { defineCommand } from 'citty';
import { evaluateNdjson, InputError, STDIN_NAME } from '../../node/index';
import { loadAdvisor } from '../advisor';
import { dateOption, repeated, shared } from '../args';
import { EXIT } from '../errors';
import { type CliIo, ioOf, type Output } from '../io';

/** How often the progress counter is redrawn at most, in milliseconds. */
const PROGRESS_EVERY_MS = 100;

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters replaced.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Control, escape and bidi-override characters of input, shown as `\u{…}` so a terminal never obeys them. */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}

/** A one-line counter on standard error, redrawn in place, only when it is a terminal. */
function progress(stderr: Output) {
  if (!stderr.isTTY) return { update() {}, done() {} };
  let drawn = 0;
  const draw = (evaluated: number, failed: number) =>
    stderr.write(
      `\r${evaluated} searches evaluated${failed > 0 ? `, ${failed} lines refused` : ''}`,
    );
  return {
    update(evaluated: number, failed: number) {
      const now = performance.now();
      if (now - drawn < PROGRESS_EVERY_MS) return;
      drawn = now;
      draw(evaluated, failed);
    },
    done() {
      // Carriage return, then erase to the end of the line.
      stderr.write('\r\u001b[K');
    },
  };
}

/** Writes, then waits while a stream's buffer is full, so a slow reader holds back the batch. */
async function write(output: Output, text: string): Promise<void> {
  if (output.write(text) === false && 'once' in output)
    await once(output as unknown as NodeJS.EventEmitter, 'drain');
}

/** The input: a file, read as a stream, or standard input for `-`. */
async function* readInput(file: string, io: CliIo): AsyncIterable<string | Uint8Array> {
  if (file === '-') {
    yield* io.stdin;
    return;
  }
  try {
    yield* createReadStream(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('not-found', file, `${file}: file not found`);
    if (code === 'EISDIR')
      throw new InputError('unreadable', file, `${file}: is a directory, not a file`);
    throw error;
  }
}

/**
 * `batch <file|->`: evaluates one search per line and writes one JSON line per search, as it
 * goes: `{"line":N,"report":{…}}`, or `{"line":N,"error":"…"}` for a line that is not a valid
 * search, which is also reported on standard error.
 */
export const batch = defineCommand({
  meta: {
    name: 'batch',
    description:
      'Evaluate many searches, one JSON search per line (NDJSON), and write one JSON report per line',
  },
  args: {
    file: {
      ...shared.file,
      description: 'NDJSON file, one search per line, or - to read standard input',
    },
    'as-of': shared['as-of'],
    config: shared.config,
    rules: shared.rules,
    strict: shared.strict,
  },
  async run(context) {
    const { args, rawArgs } = context;
    const io = ioOf(context);
    const asOf = dateOption(args['as-of'], '--as-of') ?? new Date().toISOString();
    const { advisor } = await loadAdvisor({
      config: args.config,
      rules: repeated(rawArgs, 'rules'),
    });
    const name = args.file === '-' ? STDIN_NAME : args.file;
    const counter = progress(io.stderr);
    let evaluated = 0;
    let failed = 0;
    try {
      for await (const result of evaluateNdjson(readInput(args.file, io), {
        advisor,
        asOf,
        strict: args.strict === true,
      })) {
        const { line } = result;
        if ('error' in result) {
          failed += 1;
          counter.done();
          io.stderr.write(`${printable(`${name}: ${result.error}`)}\n`);
          await write(io.stdout, `${JSON.stringify({ line, error: result.error })}\n`);
        } else {
          evaluated += 1;
          await write(io.stdout, `${JSON.stringify({ line, report: result.report })}\n`);
        }
        counter.update(evaluated, failed);
      }
    } finally {
      counter.done();
    }
    return failed > 0 ? EXIT.invalid : EXIT.ok;
  },
});
