import { describe, expect, it } from 'vitest';
import { EARLIEST_AS_OF, evaluateSearch, LATEST_AS_OF, parseAsOf } from '../../src/index';
import { buildSearch } from '../helpers/search';

describe('parseAsOf', () => {
  it('reads a calendar date as midnight UTC and a date-time with its zone', () => {
    expect(parseAsOf('2026-11-25').toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(parseAsOf('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseAsOf('2026-11-25T09:00:00-05:00').toISOString()).toBe('2026-11-25T14:00:00.000Z');
    expect(parseAsOf('2026-11-25T09:00:00.250Z').toISOString()).toBe('2026-11-25T09:00:00.250Z');
    const date = new Date('2026-11-25T10:00:00Z');
    expect(parseAsOf(date)).toEqual(date);
    expect(parseAsOf(date)).not.toBe(date);
  });

  it('defaults to the current time', () => {
    const before = Date.now();
    const now = parseAsOf(undefined).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  const SHAPES = /^asOf must be a date written YYYY-MM-DD .* with seconds and a time zone/;
  const refused: [unknown, string][] = [
    ['2026-02-30', '"2026-02-30"'],
    ['2025-02-29', '"2025-02-29"'],
    ['2026-11-25T10:00:00', '"2026-11-25T10:00:00"'],
    ['2026-11-25 10:00:00Z', '"2026-11-25 10:00:00Z"'],
    ['2026-11-25T24:00:00Z', '"2026-11-25T24:00:00Z"'],
    ['25/11/2026', '"25/11/2026"'],
    ['Wed Nov 25 2026', '"Wed Nov 25 2026"'],
    ['0', '"0"'],
    ['', '""'],
    [null, 'null'],
    [0, 'the number 0'],
    [1764028800000, 'the number 1764028800000'],
    [true, 'the boolean true'],
    [{}, 'an object [object Object]'],
  ];
  for (const [value, shown] of refused)
    it(`refuses ${shown}`, () => {
      expect(() => parseAsOf(value)).toThrow(RangeError);
      expect(() => parseAsOf(value)).toThrow(SHAPES);
      expect(() => parseAsOf(value)).toThrow(`, got ${shown}`);
    });

  it('refuses an invalid Date and dates outside the accepted years', () => {
    expect(() => parseAsOf(new Date(Number.NaN))).toThrow('asOf must be a valid Date');
    const range = `asOf must be between ${EARLIEST_AS_OF} and ${LATEST_AS_OF}`;
    for (const value of ['9999-12-31', '9001-01-01', '1899-12-31', '0000-01-01'])
      expect(() => parseAsOf(value)).toThrow(range);
    expect(() => parseAsOf('9000-12-31T23:00:00-05:00')).toThrow(range);
    expect(() => parseAsOf(new Date(8.64e15))).toThrow(range);
    expect(parseAsOf(LATEST_AS_OF).toISOString()).toBe('9000-12-31T00:00:00.000Z');
  });

  it('is what evaluate uses', async () => {
    await expect(evaluateSearch(buildSearch({}), { asOf: '2026-11-25T10:00:00' })).rejects.toThrow(
      SHAPES,
    );
    const report = await evaluateSearch(buildSearch({}), { asOf: LATEST_AS_OF });
    expect(JSON.stringify(report)).not.toMatch(/[+-]0\d{5}-/);
  });
});
