import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/facts/dates';

const DAY_MS = 86_400_000;

describe('isoDay', () => {
  it('writes the UTC day of any time of day, for more days than it keeps', () => {
    const start = Date.UTC(1999, 11, 31);
    for (let day = 0; day < 5000; day++)
      for (const ms of [0, 1, DAY_MS / 2, DAY_MS - 1]) {
        const date = new Date(start + day * DAY_MS + ms);
        expect(isoDay(date)).toBe(date.toISOString().slice(0, 10));
      }
  });

  it('places times before 1970 on the right day', () => {
    expect(isoDay(new Date('1969-12-31T23:59:59.999Z'))).toBe('1969-12-31');
    expect(isoDay(new Date('1960-02-29T00:00:00Z'))).toBe('1960-02-29');
  });
});
