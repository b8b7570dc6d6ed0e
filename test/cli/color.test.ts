import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color';

describe('useColor', () => {
  const tty = (env: Record<string, string> = {}) => ({ isTTY: true, env });
  const pipe = (env: Record<string, string> = {}) => ({ isTTY: false, env });

  it('colours a terminal, not a pipe or file', () => {
    expect(useColor(undefined, tty())).toBe(true);
    expect(useColor(undefined, pipe())).toBe(false);
  });

  it('respects NO_COLOR when set to anything but the empty string, and TERM=dumb', () => {
    expect(useColor(undefined, tty({ NO_COLOR: '1' }))).toBe(false);
    expect(useColor(undefined, tty({ NO_COLOR: 'false' }))).toBe(false);
    expect(useColor(undefined, tty({ NO_COLOR: '' }))).toBe(true);
    expect(useColor(undefined, tty({ TERM: 'dumb' }))).toBe(false);
  });

  it('lets --color and --no-color decide when given', () => {
    expect(useColor(false, tty())).toBe(false);
    expect(useColor(true, pipe({ NO_COLOR: '1' }))).toBe(true);
  });
});
