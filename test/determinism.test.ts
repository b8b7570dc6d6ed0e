/**
 * Same search and date, same report, byte for byte, whatever the machine's time zone and locale:
 * the built library runs in child processes under several TZ and LC_ALL values (the CLI is run
 * the same way in test/cli/bin.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applied, buildSearch } from './helpers/search';

const DIST = new URL('../dist/', import.meta.url);
const STORY = new URL('../examples/story/search.json', import.meta.url);
const AS_OF = '2026-11-25';

/** Time zones with odd offsets and locales that sort and write numbers differently. */
const MACHINES: Record<string, string>[] = [
  { TZ: 'UTC', LC_ALL: 'C' },
  { TZ: 'Pacific/Kiritimati', LC_ALL: 'da_DK.UTF-8', LANG: 'da_DK.UTF-8' },
  { TZ: 'America/St_Johns', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' },
  { TZ: 'Asia/Kathmandu', LC_ALL: 'ar_EG.UTF-8', LANG: 'ar_EG.UTF-8' },
];

// Two companies that tie: "Aarhus" sorts after "Bryggen" in Danish ("aa" is "å").
const tie = buildSearch({
  applications: [applied('a1', 'bryggen', 3), applied('a2', 'aarhus', 3)],
});
const searches = [tie, JSON.parse(readFileSync(STORY, 'utf8'))];

// Every format of every search, from the built package, printed as one text.
const SCRIPT = `
const lib = await import(process.argv[1] + 'index.js');
const { reportToICalendar } = await import(process.argv[1] + 'calendar.js');
let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const search of JSON.parse(input)) {
  const report = await lib.evaluateSearch(search, { asOf: '${AS_OF}T09:30:00+05:45' });
  for (const format of lib.REPORT_FORMATS) out.push(lib.formatReport(report, { format, name: 'Åse Ødegård' }));
  out.push(reportToICalendar(report));
}
process.stdout.write(out.join('\\n---\\n'));
`;

function inEnv(env: Record<string, string>): string {
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', SCRIPT, fileURLToPath(DIST)],
    { input: JSON.stringify(searches), env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  return result.stdout;
}

describe('reports do not depend on the time zone or the locale', () => {
  it('formats every search identically under each machine setting', () => {
    const [first, ...rest] = MACHINES.map(inEnv);
    expect(first).toContain('and Aarhus carries');
    for (const output of rest) expect(output).toBe(first);
  });
});
