import { describe, expect, it } from 'vitest';
import { safeParseSearch } from '../../src/index';
import { locateIssues, parseJson } from '../../src/node/index';

const TEXT = `{
  "companies": [{ "id": "c", "name": "C" }],
  "applications": [
    { "id": "a1", "companyId": "c", "role": "Analyst", "channel": "job-board", "stage": "applied" },
    {
      "id": "a5",
      "companyId": "c",
      "role": "Analyst",
      "channel": "job-board",
      "appliedAt": "10/06/2026"
    }
  ],
  "candidate": { "goals": { "weeklyApplications": 2.5 } },
  "messages": [
    { "id": "m1", "direction": "inbound", "kind": "outreach", "at": "2026-11-02", "repliedat": "2026-11-03" }
  ]
}`;

describe('locateIssues', () => {
  it('names the entry, its id, and the line and column of each problem', () => {
    const input = parseJson(TEXT, 'search.json');
    const result = safeParseSearch(input);
    if (result.success) throw new Error('expected an invalid search');
    expect(locateIssues(input, result.error.issues)).toEqual([
      {
        path: 'candidate.goals (line 13, column 29)',
        message: 'weeklyApplications 2.5 must be a whole number',
        line: 13,
        column: 29,
      },
      {
        path: 'applications[1] (id a5, line 5, column 5)',
        message:
          'stage is required: one of "saved", "applied", "screening", "interviewing", "final-round", "offer", "accepted", "declined", "rejected", "withdrawn", "closed"',
        line: 5,
        column: 5,
      },
      {
        path: 'applications[1] (id a5, line 10, column 7)',
        message:
          'appliedAt "10/06/2026" must be a date like 2026-10-06 (or 2026-06-10 if the day comes first)',
        line: 10,
        column: 7,
      },
    ]);
    expect(locateIssues(input, result.warnings)).toEqual([
      {
        path: 'messages[0] (id m1, line 15, column 83)',
        message: 'repliedat is not a field here (value "2026-11-03"): did you mean "repliedAt"?',
        line: 15,
        column: 83,
      },
    ]);
  });

  it('keeps issues as they are for values not read by parseJson, or without keys', () => {
    const input = { applications: [{ id: 'x' }] };
    const result = safeParseSearch(input);
    if (result.success) throw new Error('expected an invalid search');
    expect(locateIssues(input, result.error.issues)[0]).toEqual({
      path: 'applications[0] (id x)',
      message: 'companyId is required (a string)',
    });
    expect(locateIssues(input, [{ path: '', message: 'whole' }])).toEqual([
      { path: '', message: 'whole' },
    ]);
    expect(locateIssues('text', [{ path: 'a', keys: ['a'], message: 'm' }])).toEqual([
      { path: 'a', message: 'm' },
    ]);
  });
});
