import { describe, expect, it } from 'vitest';
import { fromRows, type ImportIssue, parseDelimited, parseSheetDate } from '../../src/import/index';

const HEADER = ['Company', 'Role', 'Stage', 'Date Applied'];
const messages = (issues: readonly ImportIssue[]) => issues.map((i) => i.message);

describe('fromRows: problems name their row and column', () => {
  it('lists an unknown status with its row, and suggests the closest word', () => {
    const result = fromRows([
      HEADER,
      ['Acme', 'Analyst', 'Applied', '2026-11-02'],
      ['Globex', 'Analyst', 'Intervew', '2026-11-03'],
      ['Initech', 'Analyst', 'Blorptastic', '2026-11-04'],
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        code: 'unknown-status',
        row: 3,
        column: 'Stage',
        value: 'Intervew',
        message:
          'row 3, column Stage: "Intervew" is not a status I know: did you mean "Interview"?',
      },
      expect.objectContaining({
        row: 4,
        message: expect.stringMatching(
          /^row 4, column Stage: "Blorptastic" is not a status I know: use a stage name \(saved, applied, /,
        ),
      }),
    ]);
    // The rows without a problem are still built.
    expect(result.applications).toBe(1);
  });

  it('takes status words of the caller', () => {
    const result = fromRows([HEADER, ['Acme', 'Analyst', 'Waiting on them', '2026-11-02']], {
      statuses: { 'waiting on them': 'applied' },
    });
    expect(result.ok).toBe(true);
    expect(result.search.applications?.[0]?.stage).toBe('applied');
  });

  it('reports an empty company or role, and a bad or ambiguous date, with the fix', () => {
    const result = fromRows([
      HEADER,
      ['', 'Analyst', 'Applied', '2026-11-02'],
      ['Acme', '', 'Applied', '2026-11-02'],
      ['Acme', 'Analyst', 'Applied', 'last tuesday'],
      ['Acme', 'Analyst', 'Applied', '03/04/2026'],
    ]);
    expect(messages(result.issues)).toEqual([
      'row 2, column Company: empty: every application needs its company',
      'row 3, column Role: empty: every application needs its role',
      'row 4, column Date Applied: "last tuesday" is not a date: write it like 2026-11-25, 11/25/2026, 25.11.2026 or Nov 25, 2026',
      'row 5, column Date Applied: "03/04/2026" could be 2026-04-03 or 2026-03-04: give the sheet\'s date format, such as dd/MM/yyyy or MM/dd/yyyy',
    ]);
  });

  it('settles dates like 03/04/2026 from the date format, or from the other dates of the sheet', () => {
    const rows = [HEADER, ['Acme', 'Analyst', 'Applied', '03/04/2026']];
    const dayFirst = fromRows(rows, { dateFormat: 'dd/MM/yyyy' });
    expect(dayFirst.search.applications?.[0]?.appliedAt).toBe('2026-04-03');
    const monthFirst = fromRows(rows, { dateFormat: 'MM/dd/yyyy' });
    expect(monthFirst.search.applications?.[0]?.appliedAt).toBe('2026-03-04');
    const inferred = fromRows([...rows, ['Globex', 'Analyst', 'Applied', '25/03/2026']]);
    expect(inferred.ok).toBe(true);
    expect(inferred.search.applications?.map((a) => a.appliedAt)).toEqual([
      '2026-04-03',
      '2026-03-25',
    ]);
  });

  it('finds the header below a title, ignoring case and punctuation', () => {
    const result = fromRows([
      ['My job search'],
      [],
      ['COMPANY NAME', 'job_title', 'Application-Status', 'applied on'],
      ['Acme', 'Analyst', 'phone SCREEN', 'Nov 2, 2026'],
    ]);
    expect(result.ok).toBe(true);
    expect(result.columns.map((c) => c.field)).toEqual(['company', 'role', 'status', 'appliedAt']);
    expect(result.search.applications?.[0]).toMatchObject({
      stage: 'screening',
      appliedAt: '2026-11-02',
    });
  });

  it('reads objects keyed by header, and cells that are numbers or dates', () => {
    const result = fromRows([
      {
        Company: 'Acme',
        Position: 'Analyst',
        Status: 'Applied',
        'Date Applied': new Date('2026-11-02T00:00:00Z'),
        Interest: 4,
        Remote: true,
        Extra: { a: 1 },
        Missing: null,
      },
    ]);
    expect(result.ok).toBe(true);
    expect(result.search.applications?.[0]).toMatchObject({
      appliedAt: '2026-11-02',
      interest: 4,
      notes: 'Remote: true\nExtra: {"a":1}',
    });
  });

  it('maps columns by name, drops ignored ones, and reports bad mappings', () => {
    const rows = [
      ['Employer Org', 'Gig', 'Salary', 'Date Applied'],
      ['Acme', 'Analyst', '90000', '2026-11-02'],
    ];
    const mapped = fromRows(rows, {
      map: { 'employer org': 'company', GIG: 'role', Salary: 'ignore' },
    });
    expect(mapped.ok).toBe(true);
    expect(mapped.search.applications?.[0]).toEqual({
      id: 'a1',
      companyId: 'acme',
      role: 'Analyst',
      channel: 'other',
      stage: 'applied',
      appliedAt: '2026-11-02',
    });
    const bad = fromRows(rows, { map: { Gig: 'rol', Pay: 'notes', 'Employer Org': 'company' } });
    expect(messages(bad.issues)).toEqual([
      'cannot map column "Gig" to "rol": did you mean "role"? fields are company, role, status, appliedAt, savedAt, postedAt, postingDeadline, channel, referredBy, contact, recruiter, lastContact, nextStep, followUpAt, interviewAt, offerAt, offerDeadline, location, industry, companySize, interest, qualificationMatch, notes, ignore',
      'no column is named like "Pay"; the columns are "Employer Org", "Gig", "Salary", "Date Applied"',
      'row 1: no role column: name one "Role", "Position", "Job Title" or similar, or map one to "role"',
    ]);
    expect(bad.search).toEqual({ version: 1 });
  });

  it('says when no header row is found', () => {
    const result = fromRows([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(result).toMatchObject({ ok: false, applications: 0, columns: [] });
    expect(result.issues[0]?.code).toBe('no-header');
  });

  it('keeps a second column for the same field in notes, with a warning', () => {
    const result = fromRows([
      ['Company', 'Role', 'Employer', 'Interview', 'Interview Date'],
      ['Acme', 'Analyst', 'Acme Inc', '2026-11-10', '2026-11-12'],
    ]);
    expect(messages(result.issues)).toEqual([
      'row 1, column Employer: company is already read from column "Company"; this column\'s values are kept in notes',
    ]);
    expect(result.search.interviews).toHaveLength(2);
    expect(result.search.applications?.[0]?.notes).toBe('Employer: Acme Inc');
  });

  it('warns about what it cannot read, and keeps it in notes', () => {
    const result = fromRows([
      ['Company', 'Role', 'Status', 'Source', 'Interest', 'Match', 'Size', 'Location', 'Industry'],
      ['Acme', 'Analyst', 'Saved', 'Hacker News', 'high', 'most', 'huge', 'Berlin', 'Software'],
      ['Acme', 'Analyst 2', 'Saved', 'LinkedIn', '3', '150%', 'Mid-size', 'Munich', 'Software'],
    ]);
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.code)).toEqual([
      'unknown-source',
      'bad-number',
      'bad-number',
      'unknown-size',
      'bad-number',
    ]);
    expect(result.issues[0]?.message).toBe(
      'row 2, column Source: "Hacker News" is not a source I know; the channel is "other" and the source is kept in notes',
    );
    expect(result.search.companies).toEqual([
      { id: 'acme', name: 'Acme', location: 'Berlin', industry: 'Software', size: 'medium' },
    ]);
    expect(result.search.applications?.map((a) => a.notes)).toEqual([
      'Source: Hacker News\nInterest: high\nMatch: most\nSize: huge',
      'Match: 150%\nLocation: Munich',
    ]);
  });

  it('keeps a referral without any date in notes, and dates an offer from the row', () => {
    const result = fromRows([
      ['Company', 'Role', 'Status', 'Referred by', 'Interview date', 'Last contact'],
      ['Acme', 'Analyst', 'Offer', 'Ana', '', ''],
      ['Globex', 'Analyst', 'Accepted', '', '2026-11-01', '2026-11-05'],
      ['Initech', 'Analyst', 'Saved', 'Bo', '', '2026-11-03'],
    ]);
    expect(messages(result.issues)).toEqual([
      'row 2: no date applied, though the stage is offer: advice about timing skips this application until the date is added',
      'row 2, column Referred by: a referral needs the date it was asked for, and the row has no date; the referrer is kept in notes',
      'row 2, column Status: an offer needs the date it arrived, and the row has no date; add an Offer Date column',
      'row 3: no date applied, though the stage is accepted: advice about timing skips this application until the date is added',
      "row 3, column Status: the offer's date is taken as the latest date on the row, 2026-11-05; add an Offer Date column to give the real one",
    ]);
    expect(result.search.offers).toEqual([
      { id: 'o1', applicationId: 'a2', receivedAt: '2026-11-05', status: 'accepted' },
    ]);
    expect(result.search.referrals).toEqual([
      {
        id: 'r1',
        contactId: 'bo',
        companyId: 'initech',
        requestedAt: '2026-11-03',
        status: 'requested',
        applicationId: 'a3',
      },
    ]);
    expect(result.search.messages?.map((m) => [m.kind, m.contactId])).toEqual([
      ['other', undefined],
      ['other', 'bo'],
    ]);
  });

  it('maps problems the model finds back to their rows', () => {
    const result = fromRows([HEADER, ['Acme', 'A'.repeat(600), 'Applied', '2026-11-02']]);
    expect(messages(result.issues)).toEqual(['row 2: role must be at most 500 characters long']);
  });

  it('escapes control and invisible characters in values it quotes', () => {
    const result = fromRows([HEADER, ['Acme', 'Analyst', 'Ap\u001b[31mplied\u202e', '2026-11-02']]);
    expect(result.issues[0]?.message).toContain('"Ap\\u001b[31mplied\\u202e"');
  });

  it('gives companies and contacts readable, unique ids', () => {
    const result = fromRows([
      ['Company', 'Role', 'Contact', 'Recruiter'],
      ['Zoë & Co', 'Analyst', 'Zoë Müller', ''],
      ['zoë & co', 'Engineer', 'Zoë Müller', 'Zoë Müller'],
      ['Zoe Co', 'Analyst', '', ''],
      ['!!!', 'Analyst', '', ''],
    ]);
    expect(result.search.companies?.map((c) => c.id)).toEqual(['zoe-co', 'zoe-co-2', 'company']);
    expect(result.search.contacts?.map((c) => [c.id, c.relationship])).toEqual([
      ['zoe-muller', undefined],
    ]);
  });
});

