import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTLOOK, summariseOutlook } from '../../src/facts/outlook';
import { evaluateSearch } from '../../src/index';
import { AS_OF, applied, buildSearch, daysAgo } from '../helpers/search';

const metrics = async (search: ReturnType<typeof buildSearch>) =>
  (await evaluateSearch(search, { asOf: AS_OF })).metrics;

/** A search started `age` days ago with one application at each of the given ages. */
const sentAt = (age: number, ...ages: number[]) =>
  buildSearch({
    candidate: { searchStartedAt: daysAgo(age) },
    applications: ages.map((days, i) => applied(`a${i}`, `c${i}`, days)),
  });

describe('the usual pace before the last week', () => {
  it('averages the three weeks before the last 7 days', async () => {
    // 6 sent 7 to 27 days ago, 2 in the last week, 1 older than four weeks.
    const m = await metrics(sentAt(60, 1, 2, 7, 10, 14, 20, 25, 27, 28));
    expect(m.earlierWeeklyPace).toBe(2);
    expect(m.lastWeekVersusEarlierPace).toBe(1);
  });

  it('spans only the earlier weeks a younger search has run', async () => {
    // 17 days old: 10 earlier days, 1.43 weeks; 3 sent then.
    const m = await metrics(sentAt(17, 1, 8, 9, 16));
    expect(m.earlierWeeklyPace).toBe(2.1);
    expect(m.lastWeekVersusEarlierPace).toBeCloseTo(1 / 2.1);
  });

  it('has none before a full earlier week, and no ratio against a pace of zero', async () => {
    const young = await metrics(sentAt(13, 1, 8));
    expect(young.earlierWeeklyPace).toBeNull();
    expect(young.lastWeekVersusEarlierPace).toBeNull();
    const restarted = await metrics(sentAt(60, 1, 40));
    expect(restarted.earlierWeeklyPace).toBe(0);
    expect(restarted.lastWeekVersusEarlierPace).toBeNull();
  });
});

describe('the pace the outlook projects with', () => {
  it('states the applications and days it is measured over', async () => {
    const { offerOutlook } = await metrics(sentAt(60, 1, 2, 3, 10, 20, 27, 28));
    expect(offerOutlook).toMatchObject({ recentApplications: 6, paceDays: 28, weeklyPace: 1.5 });
    const young = (await metrics(sentAt(10, 1, 9))).offerOutlook;
    expect(young).toMatchObject({ recentApplications: 2, paceDays: 10, weeklyPace: 1.4 });
  });

  it('counts a last week that met the plan as on pace, even when the average is lower', () => {
    const pace = (lastWeek: number) => ({
      recentChannels: Array.from({ length: 10 }, () => 'job-board' as const),
      weeks: 4,
      lastWeek,
      weeklyGoal: null,
      asOf: new Date(`${AS_OF}T00:00:00Z`),
    });
    expect(summariseOutlook([], DEFAULT_OUTLOOK, 0.5, pace(5)).belowPlannedPace).toBe(false);
    expect(summariseOutlook([], DEFAULT_OUTLOOK, 0.5, pace(4)).belowPlannedPace).toBe(true);
  });
});

describe('contacts where the candidate has applied', () => {
  it('names each contact at a company with an open application, with the company', async () => {
    const search = buildSearch({
      applications: [applied('a', 'acme', 3), applied('r', 'globex', 3, { stage: 'rejected' })],
      contacts: [
        { id: 'k1', name: 'Ada', companyId: 'acme' },
        { id: 'k2', name: 'Ben', companyId: 'globex' },
        { id: 'k3', name: 'Cy' },
      ],
    });
    expect((await metrics(search)).contactsAtOpenCompanies).toEqual(['Ada at Acme']);
  });
});
