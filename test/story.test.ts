import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateSearch } from '../src/index';

const story = JSON.parse(
  readFileSync(new URL('../examples/story/search.json', import.meta.url), 'utf8'),
);

describe('the story from the evidence sheet', () => {
  it('puts the referred company, the narrow pipeline, the silent firm and the stalled applications first, in that order', async () => {
    const report = await evaluateSearch(story, { asOf: '2026-11-25' });
    const top = report.advice.slice(0, 4);
    expect(top.map((a) => a.ruleId)).toEqual([
      'unanswered-outreach',
      'single-basket',
      'follow-up-limit-reached',
      'application-follow-up-due',
    ]);
    expect(top[0]?.subjects).toEqual([{ kind: 'message', id: 'm-northwind' }]);
    expect(top[0]?.message).toContain('Northwind Health');
    expect(top[0]?.severity).toBe('critical');
    expect(top[1]?.message).toContain('Harbor & Pine Design');
    expect(top[2]?.subjects).toEqual([{ kind: 'application', id: 'app-harbor' }]);
    expect(top[3]?.subjects.map((s) => s.id).sort()).toEqual(['app-city-arts', 'app-lumen']);
  });

  it('explains every piece of advice with evidence, actions and a docs link', async () => {
    const report = await evaluateSearch(story, { asOf: '2026-11-25' });
    for (const advice of report.advice) {
      expect(advice.evidence.length).toBeGreaterThan(0);
      expect(advice.actions.length).toBeGreaterThan(0);
      expect(advice.docsUrl).toMatch(new RegExp(`/docs/rules/${advice.ruleId}\\.md$`));
      expect(advice.title).not.toBe('');
      expect(advice.rationale).not.toBe('');
    }
    const outreach = report.advice[0];
    expect(outreach?.actions[0]?.due).toBe('2026-11-25');
    expect(outreach?.evidence).toContainEqual(
      expect.objectContaining({
        fact: 'message.daysUnanswered',
        operator: 'greaterThanInclusive',
        threshold: 3,
      }),
    );
  });

  it('gives every rule an outcome', async () => {
    const report = await evaluateSearch(story, { asOf: '2026-11-25' });
    expect(new Set(report.outcomes.map((o) => o.ruleId)).size).toBe(report.outcomes.length);
    expect(report.outcomes.length).toBeGreaterThanOrEqual(6);
  });
});
