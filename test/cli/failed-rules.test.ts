/**
 * A rule that cannot run is visible: the report lists it with the condition that failed, and
 * the CLI exits 4 after writing the report (or the calendar).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AS_OF, run, STORY, tempDir } from './run';

vi.mock('../../src/cli/advisor', async () => {
  const fixture = await import('./failed-rules.fixture');
  return { loadAdvisor: async () => ({ advisor: fixture.brokenAdvisor(), config: {} }) };
});

describe('a rule that could not run', () => {
  it('is listed at the end of the text report, and evaluate exits 4', async () => {
    const result = await run(['evaluate', STORY, '--as-of', AS_OF]);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '\n1 rule could not run:\n  - test/crm — plugin fact "crm" failed at conditions.all[1] (crm equal 1): connection\n    refused \\u001b[2J\n',
    );
  });

  it('is a section of the Markdown report', async () => {
    const result = await run(['evaluate', STORY, '--as-of', AS_OF, '--format', 'markdown']);
    expect(result.code).toBe(4);
    expect(result.stdout).toContain(
      '\n## 1 rule could not run\n\n- test/crm — plugin fact "crm" failed at conditions.all\\[1\\] (crm equal 1): connection refused \\\\u001b\\[2J\n',
    );
  });

  it('exits 4 even when --fail-on would not fail', async () => {
    const result = await run(['evaluate', STORY, '--as-of', AS_OF, '--fail-on', 'critical']);
    expect(result.code).toBe(4);
  });

  it('warns while writing the calendar, and exits 4', async () => {
    const out = join(tempDir(), 'out.ics');
    const result = await run(['calendar', STORY, '--as-of', AS_OF, '--out', out]);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(
      'warning: rule test/crm could not run: plugin fact "crm" failed at conditions.all[1] (crm equal 1): connection refused \\u001b[2J\n',
    );
    expect(await readFile(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    const printed = await run(['calendar', STORY, '--as-of', AS_OF, '--out', '-']);
    expect(printed.code).toBe(4);
    expect(printed.stdout).toMatch(/^BEGIN:VCALENDAR/);
  });
});