describe('parseDelimited', () => {
  it('reads quoted separators, doubled quotes and line breaks, with or without a BOM', () => {
    const text = 'Company,Role,Notes\r\n"Acme, Inc","Analyst","said ""hi""\non two lines"\r\n';
    for (const input of [text, `\ufeff${text}`])
      expect(parseDelimited(input).rows).toEqual([
        ['Company', 'Role', 'Notes'],
        ['Acme, Inc', 'Analyst', 'said "hi"\non two lines'],
        [''],
      ]);
  });

  it('detects tabs and semicolons, and accepts a single column', () => {
    expect(parseDelimited('a\tb\nc\td').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseDelimited('a;b\nc;d').rows[1]).toEqual(['c', 'd']);
    expect(parseDelimited('Company\nAcme')).toEqual({ rows: [['Company'], ['Acme']], issues: [] });
  });

  it('reports a quote that is never closed, with its row', () => {
    const table = parseDelimited('Company,Role\n"Acme,Analyst\n');
    expect(table.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'syntax', row: 2 }),
    ]);
    expect(table.issues[0]?.message).toMatch(/^row 2: /);
  });
});

describe('parseSheetDate', () => {
  it.each([
    ['2026-11-25', '2026-11-25'],
    ['11/25/2026', '2026-11-25'],
    ['25.11.2026', '2026-11-25'],
    ['Nov 25, 2026', '2026-11-25'],
    ['November 25, 2026', '2026-11-25'],
    ['25 Nov 2026', '2026-11-25'],
    ['25-Nov-2026', '2026-11-25'],
    ['2026/11/25', '2026-11-25'],
    ['11-25-2026', '2026-11-25'],
    ['11/25/26', '2026-11-25'],
    ['2026-11-25T09:30:00+01:00', '2026-11-25T09:30:00+01:00'],
  ])('reads %s', (text, date) => {
    expect(parseSheetDate(text)).toMatchObject({ ok: true, date });
  });

  it('drops a time without a zone and says so', () => {
    expect(parseSheetDate('11/25/2026 2:30 PM')).toEqual({
      ok: true,
      date: '2026-11-25',
      timeDropped: true,
    });
  });

  it('rejects dates that do not exist, and reports both readings of an ambiguous one', () => {
    expect(parseSheetDate('2026-02-30')).toEqual({ ok: false, reason: 'unknown' });
    expect(parseSheetDate('13/13/2026')).toEqual({ ok: false, reason: 'unknown' });
    expect(parseSheetDate('05/06/2026')).toEqual({
      ok: false,
      reason: 'ambiguous',
      readings: ['2026-06-05', '2026-05-06'],
    });
    expect(parseSheetDate('05/05/2026')).toMatchObject({ ok: true, date: '2026-05-05' });
    expect(parseSheetDate('05/06/2026', undefined, 'month-first')).toMatchObject({
      date: '2026-05-06',
    });
  });

  it('tries the given pattern first', () => {
    expect(parseSheetDate('2026|25|11', 'yyyy|dd|MM')).toMatchObject({ date: '2026-11-25' });
  });
});
