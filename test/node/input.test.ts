import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError, readJson, readText, STDIN_NAME } from '../../src/node/index';

const dir = mkdtempSync(join(tmpdir(), 'jsh-node-'));

describe('readText and readJson', () => {
  it('read a UTF-8 file', async () => {
    const file = join(dir, 'a.json');
    writeFileSync(file, '{"name": "Zoë"}');
    expect(await readText(file)).toBe('{"name": "Zoë"}');
    expect(await readJson(file)).toEqual({ name: 'Zoë' });
  });

  it('read the given stream for -', async () => {
    const stdin = Readable.from([Buffer.from('{"a"'), Buffer.from(': [1]}')]);
    expect(await readJson('-', { stdin })).toEqual({ a: [1] });
    expect(await readText('-', { stdin: Readable.from(['x', 'y']) })).toBe('xy');
  });

  it('name standard input in JSON errors', async () => {
    await expect(readJson('-', { stdin: Readable.from(['{,}']) })).rejects.toThrow(
      `${STDIN_NAME}:1:2: invalid JSON`,
    );
  });

  it('report a missing file, a directory and bad JSON as InputErrors naming the file', async () => {
    const missing = join(dir, 'missing.json');
    await expect(readText(missing)).rejects.toMatchObject({
      name: 'InputError',
      code: 'not-found',
      source: missing,
      message: `${missing}: file not found`,
    });
    await expect(readText(dir)).rejects.toMatchObject({
      code: 'unreadable',
      message: `${dir}: is a directory, not a file`,
    });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[1,,2]');
    const error = await readJson(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'invalid-json', position: { line: 1, column: 4 } });
  });

  it('report any other read failure with the reason the system gives', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    const below = join(file, 'search.json');
    await expect(readText(below)).rejects.toMatchObject({
      code: 'unreadable',
      source: below,
      message: expect.stringMatching(/: cannot be read \(ENOTDIR: not a directory/),
    });
  });
});
