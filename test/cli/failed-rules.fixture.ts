import * as z from 'zod/v4';
import { type Advisor, createAdvisor, defineRule } from '../../src/index';

/** A rule whose second condition reads a plugin fact that throws, with escapes in its message. */
const usesCrm = defineRule({
  id: 'test/crm',
  meta: {
    category: 'momentum',
    severity: 'low',
    title: 'Reads the CRM',
    description: 'd',
    rationale: 'r',
    sources: [],
  },
  scope: 'search',
  options: z.strictObject({}),
  conditions: {
    all: [
      { fact: 'search', path: 'activeApplications', operator: 'greaterThanInclusive', value: 0 },
      { fact: 'crm', operator: 'equal', value: 1 },
    ],
  },
  message: 'never',
  actions: [],
});

/** The recommended rules plus {@link usesCrm}, whose plugin fact always fails. */
export function brokenAdvisor(): Advisor {
  return createAdvisor({
    extends: ['recommended', { name: 'test', rules: [usesCrm] }],
    plugins: [
      {
        name: 'crm',
        facts: [
          {
            id: 'crm',
            compute: () => {
              throw new Error('connection refused \u001b[2J');
            },
          },
        ],
      },
    ],
  });
}
