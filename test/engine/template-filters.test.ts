import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate } from '../../src/rule/template';

const render = (source: string, context: unknown) => renderTemplate(parseTemplate(source), context);

describe('template filters on the values rule authors meet', () => {
  const context = {
    company: 'Acme',
    companies: ['Acme', 'Globex', 'Initech', 'Umbrella'],
    days: 12,
    seenAt: '2026-11-20T09:30:00Z',
    share: 0.004,
    name: 'Jordan LEE',
    outlook: { cold: 3 },
    unknown: null,
  };

  it('lists one value, or the first few and how many others', () => {
    expect(render('{company|list}', context)).toBe('Acme');
    expect(render('{companies|list:2}', context)).toBe('Acme, Globex and 2 others');
    expect(render('{companies|list:3}', context)).toBe('Acme, Globex, Initech and 1 other');
    expect(render('{companies}', context)).toBe('Acme, Globex, Initech and Umbrella');
  });

  it('names at most ten items of a list without a limit, and counts the rest', () => {
    const names = (count: number) => Array.from({ length: count }, (_, i) => `C${i + 1}`);
    expect(render('{names|list}', { names: names(10) })).toBe(
      'C1, C2, C3, C4, C5, C6, C7, C8, C9 and C10',
    );
    expect(render('{names|list}', { names: names(50) })).toBe(
      'C1, C2, C3, C4, C5, C6, C7, C8, C9, C10 and 40 others',
    );
  });

  it('takes the smallest or largest of one number as the number itself', () => {
    expect(render('{days|min} {days|max}', context)).toBe('12 12');
  });

  it('counts with a given plural, and reads text that is not a number as zero', () => {
    expect(render('{days|count:company:companies}', context)).toBe('12 companies');
    expect(render('{name|round}', context)).toBe('0');
  });

  it('shows the day of a date-time, and nothing for an unknown date', () => {
    expect(render('on {seenAt|date}', context)).toBe('on 2026-11-20');
    expect(render('[{unknown|date}]', context)).toBe('[]');
  });

  it('lowers text and calls a tiny share "under 1%"', () => {
    expect(render('{name|lower}: {share|percent}', context)).toBe('jordan lee: under 1%');
  });

  it('never prints an object', () => {
    expect(render('[{outlook}]', context)).toBe('[]');
  });

  it('picks words by how many there are, instead of sections on the second item', () => {
    const one = { subjects: ['Acme'] };
    const many = { subjects: ['Acme', 'Globex'] };
    const source = 'Follow up on {subjects|plural:this application:these applications}.';
    expect(render(source, one)).toBe('Follow up on this application.');
    expect(render(source, many)).toBe('Follow up on these applications.');
    expect(render('{days|plural:day:days}', context)).toBe('days');
  });

  it('falls back when a value is empty', () => {
    expect(render('{unknown|or:an unnamed role}', context)).toBe('an unnamed role');
    expect(render('{company|or:a company}', context)).toBe('Acme');
    expect(render('{missing|lower|or:nothing}', context)).toBe('nothing');
  });
});
