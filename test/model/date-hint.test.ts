import { describe, expect, it } from 'vitest';
import { parseSheetDate } from '../../src/import/dates';
import { readDateHint } from '../../src/model/date-hint';

/** What the sheet importer makes of a cell, in the hint's terms. */
function importerReading(text: string) {
  const read = parseSheetDate(text);
  if (read.ok) return read.timeDropped ? undefined : { date: read.date };
  return read.readings ? { dayFirst: read.readings[0], monthFirst: read.readings[1] } : undefined;
}

describe('readDateHint', () => {
  it.each([
    ['2026/1/5', { date: '2026-01-05' }],
    ['2026-1-5', { date: '2026-01-05' }],
    ['5.11.2026', { date: '2026-11-05' }],
    ['05.11.26', { date: '2026-11-05' }],
    ['5.11.49', { date: '2049-11-05' }],
    ['5.11.50', { date: '1950-11-05' }],
    ['Nov 25, 2026', { date: '2026-11-25' }],
    ['november 25 2026', { date: '2026-11-25' }],
    ['25 Nov 2026', { date: '2026-11-25' }],
    ['25 November 2026', { date: '2026-11-25' }],
    ['25-nov-26', { date: '2026-11-25' }],
    ['10/06/2026', { dayFirst: '2026-06-10', monthFirst: '2026-10-06' }],
    ['10-06-26', { dayFirst: '2026-06-10', monthFirst: '2026-10-06' }],
    ['13/06/2026', { date: '2026-06-13' }],
    ['06/13/2026', { date: '2026-06-13' }],
    ['05/05/2026', { date: '2026-05-05' }],
  ])('reads %j as the importer does', (text, expected) => {
    expect(readDateHint(text)).toEqual(expected);
    expect(importerReading(text)).toEqual(expected);
  });

  it.each([
    'yesterday',
    '2026-02-30',
    '30/02/2026',
    '02/30/2026',
    '31.04.2026',
    'Sept 25, 2026',
    'Nov 31, 2026',
    '25 Smarch 2026',
    '1/2/0026',
    '',
  ])('finds no date in %j, like the importer', (text) => {
    expect(readDateHint(text)).toBeUndefined();
    expect(importerReading(text)).toBeUndefined();
  });

  it('leaves a date with a time to the general message, which shows both forms', () => {
    expect(readDateHint('10/06/2026 09:30')).toBeUndefined();
    expect(readDateHint('Nov 25, 2026 9:30 AM')).toBeUndefined();
  });
});
