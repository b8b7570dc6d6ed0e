import type { Message } from '../model/schemas';

/**
 * Messages in date order, answering "how many, and the latest, between two dates" by binary
 * search, so a fact asks about a whole company's messages in logarithmic time instead of
 * scanning them once per application.
 */
export class Timeline {
  readonly #times: readonly number[];

  /**
   * @param messages - the messages, in any order.
   * @param time - the date a message is placed at; messages without one are left out.
   */
  constructor(messages: readonly Message[], time: (message: Message) => Date | undefined) {
    const times: number[] = [];
    for (const message of messages) {
      const at = time(message);
      if (at !== undefined) times.push(at.getTime());
    }
    this.#times = times.sort((a, b) => a - b);
  }

  /** Position of the first time after `time` (`strict`), or at or after it. */
  #from(time: Date | undefined, strict: boolean): number {
    if (time === undefined) return 0;
    const t = time.getTime();
    let low = 0;
    let high = this.#times.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const value = this.#times[mid] as number;
      if (value < t || (strict && value === t)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Position just past the last time at or before `time`. */
  #to(time: Date | undefined): number {
    return time === undefined ? this.#times.length : this.#from(time, true);
  }

  /** How many messages fall from `from` (after it when `strict`) to `to` inclusive; open ends when undefined. */
  count(from: Date | undefined, to: Date | undefined, strict = false): number {
    return Math.max(0, this.#to(to) - this.#from(from, strict));
  }

  /** The latest date in that range, or undefined when it is empty. */
  latest(from: Date | undefined, to: Date | undefined, strict = false): Date | undefined {
    const end = this.#to(to);
    return end > this.#from(from, strict) ? new Date(this.#times[end - 1] as number) : undefined;
  }

  /** The first date strictly after `time`, or undefined. */
  firstAfter(time: Date): Date | undefined {
    const at = this.#times[this.#from(time, true)];
    return at === undefined ? undefined : new Date(at);
  }
}
