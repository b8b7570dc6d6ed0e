import type { Message } from '../model/schemas';
import type { MessageSelection, SearchIndex } from './search-index';

/**
 * Questions facts ask about a group of messages: how many, and the latest, between two dates;
 * the first after a date. Ranges run from `from` (after it when `strict`, else at or after it) to
 * `to` inclusive, open where a bound is undefined.
 */
export interface MessageTimeline {
  /** How many messages fall in the range. */
  count(from: Date | undefined, to: Date | undefined, strict?: boolean): number;
  /** The latest date in the range, or undefined when it is empty. */
  latest(from: Date | undefined, to: Date | undefined, strict?: boolean): Date | undefined;
  /** The first date strictly after `time`, or undefined. */
  firstAfter(time: Date): Date | undefined;
}

/** Where a message is placed: its date, or undefined to leave it out. */
type Placement = (message: Message) => Date | undefined;

function after(t: number, from: Date | undefined, strict: boolean): boolean {
  if (from === undefined) return true;
  const bound = from.getTime();
  return strict ? t > bound : t >= bound;
}

function until(t: number, to: Date | undefined): boolean {
  return to === undefined || t <= to.getTime();
}

/**
 * Messages in date order, answering by binary search, so a fact asks about a whole company's
 * messages in logarithmic time instead of scanning them once per application.
 */
export class Timeline implements MessageTimeline {
  readonly #times: readonly number[];

  /**
   * @param messages - the messages, in any order.
   * @param time - the date a message is placed at; messages without one are left out.
   */
  constructor(messages: readonly Message[], time: Placement) {
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

  count(from: Date | undefined, to: Date | undefined, strict = false): number {
    return Math.max(0, this.#to(to) - this.#from(from, strict));
  }

  latest(from: Date | undefined, to: Date | undefined, strict = false): Date | undefined {
    const end = this.#to(to);
    return end > this.#from(from, strict) ? new Date(this.#times[end - 1] as number) : undefined;
  }

  firstAfter(time: Date): Date | undefined {
    const at = this.#times[this.#from(time, true)];
    return at === undefined ? undefined : new Date(at);
  }
}

/**
 * The same answers by reading a few messages each time: for a small group, asked once or twice,
 * cheaper than sorting a copy, and nothing is kept.
 */
export class MessageScan implements MessageTimeline {
  /**
   * @param messages - the group's messages, in any order.
   * @param belongs - whether a message of the group is in it (some groups leave messages out).
   * @param selection - which of those count, asked with `index`.
   * @param time - the date a message is placed at; messages without one are left out.
   */
  constructor(
    private readonly messages: readonly Message[],
    private readonly belongs: (message: Message) => boolean,
    private readonly selection: MessageSelection,
    private readonly index: SearchIndex,
    private readonly time: Placement,
  ) {}

  count(from: Date | undefined, to: Date | undefined, strict = false): number {
    let count = 0;
    for (const message of this.messages) {
      const t = this.#timeOf(message);
      if (t !== undefined && after(t, from, strict) && until(t, to)) count += 1;
    }
    return count;
  }

  latest(from: Date | undefined, to: Date | undefined, strict = false): Date | undefined {
    return this.#extreme(from, to, strict, true);
  }

  firstAfter(time: Date): Date | undefined {
    return this.#extreme(time, undefined, true, false);
  }

  /** The latest (or earliest) date in the range, or undefined when it is empty. */
  #extreme(
    from: Date | undefined,
    to: Date | undefined,
    strict: boolean,
    latest: boolean,
  ): Date | undefined {
    let best: number | undefined;
    for (const message of this.messages) {
      const t = this.#timeOf(message);
      if (t === undefined || !after(t, from, strict) || !until(t, to)) continue;
      if (best === undefined || (latest ? t > best : t < best)) best = t;
    }
    return best === undefined ? undefined : new Date(best);
  }

  /** The time of a message that counts, or undefined. */
  #timeOf(message: Message): number | undefined {
    if (!this.belongs(message) || !this.selection.includes(message, this.index)) return undefined;
    return this.time(message)?.getTime();
  }
}
