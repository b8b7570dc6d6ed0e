import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packedProject, runNode } from '../package/packed';
import { AS_OF, STORY } from './run';

describe('the published bin', () => {
  it('runs from the installed package, with only its declared dependencies', async () => {
    const project = await packedProject();
    const manifest = project.manifest as typeof project.manifest & { bin?: Record<string, string> };
    const bin = manifest.bin?.['job-search-health'];
    expect(bin).toBe('./dist/cli.js');
    const path = join(project.dir, 'node_modules', 'job-search-health', bin ?? '');
    expect(readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const report = JSON.parse(
      await runNode([path, 'evaluate', STORY, '--as-of', AS_OF, '-f', 'json'], project.dir),
    );
    expect(report.asOf).toBe('2026-11-25T00:00:00.000Z');
    expect(
      await runNode([path, 'calendar', STORY, '--as-of', AS_OF, '-o', '-'], project.dir),
    ).toMatch(/^BEGIN:VCALENDAR/);
  });
});
