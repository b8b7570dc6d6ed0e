import { describe, expect, it } from 'vitest';
import { createAdvisor, parseRuleSet, RuleSetError } from '../../src/index';
import { jsonRule, jsonRuleSet } from '../helpers/rules';
import { AS_OF, buildSearch } from '../helpers/search';

const OPTIONS = {
  type: 'object',
  properties: { waitDays: { type: 'integer', default: 4, minimum: 0, maximum: 30 } },
} as const;

/** The problems found in the message of an offer rule, as "path: message". */
function messageProblems(message: string): string[] {
  try {
    parseRuleSet(jsonRuleSet([jsonRule({ scope: 'offer', options: OPTIONS, message })]));
  } catch (error) {
    if (error instanceof RuleSetError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('placeholders in a JSON rule message', () => {
  it('accepts subject fields, indexed subjects, options, levels and plain values', () => {
    expect(
      messageProblems(
        '{subject.company} {subjects.0.company} {subjects.title|list} {options.waitDays} {#level.high}now{/level.high} {count} {severity}',
      ),
    ).toEqual([]);
  });

  it('names a placeholder that reads below a plain value', () => {
    expect(messageProblems('{search.activeApplications.total} {count.total}')).toEqual([
      'rules[0].message: search.activeApplications is a number and has no fields',
      'rules[0].message: "{count}" has no fields',
    ]);
  });

  it('names a level that is not a severity and an option the rule lacks', () => {
    expect(messageProblems('{#level.urgent}x{/level.urgent} {options.wait}')).toEqual([
      'rules[0].message: "{level.urgent}" must be level.<severity>',
      'rules[0].message: "{options.wait}" is not an option of this rule',
    ]);
  });
});

describe('due dates of JSON rule actions', () => {
  const offer = {
    companies: [{ id: 'acme', name: 'Acme' }],
    applications: [
      { id: 'a1', companyId: 'acme', role: 'Analyst', channel: 'job-board', stage: 'offer' },
    ],
    offers: [
      {
        id: 'o1',
        applicationId: 'a1',
        receivedAt: '2026-11-20',
        expiresAt: '2026-12-01',
        status: 'pending',
      },
    ],
  };
  const rule = jsonRule({
    scope: 'offer',
    options: OPTIONS,
    conditions: { all: [{ fact: 'offer', path: 'status', operator: 'equal', value: 'pending' }] },
    message: 'Decide on the offer from {subject.company}.',
    actions: [
      { kind: 'wait', label: 'Wait', due: { inDaysOption: 'waitDays' } },
      { kind: 'decide', label: 'Decide', due: { fact: 'subject.expiresOn', plusDays: -2 } },
      { kind: 'note', label: 'Note' },
    ],
  });

  it('counts from the evaluation date by an option, or from a date of the subject', async () => {
    const advisor = createAdvisor({
      extends: [parseRuleSet(jsonRuleSet([rule]))],
      rules: { 'test/rule': { options: { waitDays: 6 } } },
    });
    const report = await advisor.evaluate(buildSearch(offer), { asOf: AS_OF });
    expect(report.advice[0]?.actions.map((a) => [a.kind, a.due])).toEqual([
      ['wait', '2026-12-01'],
      ['decide', '2026-11-29'],
      ['note', undefined],
    ]);
  });
});
