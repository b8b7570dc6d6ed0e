import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { startApplying } from './rule';

/** A search started `days` ago with nothing sent. */
const startedAgo = (days: number, extra: Record<string, unknown> = {}) =>
  buildSearch({ candidate: { searchStartedAt: daysAgo(days), ...extra } });
const savedPosting = (id: string, companyId: string) =>
  applied(id, companyId, 0, { stage: 'saved', appliedAt: undefined, savedAt: daysAgo(1) });
const hired = acceptedOffer();

ruleTester.run(startApplying, {
  asOf: AS_OF,
  fires: [
    {
      name: 'a search started yesterday, nothing sent',
      search: startedAgo(1),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'a search started today',
      search: startedAgo(0),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'an empty search with no start date',
      search: buildSearch({}),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'saved postings are not applications',
      search: buildSearch({ applications: [savedPosting('s', 'acme')] }),
      advice: [{ subjects: ['search'] }],
    },
    {
      name: 'two weeks in with nothing sent is high',
      search: startedAgo(14),
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
    {
      name: 'just under two weeks is still medium',
      search: startedAgo(13.9),
      advice: [{ subjects: ['search'], severity: 'medium' }],
    },
    {
      name: 'the age for high is an option',
      search: startedAgo(7),
      options: { highAfterDays: 7 },
      advice: [{ subjects: ['search'], severity: 'high' }],
    },
  ],
  quiet: [
    {
      name: 'one application sent',
      search: buildSearch({ applications: [applied('a', 'acme', 1)] }),
      status: 'not-applicable',
    },
    {
      name: 'a rejected application was still sent',
      search: buildSearch({ applications: [applied('a', 'acme', 20, { stage: 'rejected' })] }),
      status: 'not-applicable',
    },
    {
      name: 'an offer was accepted',
      search: buildSearch({ applications: [hired.application], offers: [hired.offer] }),
      status: 'not-applicable',
    },
  ],
});

describe('start-applying wording', () => {
  const evaluate = (search: unknown, options?: Record<string, unknown>) =>
    createAdvisor({
      extends: [{ name: 'under-test', rules: [startApplying] }],
      ...(options ? { rules: { 'start-applying': { options } } } : {}),
    }).evaluate(search, { asOf: AS_OF });

  it("plans the first week around the candidate's weekly goal, with referrals and dates", async () => {
    const [advice] = (await evaluate(startedAgo(1, { goals: { weeklyApplications: 6 } }))).advice;
    expect(advice?.title).toBe('Time to send your first applications');
    expect(advice?.message).toBe(
      "You haven't sent an application yet, 1 day into your search. Make this week's plan: send 6 applications, your own weekly goal, to roles that fit you well, and ask 3 people you know for a referral or an introduction. Referred candidates are hired far more often than cold applicants.",
    );
    expect(advice?.actions).toEqual([
      {
        id: 'start-applying:apply',
        kind: 'apply',
        label: 'Send your first 6 applications to roles that fit you well',
        due: '2026-12-02',
      },
      {
        id: 'start-applying:ask-referral',
        kind: 'ask-referral',
        label:
          'Ask 3 people you know for a referral or an introduction at companies you would like to join',
        due: '2026-12-02',
      },
    ]);
  });

  it('uses the options without a goal, and points to saved postings', async () => {
    const search = buildSearch({
      applications: [savedPosting('s1', 'acme'), savedPosting('s2', 'globex')],
    });
    const [advice] = (await evaluate(search, { weeklyTarget: 4, referralRequests: 1 })).advice;
    expect(advice?.message).toContain(
      'send 4 applications to roles that fit you well, starting with the 2 postings you have saved, and ask 1 person you know',
    );
    expect(advice?.message).not.toContain('into your search');
    expect(advice?.actions[0]?.label).toBe(
      'Send your first 4 applications to roles that fit you well',
    );
  });
});
