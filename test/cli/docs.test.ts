import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AS_OF, cli, STORY } from './run';

const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');

describe('docs/cli.md', () => {
  it('shows what evaluate prints for the story, here and in the README (npm run docs:cli)', () => {
    const printed = cli(['evaluate', STORY, '--as-of', AS_OF]).stdout;
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [file, text] of [
      ['docs/cli.md', doc],
      ['README.md', readme],
    ] as const) {
      const sample =
        /<!-- cli-sample:start -->\n```text\n([\s\S]*?)```\n<!-- cli-sample:end -->/.exec(
          text,
        )?.[1];
      expect(sample, `${file} is stale: run npm run docs:cli`).toBe(printed);
    }
  });

  it('documents every command, option and exit code', () => {
    for (const command of ['evaluate', 'validate', 'rules', 'schema', 'init', 'calendar'])
      expect(doc).toContain(`### \`${command}`);
    const options = new Set<string>();
    for (const command of ['evaluate', 'validate', 'rules', 'schema', 'init', 'calendar'])
      for (const match of cli([command, '--help']).stdout.matchAll(/--[a-z-]+/g))
        options.add(match[0]);
    for (const option of options) expect(doc, option).toContain(option);
    for (const code of [0, 1, 2, 3]) expect(doc).toMatch(new RegExp(`^\\| ${code} \\| `, 'm'));
  });
});
