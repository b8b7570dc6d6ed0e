// A fixed set of worker threads that evaluate searches, one at a time each, with a time limit.
import { Worker } from 'node:worker_threads';
import { type HealthReport, SearchValidationError, type ValidationIssue } from 'job-search-health';

/** What the pool sends a worker. */
export interface EvaluationRequest {
  readonly id: number;
  readonly search: unknown;
  /** Already checked with `parseAsOf`. */
  readonly asOf: string;
}

/** What a worker answers: a report, the issues of an invalid search, or an unexpected failure. */
export type EvaluationReply =
  | { readonly id: number; readonly report: HealthReport }
  | { readonly id: number; readonly issues: readonly ValidationIssue[] }
  | { readonly id: number; readonly failure: string };

/** Thrown when an evaluation takes longer than the pool allows; its worker is replaced. */
export class EvaluationTimeoutError extends Error {
  /** @param ms - the time limit that was reached. */
  constructor(ms: number) {
    super(`The evaluation took longer than ${ms} ms.`);
    this.name = 'EvaluationTimeoutError';
  }
}

/** Options of {@link createWorkerPool}. */
export interface PoolOptions {
  /** How many worker threads evaluate at once (default 2). */
  readonly size?: number;
  /** Longest an evaluation may take before its worker is stopped (default 30 s). */
  readonly timeoutMs?: number;
}

/** Evaluations on worker threads. */
export interface WorkerPool {
  /** Evaluates a search on a free worker, or once one is free. */
  evaluate(search: unknown, asOf: string): Promise<HealthReport>;
  /** Stops every worker; evaluations still waiting are rejected. */
  close(): Promise<void>;
}

interface Job extends EvaluationRequest {
  resolve(report: HealthReport): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

const WORKER = new URL('./worker-thread.mjs', import.meta.url);

/** Starts `size` worker threads, each running `worker.ts` (through `worker-thread.mjs`). */
export function createWorkerPool(options: PoolOptions = {}): WorkerPool {
  const size = options.size ?? 2;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const waiting: Job[] = [];
  let nextId = 0;
  let closed = false;

  const finish = (slot: Slot): Job | undefined => {
    const { job } = slot;
    clearTimeout(slot.timer);
    slot.job = undefined;
    return job;
  };

  const start = (slot: Slot) => {
    const job = closed ? undefined : waiting.shift();
    if (!job) return;
    slot.job = job;
    slot.timer = setTimeout(() => {
      // A runaway evaluation cannot be interrupted inside the thread: replace the thread.
      finish(slot)?.reject(new EvaluationTimeoutError(timeoutMs));
      void slot.worker.terminate();
      slot.worker = spawn(slot);
      start(slot);
    }, timeoutMs);
    slot.worker.postMessage({ id: job.id, search: job.search, asOf: job.asOf });
  };

  const spawn = (slot: Slot): Worker => {
    const worker = new Worker(WORKER);
    worker.on('message', (reply: EvaluationReply) => {
      if (slot.job?.id !== reply.id) return;
      const job = finish(slot);
      if ('report' in reply) job?.resolve(reply.report);
      else if ('issues' in reply) job?.reject(new SearchValidationError(reply.issues));
      else job?.reject(new Error(reply.failure));
      start(slot);
    });
    worker.on('error', (error) => {
      finish(slot)?.reject(error);
      if (closed) return;
      slot.worker = spawn(slot);
      start(slot);
    });
    return worker;
  };

  const slots: Slot[] = [];
  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: undefined as unknown as Worker, job: undefined, timer: undefined };
    slot.worker = spawn(slot);
    slots.push(slot);
  }

  return {
    evaluate(search, asOf) {
      if (closed) return Promise.reject(new Error('The worker pool is closed.'));
      return new Promise<HealthReport>((resolve, reject) => {
        waiting.push({ id: nextId++, search, asOf, resolve, reject });
        const free = slots.find((s) => s.job === undefined);
        if (free) start(free);
      });
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(new Error('The worker pool is closed.'));
      await Promise.all(
        slots.map((slot) => {
          finish(slot)?.reject(new Error('The worker pool is closed.'));
          return slot.worker.terminate();
        }),
      );
    },
  };
}
