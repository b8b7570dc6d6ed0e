import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerNames, IMPORT_FIELDS } from '../../src/import/columns';
import { knownStatusWords } from '../../src/import/words';

const doc = readFileSync(new URL('../../docs/import.md', import.meta.url), 'utf8');

describe('docs/import.md', () => {
  it('lists every header name recognised for each field', () => {
    for (const field of IMPORT_FIELDS)
      if (field !== 'ignore')
        expect(doc).toContain(`| \`${field}\` | ${headerNames(field).join(', ')} |`);
  });

  it('lists every status word for each stage', () => {
    for (const [stage, words] of Object.entries(knownStatusWords()))
      expect(doc).toContain(`| \`${stage}\` | ${words.join(', ')} |`);
  });
});
