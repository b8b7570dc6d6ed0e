import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import { terminalSafe } from '../../index';
import { evaluateNdjson, InputError, STDIN_NAME } from '../../node/index';
import { loadAdvisor } from '../advisor';
import { EXIT } from '../errors';
import type { CliIo, CommandContext, Output } from '../io';
import { addEvaluationOptions, type EvaluationOptions, SEARCH_FILE } from '../options';

/** How often the progress counter is redrawn at most, in milliseconds. */
const PROGRESS_EVERY_MS = 100;

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

async function run(file: string, options: EvaluationOptions, io: CliIo): Promise<number> {
  const asOf = options.asOf ?? new Date().toISOString();
  const { advisor } = await loadAdvisor(options);
  const name = file === '-' ? STDIN_NAME : file;
  const counter = progress(io.stderr);
  let evaluated = 0;
  let failed = 0;
  try {
    for await (const result of evaluateNdjson(readInput(file, io), {
      advisor,
      asOf,
      strict: options.strict === true,
    })) {
      const { line } = result;
      if ('error' in result) {
        failed += 1;
        counter.done();
        io.stderr.write(`${terminalSafe(`${name}: ${result.error}`)}\n`);
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
}

/**
 * `batch <file|->`: evaluates one search per line and writes one JSON line per search, as it
 * goes: `{"line":N,"report":{…}}`, or `{"line":N,"error":"…"}` for a line that is not a valid
 * search, which is also reported on standard error.
 */
export function batch(program: Command, { io, finish }: CommandContext): void {
  const command = program
    .command('batch')
    .description(
      'Evaluate many searches, one JSON search per line (NDJSON), and write one JSON report per line',
    )
    .argument(SEARCH_FILE.name, 'NDJSON file, one search per line, or - to read standard input');
  addEvaluationOptions(command);
  command.action(async (file: string, options: EvaluationOptions) =>
    finish(await run(file, options, io)),
  );
}
