import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import { DEFAULT_OUTLOOK, summariseOutlook } from '../../src/facts/outlook';
import {
  createAdvisor,
  defineRule,
  evaluateSearch,
  parseRuleSet,
  RuleSetError,
  ruleSetToJson,
} from '../../src/index';
import { recommended } from '../../src/rules/recommended';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../helpers/search';

const stateOf = async (search: unknown) =>
  (await evaluateSearch(search, { asOf: AS_OF })).metrics.state;
const offerApp = applied('o', 'acme', 30, { stage: 'offer' });
const pending = (expiresAt?: string) => ({
  id: 'p',
  applicationId: 'o',
  receivedAt: daysAgo(3),
  status: 'pending',
  ...(expiresAt === undefined ? {} : { expiresAt }),
});

describe('the search state', () => {
  it('is not-started with nothing sent, saved postings included', async () => {
    expect(await stateOf(buildSearch({}))).toBe('not-started');
    expect(
      await stateOf(buildSearch({ applications: [applied('s', 'acme', 0, { stage: 'saved' })] })),
    ).toBe('not-started');
  });

  it('is searching once an application is sent, even a rejected one', async () => {
    expect(await stateOf(buildSearch({ applications: [applied('a', 'acme', 3)] }))).toBe(
      'searching',
    );
    expect(
      await stateOf(
        buildSearch({ applications: [applied('a', 'acme', 3, { stage: 'rejected' })] }),
      ),
    ).toBe('searching');
  });

  it('is deciding while a pending offer is before its deadline, to the end of that day', async () => {
    expect(await stateOf(buildSearch({ applications: [offerApp], offers: [pending()] }))).toBe(
      'deciding',
    );
    expect(await stateOf(buildSearch({ applications: [offerApp], offers: [pending(AS_OF)] }))).toBe(
      'deciding',
    );
  });

  it('is back to searching once a pending offer is past its deadline', async () => {
    expect(
      await stateOf(buildSearch({ applications: [offerApp], offers: [pending(daysAgo(1))] })),
    ).toBe('searching');
  });

  it('is accepted with an accepted offer or application, whatever else is pending', async () => {
    const hired = acceptedOffer();
    expect(
      await stateOf(
        buildSearch({
          applications: [hired.application, offerApp],
          offers: [hired.offer, pending()],
        }),
      ),
    ).toBe('accepted');
    expect(
      await stateOf(
        buildSearch({ applications: [applied('a', 'acme', 30, { stage: 'accepted' })] }),
      ),
    ).toBe('accepted');
  });

  it('is not ended by a job accepted before this search began', async () => {
    const earlier = {
      application: applied('old', 'former', 900, { stage: 'accepted' }),
      offer: {
        id: 'old-offer',
        applicationId: 'old',
        receivedAt: daysAgo(880),
        status: 'accepted',
      },
    };
    const search = (startedAt: string) =>
      buildSearch({
        candidate: { searchStartedAt: startedAt },
        applications: [earlier.application, applied('a', 'acme', 10)],
        offers: [earlier.offer],
      });
    expect(await stateOf(search(daysAgo(30)))).toBe('searching');
    // The same acceptance, on or after the start, ends the search.
    expect(await stateOf(search(daysAgo(900)))).toBe('accepted');
  });
});

