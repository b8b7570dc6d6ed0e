import { singleBasket } from '../../src/rules/single-basket';
import { ruleTester } from '../helpers/rule-tester';
import { AS_OF, applied, buildSearch, spread } from '../helpers/search';

ruleTester.run(singleBasket, {
  asOf: AS_OF,
  fires: [
    {
      name: 'one company is critical',
      search: buildSearch({ applications: spread(1, 3) }),
      advice: [{ subjects: ['search'], severity: 'critical' }],
    },
    {
      name: 'four companies is high',
      search: buildSearch({ applications: spread(4, 3) }),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'five companies, but one interviewing carries most of the chance',
      search: buildSearch({
        applications: [
          ...spread(4, 3),
          applied('top', 'top', 3, { stage: 'final-round', interest: 5 }),
        ],
      }),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'top company share at the limit',
      search: buildSearch({
        applications: [...spread(5, 3), applied('top', 'top', 3, { stage: 'screening' })],
      }),
      options: { maxTopCompanyShare: 0.61 },
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'two applications at one company count as one company',
      search: buildSearch({ applications: [...spread(4, 3), applied('again', 'c0', 3)] }),
      options: { maxTopCompanyShare: 1 },
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'minCompanies is an option',
      search: buildSearch({ applications: spread(6, 3) }),
      options: { minCompanies: 7 },
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
  ],
  quiet: [
    {
      name: 'five companies with similar chances',
      search: buildSearch({ applications: spread(5, 3) }),
      status: 'passed',
    },
    {
      // Screening (0.08) against five fresh cold applications (0.01 each): a share of 0.615.
      name: 'top company share just below the limit',
      search: buildSearch({
        applications: [...spread(5, 3), applied('top', 'top', 3, { stage: 'screening' })],
      }),
      options: { maxTopCompanyShare: 0.62 },
      status: 'passed',
    },
    { name: 'nothing applied yet', search: buildSearch({}), status: 'passed' },
    {
      name: 'an accepted offer ends the search',
      search: buildSearch({
        applications: [applied('a', 'acme', 30, { stage: 'accepted' })],
        offers: [{ id: 'o', applicationId: 'a', receivedAt: '2026-11-01', status: 'accepted' }],
      }),
      status: 'not-applicable',
    },
  ],
});
