import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandReferences, refresh, sampleOutput } from '../../scripts/cli-docs';
import { EXIT_CODES } from '../../src/cli/errors';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('docs/cli.md', () => {
  it('holds the current command references and sample, as does the README (npm run docs:cli)', async () => {
    const sample = await sampleOutput();
    const references = commandReferences();
    for (const file of ['docs/cli.md', 'README.md'])
      expect(read(file), `${file} is stale: run npm run docs:cli`).toBe(
        refresh(read(file), sample, references),
      );
    expect(read('docs/cli.md')).toContain(references.get('evaluate'));
  });

  it('refuses a file that leaves a command out, or documents one that does not exist', () => {
    const references = new Map([
      ['evaluate', 'E\n'],
      ['validate', 'V\n'],
    ]);
    const block = (name: string) =>
      `<!-- cli-command:${name}:start -->\nold\n<!-- cli-command:${name}:end -->`;
    const sample = '<!-- cli-sample:start -->\n```text\nold\n```\n<!-- cli-sample:end -->\n';
    expect(
      refresh(`${sample}${block('evaluate')}\n${block('validate')}`, 'new\n', references),
    ).toBe(
      '<!-- cli-sample:start -->\n```text\nnew\n```\n<!-- cli-sample:end -->\n' +
        '<!-- cli-command:evaluate:start -->\nE\n<!-- cli-command:evaluate:end -->\n' +
        '<!-- cli-command:validate:start -->\nV\n<!-- cli-command:validate:end -->',
    );
    expect(() => refresh(`${sample}${block('evaluate')}`, '', references)).toThrow(
      'no cli-command block for validate',
    );
    expect(() => refresh(`${sample}${block('frobnicate')}`, '', references)).toThrow(
      'no command "frobnicate"',
    );
    expect(() => refresh('', '', references)).toThrow('no cli-sample block');
  });

  it('explains every exit code', () => {
    for (const { code } of EXIT_CODES)
      expect(read('docs/cli.md')).toMatch(new RegExp(`^\\| ${code} \\| `, 'm'));
  });
});
