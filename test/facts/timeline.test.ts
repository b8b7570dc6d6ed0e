import { describe, expect, it } from 'vitest';
import { indexSearch } from '../../src/facts/search-index';
import { MessageScan, type MessageTimeline, Timeline } from '../../src/facts/timeline';
import { JobSearchSchema, type Message } from '../../src/model/schemas';

const at = (day: number) => new Date(Date.UTC(2026, 10, day));
const message = (day: number, repliedDay?: number): Message =>
  ({
    id: `m${day}`,
    direction: 'inbound',
    kind: 'other',
    at: at(day),
    ...(repliedDay === undefined ? {} : { repliedAt: at(repliedDay) }),
  }) as Message;

type Build = (messages: Message[], time: (m: Message) => Date | undefined) => MessageTimeline;
const builds: [string, Build][] = [
  ['Timeline', (messages, time) => new Timeline(messages, time)],
  [
    'MessageScan',
    // Messages of days 30 and 31 are in the group's list, but day 30 does not belong to the
    // group and day 31 is not selected, so neither ever counts.
    (messages, time) =>
      new MessageScan(
        [...messages, message(30), message(31)],
        (m) => m.id !== 'm30',
        { name: 'not-31', includes: (m) => m.id !== 'm31' },
        indexSearch(JobSearchSchema.parse({})),
        time,
      ),
  ],
];

describe.each(builds)('%s', (_, build) => {
  // Out of order on purpose, with two messages on day 10.
  const timeline = build([message(20), message(10), message(5), message(10)], (m) => m.at);

  it('counts messages in a range, ends included, open when undefined', () => {
    expect(timeline.count(at(10), at(20))).toBe(3);
    expect(timeline.count(at(10), at(20), true)).toBe(1);
    expect(timeline.count(undefined, at(9))).toBe(1);
    expect(timeline.count(at(21), undefined)).toBe(0);
    expect(timeline.count(at(20), at(5))).toBe(0);
  });

  it('finds the latest date in a range and the first one after a date', () => {
    expect(timeline.latest(at(1), at(15))).toEqual(at(10));
    expect(timeline.latest(at(10), at(15), true)).toBeUndefined();
    expect(timeline.firstAfter(at(5))).toEqual(at(10));
    expect(timeline.firstAfter(at(20))).toBeUndefined();
  });

  it('places messages by the date it is given, leaving out those without one', () => {
    const replied = build([message(1, 3), message(2)], (m) => m.repliedAt);
    expect(replied.count(undefined, undefined)).toBe(1);
    expect(replied.latest(undefined, undefined)).toEqual(at(3));
  });
});
