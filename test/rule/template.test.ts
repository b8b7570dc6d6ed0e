import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  parseTemplate,
  renderTemplate,
  TemplateError,
  templatePaths,
} from '../../src/rule/template';

const render = (source: string, context: unknown) => renderTemplate(parseTemplate(source), context);

describe('message templates', () => {
  it('substitutes values, maps over lists and applies filters', () => {
    const context = {
      subjects: [
        { company: 'Acme', days: 3 },
        { company: 'Globex', days: 40 },
      ],
      share: 0.114,
      n: 1,
    };
    expect(render('{subjects.company|list}', context)).toBe('Acme and Globex');
    expect(render('{subjects.days|min|duration} to {subjects.days|max|duration}', context)).toBe(
      '3 days to 6 weeks',
    );
    expect(render('{share|percent} of {n|count:offer}', context)).toBe('11% of 1 offer');
    expect(render('{missing}!', context)).toBe('!');
  });

  it('names channels in words, and leaves any other value as it is', () => {
    expect(render('{c|channel}', { c: 'job-board' })).toBe('job boards');
    expect(render('{c|channel}', { c: 'company-site' })).toBe('company career sites');
    expect(render('{c|channel}', { c: 'carrier pigeon' })).toBe('carrier pigeon');
    expect(render('{c|channel}', { c: 'toString' })).toBe('toString');
  });

  it('keeps or drops sections on truthiness', () => {
    expect(render('a{#x} b{/x}{^x} c{/x}.', { x: 0 })).toBe('a c.');
    expect(render('a{#x} b{/x}{^x} c{/x}.', { x: [1] })).toBe('a b.');
    expect(
      render('{#subjects.1}many{/subjects.1}{^subjects.1}one{/subjects.1}', { subjects: [{}] }),
    ).toBe('one');
  });

  it('formats durations for people', () => {
    expect(formatDuration(0.4)).toBe('less than a day');
    expect(formatDuration(1)).toBe('1 day');
    expect(formatDuration(20.9)).toBe('20 days');
    expect(formatDuration(35)).toBe('5 weeks');
  });

  it('lists the paths a template reads', () => {
    expect(templatePaths(parseTemplate('{a.b} {#c}{d|list}{/c}'))).toEqual(['a.b', 'c', 'd']);
  });

  it('rejects malformed templates', () => {
    expect(() => parseTemplate('{#a}x')).toThrow(TemplateError);
    expect(() => parseTemplate('{#a}x{/b}')).toThrow(/closes/);
    expect(() => parseTemplate('{/a}')).toThrow(/closes nothing/);
    expect(() => parseTemplate('{a|nope}')).toThrow(/unknown filter/);
    expect(() => parseTemplate('{a[0]}')).toThrow(/plain dotted path/);
    expect(() => parseTemplate('{a.__proto__}')).toThrow(/not allowed/);
  });
});
