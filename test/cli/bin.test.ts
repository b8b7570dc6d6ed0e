/**
 * A handful of runs of the built program (dist/cli.js) in a child process, for what only a real
 * process shows: the bin's wiring, exit codes, a closed or full standard output, and the machine's
 * time zone and locale. Behaviour is tested in process in the other files here. `npm test`
 * builds first; alone, run `npx tsup` first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AS_OF, hasAnsi, run, STORY } from './run';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Runs the built CLI with `args`, without the colour variables of the machine running the tests. */
function bin(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string> } = {},
) {
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...env } = process.env;
  return spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    env: { ...env, ...options.env },
    encoding: 'utf8',
  });
}

describe('the built program', () => {
  it('prints the report that main prints in process, uncoloured in a pipe, and exits 0', async () => {
    const child = bin(['evaluate', STORY, '--as-of', AS_OF]);
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout).toBe((await run(['evaluate', STORY, '--as-of', AS_OF])).stdout);
    expect(child.stdout).toContain('Job search health for Maya Chen');
    expect(hasAnsi(child.stdout)).toBe(false);
  });

  it('prints its help and version', () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    expect(bin(['--version']).stdout).toBe(`${version}\n`);
    const help = bin(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: job-search-health /);
  });

  it('exits 2 on a usage mistake, with one message and no stack trace', () => {
    const child = bin(['evalute', STORY]);
    expect(child.status).toBe(2);
    expect(child.stdout).toBe('');
    expect(child.stderr).toBe(
      'error: unknown command "evalute" (did you mean "evaluate"?)\nRun "job-search-health --help" for usage.\n',
    );
  });

  it('prints the same report from standard input in any time zone and locale', () => {
    const search = readFileSync(STORY, 'utf8');
    const outputs = [
      { TZ: 'UTC', LC_ALL: 'C' },
      { TZ: 'Asia/Kathmandu', LC_ALL: 'ar_EG.UTF-8', LANG: 'ar_EG.UTF-8' },
      { TZ: 'America/St_Johns', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' },
    ].map((env) => {
      const child = bin(['evaluate', '-', '--as-of', AS_OF, '-f', 'markdown'], {
        input: search,
        env,
      });
      expect(child.status, child.stderr).toBe(0);
      return child.stdout;
    });
    expect(outputs[0]).toContain('Maya Chen');
    for (const output of outputs) expect(output).toBe(outputs[0]);
  });

  it('stops quietly, with code 0, when the reader closes the pipe early (| head)', async () => {
    const companies = Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, name: `Co ${i}` }));
    const applications = companies.map((c, i) => ({
      id: `a${i}`,
      companyId: c.id,
      role: 'Analyst',
      channel: 'job-board',
      stage: 'applied',
      appliedAt: '2026-10-01',
    }));
    const child = spawn(process.execPath, [CLI, 'evaluate', '-', '--as-of', AS_OF, '-f', 'json']);
    child.stdin.end(JSON.stringify({ companies, applications }));
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = (await once(child, 'close')) as [number];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it.skipIf(!existsSync('/dev/full'))(
    'exits 5 with a message when standard output cannot be written (a full disk)',
    () => {
      const fd = openSync('/dev/full', 'w');
      try {
        const child = spawnSync(process.execPath, [CLI, 'evaluate', STORY, '--as-of', AS_OF], {
          stdio: ['pipe', fd, 'pipe'],
          encoding: 'utf8',
        });
        expect(child.status).toBe(5);
        expect(child.stderr).toBe(
          'error: cannot write standard output: no space left on the device\n',
        );
      } finally {
        closeSync(fd);
      }
    },
  );
});
