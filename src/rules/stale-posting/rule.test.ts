import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { stalePosting } from './rule';

/** An application sent 10 days ago to a posting `age` days old at the time. */
const sentTo = (id: string, companyId: string, age: number, extra = {}) =>
  applied(id, companyId, 10, { postedAt: daysAgo(10 + age), ...extra });
/** A saved posting published `age` days ago. */
const savedOf = (id: string, companyId: string, age: number) =>
  applied(id, companyId, 0, { stage: 'saved', appliedAt: undefined, postedAt: daysAgo(age) });

const hired = acceptedOffer();

ruleTester.run(stalePosting, {
  asOf: AS_OF,
  fires: [
    {
      name: 'applied to a posting 60 days old',
      search: buildSearch({ applications: [sentTo('a', 'acme', 60)] }),
      advice: [{ subjects: ['a'], severity: 'low' }],
    },
    {
      name: 'a saved posting up for 60 days by now',
      search: buildSearch({ applications: [savedOf('a', 'acme', 60)] }),
      advice: [{ subjects: ['a'], severity: 'low' }],
    },
    {
      name: 'stale postings are grouped into one advice',
      search: buildSearch({
        applications: [sentTo('a', 'acme', 70), savedOf('b', 'globex', 90)],
      }),
      advice: [{ subjects: ['a', 'b'], severity: 'low' }],
    },
    {
      name: 'the age is an option',
      search: buildSearch({ applications: [sentTo('a', 'acme', 30)] }),
      options: { afterDays: 30 },
      advice: [{ subjects: ['a'] }],
    },
  ],
  quiet: [
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [sentTo('a', 'acme', 60), hired.application],
        offers: [hired.offer],
      }),
      status: 'not-applicable',
    },
    {
      name: 'applied to a posting just under 60 days old',
      search: buildSearch({ applications: [sentTo('a', 'acme', 59)] }),
      status: 'passed',
    },
    {
      name: 'a saved posting just under 60 days old',
      search: buildSearch({ applications: [savedOf('a', 'acme', 59)] }),
      status: 'passed',
    },
    {
      name: 'a raised age',
      search: buildSearch({ applications: [sentTo('a', 'acme', 60)] }),
      options: { afterDays: 61 },
      status: 'passed',
    },
    {
      name: 'no posting date recorded',
      search: buildSearch({ applications: [applied('a', 'acme', 10)] }),
      status: 'needs-data',
    },
    {
      name: 'past the applied stage the role is evidently real',
      search: buildSearch({
        applications: [
          sentTo('a', 'acme', 90, { stage: 'interviewing' }),
          sentTo('b', 'globex', 90, { stage: 'rejected' }),
        ],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('stale-posting wording', () => {
  const advisor = createAdvisor({ extends: [{ name: 'under-test', rules: [stalePosting] }] });

  it('says how old an applied-to posting was when you applied', async () => {
    const report = await advisor.evaluate(
      buildSearch({ applications: [sentTo('a', 'acme', 63)] }),
      { asOf: AS_OF },
    );
    expect(report.advice[0]?.message).toContain(
      'The posting for the Analyst role at Acme had been up for 9 weeks when you applied.',
    );
  });

  it('says how old a saved posting is by now', async () => {
    const report = await advisor.evaluate(
      buildSearch({ applications: [savedOf('a', 'acme', 63)] }),
      { asOf: AS_OF },
    );
    expect(report.advice[0]?.message).toContain(
      'The posting for the Analyst role at Acme has been up for 9 weeks.',
    );
  });

  it('words a group in the plural', async () => {
    const report = await advisor.evaluate(
      buildSearch({ applications: [sentTo('a', 'acme', 70), savedOf('b', 'globex', 90)] }),
      { asOf: AS_OF },
    );
    const message = report.advice[0]?.message;
    expect(message).toContain(
      'The postings for the Analyst role at Acme and the Analyst role at Globex had been up for 10 weeks or more',
    );
    expect(message).toContain('count them as long shots meanwhile.');
  });
});
