import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { likelyGhosted } from './rule';

/** An application at an interview stage whose last interview was `days` ago. */
const interviewedAgo = (id: string, companyId: string, days: number, stage = 'interviewing') => ({
  application: applied(id, companyId, days + 20, { stage }),
  interview: { id: `i-${id}`, applicationId: id, at: daysAgo(days) },
});

const interviewed = (days: number, stage?: string) => {
  const { application, interview } = interviewedAgo('a', 'acme', days, stage);
  return buildSearch({ applications: [application], interviews: [interview] });
};

const hired = acceptedOffer();

ruleTester.run(likelyGhosted, {
  asOf: AS_OF,
  fires: [
    {
      name: 'thirty days of silence after applying',
      search: buildSearch({ applications: [applied('a', 'acme', 30)] }),
      advice: [{ subjects: ['a'], severity: 'low' }],
    },
    {
      name: 'fourteen days of silence after an interview',
      search: interviewed(14),
      advice: [{ subjects: ['a'], severity: 'low' }],
    },
    {
      name: 'fourteen days of silence after a screen',
      search: interviewed(14, 'screening'),
      advice: [{ subjects: ['a'] }],
    },
    {
      name: 'an interview stage with no interview recorded counts from the application',
      search: buildSearch({ applications: [applied('a', 'acme', 14, { stage: 'final-round' })] }),
      advice: [{ subjects: ['a'] }],
    },
    {
      name: 'silent applications are grouped into one advice',
      search: buildSearch({
        applications: [applied('a', 'acme', 35), applied('b', 'globex', 45)],
      }),
      advice: [{ subjects: ['a', 'b'], severity: 'low' }],
    },
    {
      name: 'the waits are options',
      search: buildSearch({
        applications: [applied('a', 'acme', 20), interviewedAgo('b', 'globex', 7).application],
        interviews: [interviewedAgo('b', 'globex', 7).interview],
      }),
      options: { afterDaysApplied: 20, afterDaysInterviewing: 7 },
      advice: [{ subjects: ['a', 'b'] }],
    },
  ],
  quiet: [
    {
      name: 'an offer was accepted',
      search: buildSearch({
        applications: [applied('a', 'acme', 30), hired.application],
        offers: [hired.offer],
      }),
      status: 'not-applicable',
    },
    {
      name: 'just under thirty days after applying',
      search: buildSearch({ applications: [applied('a', 'acme', 29)] }),
      status: 'passed',
    },
    {
      name: 'just under fourteen days after an interview',
      search: interviewed(13),
      status: 'passed',
    },
    {
      name: 'the employer wrote recently',
      search: buildSearch({
        applications: [applied('a', 'acme', 40)],
        messages: [
          {
            id: 'm',
            direction: 'inbound',
            kind: 'status-update',
            at: daysAgo(10),
            applicationId: 'a',
          },
        ],
      }),
      status: 'passed',
    },
    {
      name: 'no application date and no contact',
      search: buildSearch({ applications: [applied('a', 'acme', 40, { appliedAt: undefined })] }),
      status: 'needs-data',
    },
    {
      name: 'an offer is not ghosting',
      search: buildSearch({ applications: [applied('a', 'acme', 40, { stage: 'offer' })] }),
      status: 'not-applicable',
    },
    {
      name: 'saved and closed applications are not followed',
      search: buildSearch({
        applications: [
          applied('a', 'acme', 40, { stage: 'saved' }),
          applied('b', 'globex', 40, { stage: 'rejected' }),
        ],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('likely-ghosted wording', () => {
  it('names each application and advises to keep applying', async () => {
    const advisor = createAdvisor({ extends: [{ name: 'under-test', rules: [likelyGhosted] }] });
    const report = await advisor.evaluate(
      buildSearch({ applications: [applied('a', 'acme', 35), applied('b', 'globex', 45)] }),
      { asOf: AS_OF },
    );
    const [advice] = report.advice;
    expect(advice?.message).toBe(
      'You have not heard from the employer about the Analyst role at Acme and the Analyst role at Globex for 5 weeks or more. Silence this long often means the process has moved on: count them as long shots rather than live options, and keep applying elsewhere. If they do get back to you, treat it as a bonus.',
    );
    expect(advice?.actions.map((a) => a.label)).toEqual([
      'Count the Analyst role at Acme as a long shot',
      'Count the Analyst role at Globex as a long shot',
      'Send new applications in their place this week',
    ]);
  });
});
