import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What the CLI may import from outside src/cli: the entries the package publishes. */
const PUBLIC = [
  'src/index.ts',
  'src/node/index.ts',
  'src/calendar/index.ts',
  'src/model/index.ts',
  'src/import/index.ts',
  'package.json',
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('the CLI', () => {
  it('imports only the public entries of the package, besides its own modules', () => {
    const reached = new Set<string>();
    for (const file of [...sources(join(ROOT, 'src/cli')), join(ROOT, 'src/cli.ts')]) {
      const text = readFileSync(file, 'utf8');
      for (const [, path] of text.matchAll(/from '(\.[^']+)'/g)) {
        const target = relative(ROOT, resolve(dirname(file), path ?? ''));
        if (target.startsWith('src/cli')) continue;
        const entry = target.endsWith('.json') ? target : `${target}.ts`;
        expect(PUBLIC, `${relative(ROOT, file)} imports ${path}`).toContain(entry);
        reached.add(entry);
      }
    }
    expect(reached).toContain('src/index.ts');
  });
});
