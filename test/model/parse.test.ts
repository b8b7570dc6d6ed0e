import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSearch, SearchValidationError, safeParseSearch } from '../../src/index';

const story = JSON.parse(
  readFileSync(new URL('../../examples/story/search.json', import.meta.url), 'utf8'),
);

function issuesOf(input: unknown) {
  const result = safeParseSearch(input);
  if (result.success) throw new Error('expected the search to be invalid');
  return result.error.issues;
}

describe('parseSearch', () => {
  it('parses the story, turning dates into Date objects and filling missing lists', () => {
    const search = parseSearch(story);
    expect(search.applications[0]?.appliedAt).toEqual(new Date('2026-10-12T00:00:00Z'));
    expect(search.messages[0]?.at).toEqual(new Date('2026-10-29T18:00:00Z'));
    expect(parseSearch({}).offers).toEqual([]);
  });

  it('ignores unknown keys by default and rejects them when strict', () => {
    const input = { companies: [{ id: 'a', name: 'A', crmId: 42 }], extra: true };
    expect(parseSearch(input).companies[0]).toEqual({ id: 'a', name: 'A' });
    const result = safeParseSearch(input, { strict: true });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(2);
      expect(result.error.issues).toEqual(
        expect.arrayContaining([
          { path: '', message: 'has unknown key "extra"' },
          { path: 'companies[0]', message: 'has unknown key "crmId"' },
        ]),
      );
    }
  });

  it('reports every problem at once, each with its path', () => {
    const issues = issuesOf({
      companies: [{ id: 'a', name: 'A' }, { id: 'a', name: 'Again' }, { name: 'No id' }],
      applications: [
        {
          id: 'x',
          companyId: 'a',
          role: 'Analyst',
          channel: 'job-board',
          stage: 'applied',
          appliedAt: '2026-02-30',
        },
        {
          id: 'y',
          companyId: 'ghost',
          role: 'Analyst',
          channel: 'fax',
          stage: 'applied',
          interest: 9,
        },
        {
          id: 'z',
          companyId: 'a',
          role: 42,
          channel: 'referral',
          stage: 'saved',
          referralId: 'nope',
        },
      ],
      messages: [
        { id: 'm', direction: 'inbound', kind: 'outreach', at: 'yesterday', contactId: 'who' },
      ],
      interviews: [{ id: 'i', applicationId: 'missing', at: '2026-11-01' }],
      offers: [
        { id: 'o', applicationId: 'x', receivedAt: '2026-11-01', status: 'pending', expiresAt: 5 },
      ],
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath['companies[1].id']).toMatch(/duplicate id "a".*companies\[0\]/);
    expect(byPath['companies[2].id']).toMatch(/required/);
    expect(byPath['applications[0].appliedAt']).toMatch(/ISO 8601 date/);
    expect(byPath['applications[1].companyId']).toBe(
      'refers to "ghost", which is not an id in companies',
    );
    expect(byPath['applications[1].channel']).toMatch(/must be one of "job-board"/);
    expect(byPath['applications[1].interest']).toBe('must be at most 5');
    expect(byPath['applications[2].role']).toBe('must be a string, got a number');
    expect(byPath['applications[2].referralId']).toMatch(/not an id in referrals/);
    expect(byPath['messages[0].at']).toMatch(/ISO 8601/);
    expect(byPath['messages[0].contactId']).toMatch(/not an id in contacts/);
    expect(byPath['interviews[0].applicationId']).toMatch(/not an id in applications/);
    expect(byPath['offers[0].expiresAt']).toMatch(/ISO 8601/);
  });

  it('throws a SearchValidationError whose message reads well on its own', () => {
    let error: unknown;
    try {
      parseSearch({ applications: [{ id: 'x' }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SearchValidationError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Invalid job search \(\d+ problems\):/);
    expect(message).toContain('applications[0].companyId: is required');
  });

  it('rejects a search that is not an object', () => {
    expect(issuesOf([])).toEqual([{ path: '', message: 'must be an object, got an array' }]);
    expect(issuesOf(null)[0]?.message).toBe('must be an object, got null');
  });

  it('never modifies its input', () => {
    const copy = structuredClone(story);
    parseSearch(story);
    safeParseSearch({ ...story, companies: [] });
    expect(story).toEqual(copy);
  });

  it('accepts dates with time zones and rejects impossible ones', () => {
    const at = (value: string) =>
      safeParseSearch({
        companies: [{ id: 'c', name: 'C' }],
        messages: [{ id: 'm', direction: 'inbound', kind: 'other', at: value }],
      });
    expect(at('2026-11-25T09:30:00+02:00').success).toBe(true);
    expect(at('2024-02-29').success).toBe(true);
    expect(at('2026-02-29').success).toBe(false);
    expect(at('2026-11-25T09:30:00').success).toBe(false);
  });
});
