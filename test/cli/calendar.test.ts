import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportToICalendar } from '../../src/calendar/index';
import { evaluateSearch, filterAdvice } from '../../src/index';
import { AS_OF, run, STORY, tempDir, userError } from './run';

const storyText = readFileSync(STORY, 'utf8');
const story = JSON.parse(storyText);
const events = (ics: string) => ics.split('BEGIN:VEVENT').length - 1;
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('calendar (in-process)', () => {
  it('writes the dated actions next to the search file, named after the candidate', async () => {
    const dir = tempDir();
    const search = join(dir, 'maya.JSON');
    copyFileSync(STORY, search);
    const result = await run(['calendar', search, '--as-of', AS_OF]);
    const report = await evaluateSearch(story, { asOf: AS_OF });
    const dated = report.advice.flatMap((a) => a.actions).filter((a) => a.due).length;
    expect(dated).toBeGreaterThan(1);
    expect(result).toEqual({
      code: 0,
      stdout: `Wrote ${dated} dated actions to ${join(dir, 'maya.ics')}.\n`,
      stderr: '',
    });
    expect(readFileSync(join(dir, 'maya.ics'), 'utf8')).toBe(
      reportToICalendar(report, { calendarName: 'Job search: Maya Chen' }),
    );
  });

  it('adds .ics to a search file without the .json extension', async () => {
    const search = join(tempDir(), 'maya');
    copyFileSync(STORY, search);
    expect((await run(['calendar', search, '--as-of', AS_OF])).stdout).toBe(
      `Wrote ${events(readFileSync(`${search}.ics`, 'utf8'))} dated actions to ${search}.ics.\n`,
    );
  });

  it('uses the default calendar name when the search names no candidate', async () => {
    const { candidate: _candidate, ...anonymous } = story;
    const search = join(tempDir(), 'anonymous.json');
    writeFileSync(search, JSON.stringify(anonymous));
    const result = await run(['calendar', search, '--as-of', AS_OF, '-o', '-']);
    const report = await evaluateSearch(anonymous, { asOf: AS_OF });
    expect(result.stdout).toBe(reportToICalendar(report));
    expect(result.stdout).toContain('X-WR-CALNAME:Job search\r\n');
  });

  it('writes to --out, or prints with --out - and by default when reading standard input', async () => {
    const out = join(tempDir(), 'a.ics');
    const written = await run(['calendar', STORY, '--as-of', AS_OF, '--out', out]);
    expect(written.stdout).toMatch(
      new RegExp(`^Wrote \\d+ dated actions to ${literal(out)}\\.\\n$`),
    );
    const printed = await run(['calendar', STORY, '--as-of', AS_OF, '-o', '-']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(readFileSync(out, 'utf8'));
    expect(printed.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const fromStdin = await run(['calendar', '-', '--as-of', AS_OF], { input: storyText });
    expect(fromStdin.stdout).toBe(printed.stdout);
  });

  it('replaces an existing --out file', async () => {
    const out = join(tempDir(), 'old.ics');
    writeFileSync(out, 'old');
    expect((await run(['calendar', STORY, '--as-of', AS_OF, '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('keeps only the actions of advice at --min-severity or above', async () => {
    const report = await evaluateSearch(story, { asOf: AS_OF });
    const critical = await run([
      'calendar',
      STORY,
      '--as-of',
      AS_OF,
      '-o',
      '-',
      '--min-severity',
      'critical',
    ]);
    const expected = reportToICalendar(filterAdvice(report, 'critical'), {
      calendarName: 'Job search: Maya Chen',
    });
    expect(critical.stdout).toBe(expected);
    expect(events(critical.stdout)).toBeGreaterThan(0);
    expect(events(critical.stdout)).toBeLessThan(events(reportToICalendar(report)));
  });

  it('counts a single dated action in the singular', async () => {
    const dir = tempDir();
    const search = join(dir, 'one.json');
    writeFileSync(
      search,
      JSON.stringify({
        companies: [{ id: 'acme', name: 'Acme' }],
        applications: [
          {
            id: 'a1',
            companyId: 'acme',
            role: 'Analyst',
            channel: 'job-board',
            stage: 'applied',
            appliedAt: '2026-11-10',
          },
        ],
      }),
    );
    const config = join(dir, 'config.json');
    // Only the follow-up of the application stays: the rules about the search's breadth are off.
    const off = ['single-basket', 'no-recent-applications', 'low-offer-outlook'];
    writeFileSync(
      config,
      JSON.stringify({ rules: Object.fromEntries(off.map((id) => [id, 'off'])) }),
    );
    const out = join(dir, 'one.ics');
    const result = await run(['calendar', search, '--as-of', AS_OF, '--config', config, '-o', out]);
    expect(result.stdout).toBe(`Wrote 1 dated action to ${out}.\n`);
    expect(readFileSync(out, 'utf8')).toContain(
      'SUMMARY:Follow up with Acme about the Analyst role',
    );
  });

  it('names the file it cannot write, and why', async () => {
    const dir = tempDir();
    const args = ['calendar', STORY, '--as-of', AS_OF, '-o'];
    const missing = join(dir, 'no', 'x.ics');
    expect(userError(await run([...args, missing]), 5)).toBe(
      `error: cannot write ${missing}: its folder does not exist\n`,
    );
    mkdirSync(join(dir, 'folder.ics'));
    expect(userError(await run([...args, join(dir, 'folder.ics')]), 5)).toBe(
      `error: cannot write ${join(dir, 'folder.ics')}: it is a directory\n`,
    );
  });

  it('reports bad input and options with exit code 2', async () => {
    expect(userError(await run(['calendar', 'missing.json', '--as-of', AS_OF]))).toBe(
      'error: missing.json: file not found\n',
    );
    expect(userError(await run(['calendar', STORY, '--as-of', 'soon']))).toContain(
      'error: invalid date "soon" for --as-of',
    );
    expect(
      userError(await run(['calendar', STORY, '--as-of', AS_OF, '--min-severity', 'urgent'])),
    ).toContain('error: invalid value "urgent" for --min-severity');
    expect(userError(await run(['calendar', STORY, '--as-of', AS_OF, '--format', 'json']))).toBe(
      'error: unknown option --format for "calendar"\nRun "job-search-health calendar --help" for usage.\n',
    );
  });
});
