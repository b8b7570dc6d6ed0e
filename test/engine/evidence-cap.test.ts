import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import '../../src/json-rules-engine/index';
import { createAdvisor, defineRule, defineRuleSet, type Plugin } from '../../src/index';
import { MAX_EVIDENCE_SUBJECTS } from '../../src/report/advice';
import { AS_OF, applied, buildSearch } from '../helpers/search';

// Fires for every application, grouped into one advice, with one comparison as evidence.
const everyApplication = defineRule({
  id: 'cap/every-application',
  meta: {
    category: 'momentum',
    severity: 'low',
    title: 'Every application',
    description: 'Fires for every application sent, all in one advice.',
    rationale: 'A test of grouped evidence.',
    sources: [],
  },
  scope: 'application',
  options: z.strictObject({}),
  conditions: {
    all: [{ fact: 'application', path: 'daysSinceApplied', operator: 'greaterThan', value: 0 }],
  },
  group: true,
  message: 'Applications: {subjects.id|list}.',
  actions: [],
});

const plugin: Plugin = {
  name: 'cap',
  ruleSet: defineRuleSet({ name: 'cap', namespace: 'cap', rules: [everyApplication] }),
};

/** `count` applications; the last {@link MAX_EVIDENCE_SUBJECTS} are the most wanted. */
function searchOf(count: number) {
  return buildSearch({
    applications: Array.from({ length: count }, (_, i) =>
      applied(`a${i}`, `c${i}`, 5 + (i % 7), {
        interest: i >= count - MAX_EVIDENCE_SUBJECTS ? 5 : 1,
      }),
    ),
  });
}

async function adviceFor(count: number, engine?: 'json-rules-engine') {
  const advisor = createAdvisor({
    extends: [],
    plugins: [plugin],
    rules: { 'cap/every-application': 'low' },
    ...(engine ? { engine } : {}),
  });
  const report = await advisor.evaluate(searchOf(count), { asOf: AS_OF });
  const advice = report.advice.find((a) => a.ruleId === 'cap/every-application');
  if (!advice) throw new Error('the rule did not fire');
  return advice;
}

describe('evidence of advice about many subjects', () => {
  it(`lists every subject's evidence up to ${MAX_EVIDENCE_SUBJECTS} subjects`, async () => {
    const advice = await adviceFor(MAX_EVIDENCE_SUBJECTS);
    expect(advice.evidence.map((e) => e.subjectId)).toEqual(advice.subjects.map((s) => s.id));
    expect(advice.evidenceLeftOut).toBeUndefined();
  });

  for (const engine of [undefined, 'json-rules-engine'] as const) {
    it(`beyond that, lists those that matter most and counts the rest (${engine ?? 'compiled'})`, async () => {
      const count = MAX_EVIDENCE_SUBJECTS + 30;
      const advice = await adviceFor(count, engine);
      expect(advice.subjects).toHaveLength(count);
      expect(advice.evidenceLeftOut).toBe(30);
      const shown = advice.evidence.map((e) => e.subjectId);
      expect(shown).toHaveLength(MAX_EVIDENCE_SUBJECTS);
      // The most wanted applications, in the group's order.
      expect(shown).toEqual(
        Array.from(
          { length: MAX_EVIDENCE_SUBJECTS },
          (_, i) => `a${count - MAX_EVIDENCE_SUBJECTS + i}`,
        ),
      );
      expect(advice.evidence[0]?.text).toMatch(
        /^a\d+: application\.daysSinceApplied is \d+: above 0$/,
      );
    });
  }
});
