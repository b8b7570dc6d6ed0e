import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRows, parseDelimited } from '../../src/import/index';
import { evaluateSearch, parseSearch } from '../../src/index';

const AS_OF = '2026-11-25';
const sheet = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Sheet → search → report, as `import` then `evaluate` do it. */
async function roundTrip(name: string, delimiter?: string) {
  const table = parseDelimited(sheet(name), delimiter ? { delimiter } : {});
  expect(table.issues).toEqual([]);
  const result = fromRows(table.rows);
  const search = parseSearch(result.search, { strict: true });
  const report = await evaluateSearch(result.search, { asOf: AS_OF });
  return { result, search, report };
}

describe('import round trips', () => {
  it('a US Google Sheets tracker: BOM, month-first dates, quoted line breaks, people columns', async () => {
    const { result, search, report } = await roundTrip('us-sheet.csv');
    expect(result.ok).toBe(true);
    expect(result.applications).toBe(8);
    expect(search.companies.map((c) => c.id)).toEqual([
      'acme-analytics',
      'globex',
      'initech',
      'umbrella-health',
      'hooli',
      'stark-industries',
      'wayne-enterprises',
    ]);
    const acme = search.applications[0];
    expect(acme).toMatchObject({
      role: 'Data Analyst',
      channel: 'job-board',
      stage: 'interviewing',
      appliedAt: new Date('2026-10-28T00:00:00Z'),
      referralId: 'r1',
      notes:
        'Team of 6.\nHiring manager: Dana\nNext Step: Send thank-you note\nFollow-up Date: 2026-11-26\nSalary: 95000',
    });
    // One contact for Ana Ruiz, who referred both Acme applications.
    expect(search.contacts.filter((c) => c.name === 'Ana Ruiz')).toHaveLength(1);
    expect(search.referrals.map((r) => [r.contactId, r.applicationId, r.status])).toEqual([
      ['ana-ruiz', 'a1', 'applied'],
      ['sam-lee', 'a5', 'applied'],
      ['ana-ruiz', 'a8', 'applied'],
    ]);
    expect(search.contacts.find((c) => c.name === 'Lee Park')?.relationship).toBe('recruiter');
    expect(
      search.interviews.map((i) => [i.applicationId, i.at.toISOString().slice(0, 10)]),
    ).toEqual([
      ['a1', '2026-11-20'],
      ['a1', '2026-11-24'],
      ['a2', '2026-11-27'],
      ['a5', '2026-10-21'],
    ]);
    expect(search.offers).toHaveLength(1);
    expect(search.offers[0]).toMatchObject({ applicationId: 'a5', status: 'pending' });
    expect(search.applications.map((a) => a.stage)).toEqual([
      'interviewing',
      'screening',
      'applied',
      'rejected',
      'offer',
      'closed',
      'saved',
      'applied',
    ]);
    const fired = report.advice.map((a) => a.ruleId);
    expect(fired).toContain('thank-you-missing');
    expect(fired).toContain('offer-not-negotiated');
    expect(report.metrics.activeApplications).toBe(5);
  });

  it('a European Excel export: semicolons, a title row, day-first dates, several interviews in one cell', async () => {
    const { result, search, report } = await roundTrip('eu-excel.csv');
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.message)).toEqual([
      'row 4, column Interview: "19.11.2026 10:00" has a time but no time zone; only the date is kept (write 2026-11-25T09:30:00+01:00 to keep the time)',
    ]);
    expect(search.applications.map((a) => a.appliedAt?.toISOString().slice(0, 10))).toEqual([
      '2026-11-03',
      '2026-11-09',
      '2026-10-14',
      '2026-10-02',
      undefined,
      '2026-09-01',
    ]);
    expect(search.applications.map((a) => a.stage)).toEqual([
      'interviewing',
      'applied',
      'rejected',
      'final-round',
      'saved',
      'withdrawn',
    ]);
    expect(search.interviews.filter((i) => i.applicationId === 'a4')).toHaveLength(2);
    expect(search.messages.map((m) => [m.kind, m.contactId])).toEqual([
      ['follow-up', 'mia-schulz'],
      ['follow-up', undefined],
      ['follow-up', 'jonas-weber'],
    ]);
    expect(report.advice.length).toBeGreaterThan(0);
    expect(report.metrics.activeApplications).toBe(3);
  });

  it('a tracker export as TSV: month names, sizes, shares as percentages, offers with deadlines', async () => {
    const { result, search, report } = await roundTrip('tracker.tsv', '\t');
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.code)).toEqual(['unknown-column', 'unknown-size']);
    expect(search.companies.map((c) => [c.name, c.size, c.location])).toEqual([
      ['Northwind Traders', 'medium', 'Seattle, WA'],
      ['Contoso', 'enterprise', 'Remote'],
      ['Fabrikam', 'large', 'Austin, TX'],
      ['Tailspin Toys', 'small', 'Denver, CO'],
      ['Litware', undefined, 'Remote'],
    ]);
    expect(search.applications.map((a) => [a.channel, a.interest, a.qualificationMatch])).toEqual([
      ['job-board', 4, 0.7],
      ['recruiter', 5, 0.9],
      ['referral', 4, 0.85],
      ['job-board', 2, undefined],
      ['company-site', 3, 0.6],
    ]);
    expect(search.applications[4]?.notes).toBe(
      'Company Size: Startup\nJob URL: https://example.com/jobs/5',
    );
    expect(search.offers[0]).toMatchObject({
      receivedAt: new Date('2026-11-20T00:00:00Z'),
      expiresAt: new Date('2026-12-01T23:59:59.999Z'),
    });
    expect(report.advice.map((a) => a.ruleId)).toContain('offer-not-negotiated');
  });
});
