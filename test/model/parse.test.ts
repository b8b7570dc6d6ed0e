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

  it('ignores unknown keys by default, as warnings, and rejects them when strict', () => {
    const input = {
      companies: [{ id: 'a', name: 'A', crmId: 42 }],
      messages: [
        {
          id: 'm',
          direction: 'inbound',
          kind: 'outreach',
          at: '2026-11-02',
          repliedat: '2026-11-03',
        },
      ],
      extra: true,
    };
    const expected = [
      {
        path: 'companies[0].crmId',
        keys: ['companies', 0, 'crmId'],
        code: 'unknown-key',
        message: 'is not a field here (value 42): did you mean "id"?',
      },
      {
        path: 'messages[0].repliedat',
        keys: ['messages', 0, 'repliedat'],
        code: 'unknown-key',
        message: 'is not a field here (value "2026-11-03"): did you mean "repliedAt"?',
      },
      {
        path: 'extra',
        keys: ['extra'],
        code: 'unknown-key',
        message:
          'is not a field here (value true); fields are $comment, $schema, version, candidate, companies, contacts, applications, referrals, messages, interviews, offers',
      },
    ];
    const lenient = safeParseSearch(input);
    expect(lenient.success).toBe(true);
    expect(lenient.warnings).toEqual(expected);
    expect(parseSearch(input).companies[0]).toEqual({ id: 'a', name: 'A' });
    const strict = safeParseSearch(input, { strict: true });
    expect(strict.success).toBe(false);
    expect(strict.warnings).toEqual([]);
    if (!strict.success) expect(strict.error.issues).toEqual(expected);
  });

  it('accepts $comment in every object, as the starter file writes it, even when strict', () => {
    const input = {
      $comment: 'a note',
      candidate: { $comment: 'who', goals: { $comment: 'targets', weeklyApplications: 5 } },
      companies: [{ $comment: 'c', id: 'a', name: 'A' }],
      applications: [
        {
          $comment: 'x',
          id: 'x',
          companyId: 'a',
          role: 'Analyst',
          channel: 'job-board',
          stage: 'applied',
          stageHistory: [{ $comment: 's', stage: 'applied', at: '2026-11-02' }],
        },
      ],
    };
    expect(safeParseSearch(input, { strict: true })).toMatchObject({ success: true, warnings: [] });
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
    expect(byPath['applications[0].appliedAt']).toBe(
      '"2026-02-30" must be a date like 2026-11-25, or a date-time with a time zone like 2026-11-25T09:30:00Z',
    );
    expect(byPath['applications[1].companyId']).toBe(
      'refers to "ghost", which is not an id in companies',
    );
    expect(byPath['applications[1].channel']).toMatch(/^"fax" must be one of "job-board"/);
    expect(byPath['applications[1].interest']).toBe('9 must be at most 5');
    expect(byPath['applications[2].role']).toBe('must be a string, got 42');
    expect(byPath['applications[2].referralId']).toMatch(/not an id in referrals/);
    expect(byPath['messages[0].at']).toMatch(/^"yesterday" must be a date like /);
    expect(byPath['messages[0].contactId']).toMatch(/not an id in contacts/);
    expect(byPath['interviews[0].applicationId']).toMatch(/not an id in applications/);
    expect(byPath['offers[0].expiresAt']).toMatch(/^5 must be a date like /);
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
    expect(issuesOf([])).toEqual([
      { path: '', keys: [], code: 'wrong-type', message: 'must be an object, got an array' },
    ]);
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

describe('validation messages say what was found and how to fix it', () => {
  const base = {
    companies: [{ id: 'c', name: 'C' }],
    applications: [] as Record<string, unknown>[],
  };
  const application = (fields: Record<string, unknown>) => ({
    ...base,
    applications: [
      {
        id: 'a5',
        companyId: 'c',
        role: 'Analyst',
        channel: 'job-board',
        stage: 'applied',
        ...fields,
      },
    ],
  });
  const only = (input: unknown) => {
    const [issue, ...rest] = issuesOf(input);
    expect(rest).toEqual([]);
    return { path: issue?.path, code: issue?.code, message: issue?.message };
  };

  it.each([
    [
      'a date in another form, with the ISO form of the same day',
      { appliedAt: '10/06/2026' },
      'appliedAt',
      'bad-date',
      '"10/06/2026" must be a date like 2026-10-06 (or 2026-06-10 if the day comes first)',
    ],
    [
      'an unambiguous date in another form',
      { appliedAt: 'Nov 25, 2026' },
      'appliedAt',
      'bad-date',
      '"Nov 25, 2026" must be a date like 2026-11-25',
    ],
    [
      'a date-time without a zone',
      { postedAt: '2026-11-25T09:30:00' },
      'postedAt',
      'bad-date',
      '"2026-11-25T09:30:00" must have a time zone, like 2026-11-25T09:30:00Z or 2026-11-25T09:30:00+01:00',
    ],
    [
      'a misspelt stage, with the closest one',
      { stage: 'interviwing' },
      'stage',
      'not-one-of',
      '"interviwing" must be one of "saved", "applied", "screening", "interviewing", "final-round", "offer", "accepted", "declined", "rejected", "withdrawn", "closed": did you mean "interviewing"?',
    ],
    [
      'a missing enum field',
      { stage: undefined },
      'stage',
      'required',
      'is required: one of "saved", "applied", "screening", "interviewing", "final-round", "offer", "accepted", "declined", "rejected", "withdrawn", "closed"',
    ],
    [
      'a share written as a percentage',
      { qualificationMatch: 70 },
      'qualificationMatch',
      'not-a-share',
      '70 must be a share between 0 and 1 (0.7 means 70%)',
    ],
    [
      'a fraction for a count',
      { interest: 2.5 },
      'interest',
      'not-whole-number',
      '2.5 must be a whole number',
    ],
  ])('%s', (_, fields, field, code, message) => {
    expect(only(application(fields))).toEqual({ path: `applications[0].${field}`, code, message });
  });

  it('says a count must be whole and a goal share must be a share', () => {
    expect(only({ candidate: { goals: { weeklyApplications: 2.5 } } }).message).toBe(
      '2.5 must be a whole number',
    );
    expect(only({ candidate: { goals: { offerProbability: -0.2 } } }).message).toBe(
      '-0.2 must be a share between 0 and 1 (0.7 means 70%)',
    );
    expect(only({ candidate: { name: 'x'.repeat(501) } }).message).toBe(
      'must be at most 500 characters long',
    );
  });
});

describe('a missing date', () => {
  it('is required, with the shapes a date may take', () => {
    const result = safeParseSearch({
      version: 1,
      messages: [{ id: 'm1', direction: 'inbound', kind: 'other' }],
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues).toContainEqual(
        expect.objectContaining({
          path: 'messages[0].at',
          code: 'required',
          message:
            'is required: a date like 2026-11-25, or a date-time with a time zone like 2026-11-25T09:30:00Z',
        }),
      );
  });
});
