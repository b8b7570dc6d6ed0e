import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/index';
import { advice, reportWith } from './fixture';

const actions = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ kind: 'follow-up', label: `Follow up ${i + 1}` }));

describe('formatText on advice with many actions', () => {
  it('shows the first five actions and counts the rest', async () => {
    const text = formatText(await reportWith([advice('medium', 'a', { actions: actions(24) })]));
    expect(text).toContain('     → Follow up 5\n     … and 19 more actions\n');
    expect(text).not.toContain('Follow up 6');
  });

  it('says "1 more action" for a single hidden action', async () => {
    const text = formatText(await reportWith([advice('medium', 'a', { actions: actions(6) })]));
    expect(text).toContain('     … and 1 more action\n');
  });

  it('shows five actions in full, with no count', async () => {
    const text = formatText(await reportWith([advice('medium', 'a', { actions: actions(5) })]));
    expect(text).toContain('     → Follow up 5\n');
    expect(text).not.toContain('more action');
  });
});