describe('rules and search states', () => {
  const probe = (states?: ('searching' | 'accepted')[]) =>
    defineRule({
      id: 'probe',
      meta: {
        category: 'momentum',
        severity: 'low',
        title: 'Probe',
        description: 'Fires whenever it runs.',
        rationale: 'For tests.',
        sources: [],
        ...(states ? { states } : {}),
      },
      scope: 'search',
      options: z.strictObject({}),
      conditions: {
        all: [
          { fact: 'search', path: 'totalApplications', operator: 'greaterThanInclusive', value: 0 },
        ],
      },
      message: 'Probe.',
      actions: [],
    });
  const outcome = async (states: ('searching' | 'accepted')[] | undefined, search: unknown) =>
    (
      await createAdvisor({ extends: [{ name: 'probe', rules: [probe(states)] }] }).evaluate(
        search,
        { asOf: AS_OF },
      )
    ).outcomes.find((o) => o.ruleId === 'probe');

  it('is not applicable outside the states a rule lists, and says why', async () => {
    const result = await outcome(
      ['accepted'],
      buildSearch({ applications: [applied('a', 'acme', 3)] }),
    );
    expect(result?.status).toBe('not-applicable');
    expect(result?.detail).toBe('the search state is searching');
    expect(
      (await outcome(['searching'], buildSearch({ applications: [applied('a', 'acme', 3)] })))
        ?.status,
    ).toBe('advice');
  });

  it('applies in every state when a rule lists none', async () => {
    expect((await outcome(undefined, buildSearch({})))?.status).toBe('advice');
  });

  it('every built-in rule but the data-quality ones says where it applies; only closing loops once accepted', () => {
    const withoutStates = recommended.rules
      .filter((r) => !r.meta.states)
      .map((r) => r.id)
      .sort();
    expect(withoutStates).toEqual([
      'data-gaps',
      'interview-data-conflict',
      'message-data-conflict',
      'referral-data-conflict',
    ]);
    const afterAccepting = recommended.rules
      .filter((r) => r.meta.states?.includes('accepted'))
      .map((r) => r.id)
      .sort();
    expect(afterAccepting).toEqual([
      'decline-offer-after-accepting',
      'decline-outreach-after-accepting',
      'withdraw-after-accepting',
    ]);
  });

  it('round-trips states through JSON rule sets, and names an unknown state', () => {
    const json = ruleSetToJson({ name: 'probe', rules: [probe(['accepted'])] });
    expect(parseRuleSet(json).rules[0]?.meta.states).toEqual(['accepted']);
    const bad = structuredClone(json) as unknown as { rules: { meta: { states: string[] } }[] };
    const [first] = bad.rules;
    if (first) first.meta.states = ['hired'];
    expect(() => parseRuleSet(bad)).toThrow(RuleSetError);
    expect(() => parseRuleSet(bad)).toThrow(/rules\[0\]\.meta\.states\[0\]/);
  });
});

describe('the outlook projection', () => {
  const pace = (recent: number, weeks = 4) => ({
    recentChannels: Array.from({ length: recent }, () => 'job-board' as const),
    weeks,
    lastWeek: 0,
    weeklyGoal: null,
    asOf: new Date(`${AS_OF}T00:00:00Z`),
  });

  it('counts a referral as about six cold applications by default', () => {
    expect(summariseOutlook([], DEFAULT_OUTLOOK, 0.5, pace(0)).referralWorth).toBe(6);
  });

  it('has no date to reach the target when nothing went out recently, and 0 weeks once there', () => {
    const idle = summariseOutlook([0.01], DEFAULT_OUTLOOK, 0.5, pace(0));
    expect(idle.weeksToTarget).toBeNull();
    expect(idle.targetReachedBy).toBeNull();
    expect(idle.weeksAtPlannedPace).not.toBeNull();
    const there = summariseOutlook([0.6], DEFAULT_OUTLOOK, 0.5, pace(4));
    expect(there.weeksToTarget).toBe(0);
    expect(there.targetReachedBy).toBe(AS_OF);
  });

  it('measures the pace over the weeks the search has run, up to four', () => {
    expect(summariseOutlook([], DEFAULT_OUTLOOK, 0.5, pace(10, 2)).weeklyPace).toBe(5);
    expect(summariseOutlook([], DEFAULT_OUTLOOK, 0.5, pace(10, 4)).weeklyPace).toBe(2.5);
    expect(summariseOutlook([], DEFAULT_OUTLOOK, 0.5, pace(10, 4)).belowPlannedPace).toBe(true);
  });
});
