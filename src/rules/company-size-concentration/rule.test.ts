import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, applied, buildSearch, daysAgo, spread } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { companySizeConcentration } from './rule';

/** Open applications at companies of the given sizes (undefined: size unknown). */
const sized = (sizes: readonly (string | undefined)[], extra: Record<string, unknown> = {}) =>
  buildSearch({
    companies: sizes.map((size, i) => ({ id: `c${i}`, name: `C${i}`, ...(size ? { size } : {}) })),
    applications: spread(sizes.length, 5),
    ...extra,
  });

const fiveLarge = ['large', 'large', 'large', 'large', 'large'];

ruleTester.run(companySizeConcentration, {
  asOf: AS_OF,
  fires: [
    {
      name: 'five open applications, all at large companies',
      search: sized(fiveLarge),
      advice: [{ subjects: ['search'], severity: 'low' }],
    },
    {
      name: 'applications at companies of unknown size are left out',
      search: sized([...fiveLarge, undefined]),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'a closed application at a company of another size does not count',
      search: buildSearch({
        companies: [
          ...fiveLarge.map((size, i) => ({ id: `c${i}`, name: `C${i}`, size })),
          { id: 'old', name: 'Old', size: 'small' },
        ],
        applications: [...spread(5, 5), applied('x', 'old', 40, { stage: 'rejected' })],
      }),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'the minimum count is an option',
      search: sized(['small', 'small', 'small']),
      options: { minSizedApplications: 3 },
      advice: [{ subjects: ['search'] }],
    },
  ],
  quiet: [
    {
      name: 'four with a known size is too few to judge',
      search: sized(['large', 'large', 'large', 'large', undefined]),
      status: 'passed',
    },
    {
      name: 'one company of another size',
      search: sized([...fiveLarge, 'small']),
      status: 'passed',
    },
    {
      name: 'an offer is pending',
      search: sized([...fiveLarge, 'large'], {
        offers: [{ id: 'o', applicationId: 'a5', receivedAt: daysAgo(1), status: 'pending' }],
      }),
      status: 'not-applicable',
    },
    {
      name: 'an offer was accepted',
      search: sized(fiveLarge, {
        offers: [{ id: 'o', applicationId: 'a0', receivedAt: daysAgo(1), status: 'accepted' }],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('company-size-concentration wording', () => {
  it('names the size', async () => {
    const advisor = createAdvisor({
      extends: [{ name: 'under-test', rules: [companySizeConcentration] }],
    });
    const report = await advisor.evaluate(sized(fiveLarge), { asOf: AS_OF });
    expect(report.advice[0]?.message).toContain(
      'All 5 of your open applications with a known company size are at large companies.',
    );
  });
});
