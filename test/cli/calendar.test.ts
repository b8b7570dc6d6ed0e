import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportToICalendar } from '../../src/calendar/index';
import { evaluateSearch } from '../../src/index';
import { AS_OF, cli, expectUserError, STORY, tempDir } from './run';

const story = JSON.parse(readFileSync(STORY, 'utf8'));

describe('calendar', () => {
  it("writes the report's dated actions next to the search file by default", async () => {
    const dir = tempDir();
    copyFileSync(STORY, join(dir, 'maya.json'));
    const run = cli(['calendar', 'maya.json', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(0);
    const report = await evaluateSearch(story, { asOf: AS_OF });
    const dated = report.advice.flatMap((a) => a.actions).filter((a) => a.due).length;
    expect(run.stdout).toBe(`Wrote ${dated} dated actions to maya.ics.\n`);
    expect(readFileSync(join(dir, 'maya.ics'), 'utf8')).toBe(
      reportToICalendar(report, { calendarName: 'Job search: Maya Chen' }),
    );
  });

  it('writes to --out, or to standard output with --out - (and by default for standard input)', () => {
    const dir = tempDir();
    expect(cli(['calendar', STORY, '--as-of', AS_OF, '-o', join(dir, 'a.ics')]).status).toBe(0);
    const toStdout = cli(['calendar', STORY, '--as-of', AS_OF, '--out', '-']);
    expect(toStdout.stdout).toBe(readFileSync(join(dir, 'a.ics'), 'utf8'));
    expect(toStdout.stdout).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(toStdout.stdout).toContain('SUMMARY:Reply to Jordan Lee at Northwind Health');
    const fromStdin = cli(['calendar', '-', '--as-of', AS_OF], {
      input: readFileSync(STORY, 'utf8'),
    });
    expect(fromStdin.stdout).toBe(toStdout.stdout);
  });

  it('keeps only actions at --min-severity or above', () => {
    const all = cli(['calendar', STORY, '--as-of', AS_OF, '-o', '-']).stdout;
    const critical = cli([
      'calendar',
      STORY,
      '--as-of',
      AS_OF,
      '-o',
      '-',
      '--min-severity',
      'critical',
    ]).stdout;
    const events = (ics: string) => ics.split('BEGIN:VEVENT').length - 1;
    expect(events(critical)).toBeGreaterThan(0);
    expect(events(critical)).toBeLessThan(events(all));
  });

  it('reports input problems with exit code 2 and output problems with 5', () => {
    expect(expectUserError(cli(['calendar', 'missing.json', '--as-of', AS_OF]))).toBe(
      'error: missing.json: file not found\n',
    );
    expect(
      expectUserError(
        cli(['calendar', STORY, '--as-of', AS_OF, '-o', join(tempDir(), 'no', 'x.ics')]),
        5,
      ),
    ).toContain('its folder does not exist');
    expect(expectUserError(cli(['calendar', STORY, '--as-of', 'soon']))).toContain(
      'invalid date "soon"',
    );
  });
});
