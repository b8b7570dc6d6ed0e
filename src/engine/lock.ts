/**
 * Runs tasks one at a time. json-rules-engine keeps a run status per engine, so overlapping
 * runs on the same engines could skip rules; an advisor serialises its evaluations with this.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task queued before it has settled. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task, task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
