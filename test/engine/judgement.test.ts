import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import {
  type Advice,
  createAdvisor,
  defineRule,
  evaluateSearch,
  type HealthReport,
  type Severity,
} from '../../src/index';
import { rate } from '../../src/report/score';
import { formatFromToday } from '../../src/rule/template';
import { applicationFollowUpDue } from '../../src/rules/application-follow-up-due/rule';
import { AS_OF, applied, buildSearch, daysAgo } from '../helpers/search';

const advice = (severity: Severity, id: string = severity): Advice => ({
  id,
  ruleId: id,
  category: 'breadth',
  severity,
  priority: 0,
  dueInDays: 0,
  title: id,
  message: id,
  rationale: id,
  actions: [],
  subjects: [{ kind: 'search', id: 'search' }],
  evidence: [],
  docsUrl: 'https://example.test',
});

/** A search-wide rule that fires whenever an application is open. */
const rule = (id: string, severity: Severity, supersedes?: string[]) =>
  defineRule({
    id,
    meta: {
      category: 'momentum',
      severity,
      title: `Finding ${id}`,
      description: 'A rule used in tests.',
      rationale: 'Tests need a rule.',
      sources: [],
    },
    scope: 'search',
    options: z.strictObject({}),
    conditions: {
      all: [
        {
          fact: 'search',
          path: 'activeApplications',
          operator: 'greaterThanInclusive',
          value: 1,
        },
      ],
    },
    message: `Advice ${id}.`,
    actions: [{ kind: 'apply', label: 'Keep going', due: { inDays: 3 } }],
    ...(supersedes ? { supersedes } : {}),
  });

const find = (report: HealthReport, ruleId: string) =>
  report.advice.find((a) => a.ruleId === ruleId);

describe('urgency: days until the first action is due', () => {
  const search = buildSearch({
    applications: [
      applied('a', 'acme', 12),
      applied('b', 'globex', 11),
      {
        id: 's',
        companyId: 'initech',
        role: 'Planner',
        channel: 'company-site',
        stage: 'saved',
        savedAt: daysAgo(1),
        postingDeadline: daysAgo(-2),
      },
    ],
  });

  it('puts a posting that closes in 2 days before routine follow-ups of the same severity', async () => {
    const report = await evaluateSearch(search, { asOf: AS_OF });
    const deadline = find(report, 'application-deadline-soon');
    const followUps = find(report, 'application-follow-up-due');
    expect(deadline?.severity).toBe(followUps?.severity);
    expect(report.advice.indexOf(deadline as Advice)).toBeLessThan(
      report.advice.indexOf(followUps as Advice),
    );
    expect(deadline?.dueInDays).toBe(1);
    expect(followUps?.dueInDays).toBe(1);
    expect(deadline?.priority).toBeGreaterThan(followUps?.priority ?? 0);
  });

  it('ranks a follow-up closing sooner above one with more slack, and counts overdue as negative', async () => {
    const report = await evaluateSearch(
      buildSearch({
        applications: [applied('a', 'acme', 20, { stage: 'interviewing' })],
        offers: [
          {
            id: 'o',
            applicationId: 'a',
            receivedAt: daysAgo(5),
            status: 'pending',
            expiresAt: daysAgo(-1),
          },
        ],
      }),
      { asOf: AS_OF },
    );
    const deadline = find(report, 'offer-deadline-imminent');
    expect(deadline?.dueInDays).toBe(0);
    for (const a of report.advice) expect(Number.isInteger(a.dueInDays)).toBe(true);
  });

  it('gives every advice an urgency from its actions, 0 for advice to act on now', async () => {
    const report = await evaluateSearch(search, { asOf: AS_OF });
    for (const a of report.advice) {
      const dated = a.actions.filter((x) => x.due !== undefined).map((x) => x.due as string);
      const undated = a.actions.some((x) => x.due === undefined);
      const first = [...dated].sort()[0];
      const expected = Math.min(
        undated || !first ? 0 : Number.POSITIVE_INFINITY,
        first ? (Date.parse(first) - Date.parse(AS_OF)) / 86_400_000 : Number.POSITIVE_INFINITY,
      );
      expect(a.dueInDays, a.id).toBe(expected);
    }
  });
});

describe('folding', () => {
  const evaluate = (rules: ReturnType<typeof rule>[]) =>
    createAdvisor({ extends: [{ name: 'under-test', rules }] }).evaluate(
      buildSearch({ applications: [applied('a', 'acme', 2)] }),
      { asOf: AS_OF },
    );

  it('keeps the more serious severity of what it absorbs, and says in one sentence what that was', async () => {
    const report = await evaluate([
      rule('test/wide', 'medium', ['test/narrow']),
      rule('test/narrow', 'high'),
    ]);
    expect(report.advice).toHaveLength(1);
    const [folded] = report.advice;
    expect(folded?.severity).toBe('high');
    expect(folded?.message).toBe(
      'Advice test/wide. This takes in another finding: "Finding test/narrow".',
    );
    expect(report.outcomes.find((o) => o.ruleId === 'test/narrow')?.mergedInto).toBe('test/wide');
  });

  it('keeps naming what a folded advice had itself taken in', async () => {
    // The middle rule folds the narrow one first, then is folded into the wide one.
    const report = await evaluate([
      rule('test/middle', 'medium', ['test/narrow']),
      rule('test/wide', 'medium', ['test/middle']),
      rule('test/narrow', 'high'),
    ]);
    expect(report.advice.map((a) => [a.ruleId, a.severity])).toEqual([['test/wide', 'high']]);
    expect(report.advice[0]?.message).toBe(
      'Advice test/wide. This takes in 2 other findings: "Finding test/middle" and "Finding test/narrow".',
    );
  });

  it('does not lower a more serious advice that absorbs a milder one', async () => {
    const report = await evaluate([
      rule('test/wide', 'high', ['test/narrow']),
      rule('test/narrow', 'low'),
    ]);
    expect(report.advice.map((a) => a.severity)).toEqual(['high']);
  });

  it('adds nothing to advice that absorbed nothing', async () => {
    // The rule it may absorb is in the set but switched off, so nothing fires to fold.
    const report = await createAdvisor({
      extends: [
        {
          name: 'under-test',
          rules: [rule('test/wide', 'medium', ['test/narrow']), rule('test/narrow', 'high')],
        },
      ],
      rules: { 'test/narrow': 'off' },
    }).evaluate(buildSearch({ applications: [applied('a', 'acme', 2)] }), { asOf: AS_OF });
    expect(report.advice[0]?.message).toBe('Advice test/wide.');
  });
});

describe('rating', () => {
  it('is critical for two critical items, or one in a weak search', () => {
    expect(rate(90, [advice('critical', 'a'), advice('critical', 'b')])).toBe('critical');
    expect(rate(69, [advice('critical')])).toBe('critical');
  });

  it('is never critical without critical advice, however low the score', () => {
    expect(rate(0, [advice('high')])).toBe('at-risk');
    expect(rate(10, [advice('medium')])).toBe('at-risk');
  });

  it('is at most at-risk for one critical item in an otherwise sound search', () => {
    expect(rate(70, [advice('critical')])).toBe('at-risk');
    expect(rate(95, [advice('critical')])).toBe('at-risk');
  });

  it('is at-risk for high advice or a middling score, healthy otherwise', () => {
    expect(rate(95, [advice('high')])).toBe('at-risk');
    expect(rate(84, [])).toBe('at-risk');
    expect(rate(85, [advice('medium'), advice('low')])).toBe('healthy');
  });
});

describe('score once an offer is accepted', () => {
  // One application still open elsewhere: withdrawing from it is the only loop left.
  const loose = (accepted: boolean) =>
    buildSearch({
      applications: [
        applied('hired', 'hired', 40, { stage: accepted ? 'accepted' : 'final-round' }),
        applied('open', 'acme', 20),
      ],
    });

  it('counts the job-hunting rules as done, so a loop left open does not read as a failing search', async () => {
    const report = await evaluateSearch(loose(true), { asOf: AS_OF });
    expect(report.metrics.state).toBe('accepted');
    expect(report.advice.map((a) => a.ruleId)).toEqual(['withdraw-after-accepting']);
    expect(report.score).toBeGreaterThanOrEqual(85);
    expect(report.rating).toBe('healthy');
  });

  it('while still searching, no rule is set aside as done', async () => {
    const report = await evaluateSearch(loose(false), { asOf: AS_OF });
    expect(report.metrics.state).toBe('searching');
    expect(report.outcomes.some((o) => o.detail === 'the search state is accepted')).toBe(false);
    expect(report.score).toBeLessThan(100);
  });
});

describe('doable actions', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      applied(`a${i}`, `c${i}`, 12 + i, i === 7 ? { interest: 5 } : {}),
    );
  const evaluate = (search: unknown, config = {}) =>
    createAdvisor({
      extends: [{ name: 'under-test', rules: [applicationFollowUpDue] }],
      ...config,
    }).evaluate(search, { asOf: AS_OF });

  it('gives at most five dated actions, the ones that matter most, and says what to do with the rest', async () => {
    const [followUps] = (await evaluate(buildSearch({ applications: many(12) }))).advice;
    const dated = followUps?.actions.filter((a) => a.due !== undefined) ?? [];
    expect(dated).toHaveLength(5);
    // The top choice first, then the most recent.
    expect(dated.map((a) => a.subject?.id)).toEqual(['a7', 'a0', 'a1', 'a2', 'a3']);
    expect(followUps?.actions).toHaveLength(5);
    expect(followUps?.message).toMatch(
      / The steps below cover the ones that matter most; the rest are older or less wanted: come back to them once these are done, and let go of the long-silent ones\.$/,
    );
    expect(followUps?.subjects).toHaveLength(12);
  });

  it('counts the others once: the message names four and 8 others, the steps do not recount them', async () => {
    const [followUps] = (await evaluate(buildSearch({ applications: many(12) }))).advice;
    expect(followUps?.message).toContain(' and 8 others ');
    // Five steps cover one more than the four named: a second count ("the 7 others") would
    // contradict the first.
    expect(followUps?.message.match(/\d+ others/g)).toEqual(['8 others']);
  });

  it('names in its message the subjects its steps are about, most important first', async () => {
    const [followUps] = (await evaluate(buildSearch({ applications: many(12) }))).advice;
    // The message lists four roles by name; they are the first four steps' companies.
    expect(followUps?.message).toContain(
      'the Analyst role at C7, the Analyst role at C0, the Analyst role at C1, the Analyst role at C2 and 8 others',
    );
  });

  it('spreads them over the week from tomorrow, one a day', async () => {
    const [followUps] = (await evaluate(buildSearch({ applications: many(12) }))).advice;
    expect(followUps?.actions.filter((a) => a.due).map((a) => a.due)).toEqual([
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
  });

  it('adds no summary at or under the cap, and the cap is an option', async () => {
    const [five] = (await evaluate(buildSearch({ applications: many(5) }))).advice;
    expect(five?.actions.map((a) => a.kind)).toEqual(Array(5).fill('follow-up'));
    expect(five?.message).not.toContain('The steps below');
    const [capped] = (
      await evaluate(buildSearch({ applications: many(3) }), { maxDatedActions: 2 })
    ).advice;
    expect(capped?.actions.map((a) => a.kind)).toEqual(['follow-up', 'follow-up']);
    expect(capped?.message).toContain(
      'the remaining one is older or less wanted: come back to it once these are done, or let it go if it has long been silent.',
    );
  });

  it('never sends two follow-ups to one company on the same day, across all advice', async () => {
    const report = await evaluateSearch(
      buildSearch({
        applications: [
          applied('a', 'acme', 12, { role: 'Analyst' }),
          applied('b', 'acme', 13, { role: 'Planner' }),
          applied('c', 'acme', 20, { stage: 'interviewing', role: 'Buyer' }),
        ],
        interviews: [{ id: 'i', applicationId: 'c', at: daysAgo(10), completed: true }],
        messages: [
          {
            id: 't',
            direction: 'outbound',
            kind: 'thank-you',
            applicationId: 'c',
            at: daysAgo(10),
          },
        ],
      }),
      { asOf: AS_OF },
    );
    const followUps = report.advice.flatMap((a) => a.actions).filter((a) => a.kind === 'follow-up');
    // One note about both quiet applications, and the interview follow-up on another day.
    expect(followUps).toHaveLength(2);
    expect(new Set(followUps.map((a) => a.due)).size).toBe(2);
    const note = find(report, 'application-follow-up-due')?.actions;
    expect(note?.map((a) => a.label)).toEqual([
      'Follow up with Acme about the Analyst role, and mention your other application there in the same note',
    ]);
    expect(note?.[0]?.subject).toEqual({ kind: 'application', id: 'a' });
  });

  it('spaces a follow-up about a subject outside its own advice from the others to that company', async () => {
    // A search-wide rule of its own asks for a note to Acme about application "a", which the
    // built-in follow-up rule also chases: the two notes fall on different days.
    const chaseAcme = {
      ...rule('test/chase-acme', 'critical'),
      actions: () => [
        {
          kind: 'follow-up',
          label: 'Write to Acme',
          due: AS_OF,
          subject: { kind: 'application' as const, id: 'a' },
        },
      ],
    };
    const report = await createAdvisor({
      extends: ['recommended', { name: 'test', rules: [chaseAcme] }],
    }).evaluate(buildSearch({ applications: [applied('a', 'acme', 12)] }), { asOf: AS_OF });
    const dueDays = report.advice
      .flatMap((a) => a.actions)
      .filter((a) => a.kind === 'follow-up')
      .map((a) => a.due);
    expect(dueDays).toEqual(['2026-11-26', '2026-11-27']);
  });

  it('sends one follow-up per employer in an advice, mentioning the other roles there', async () => {
    const [followUps] = (
      await evaluate(
        buildSearch({
          applications: [
            ...['a', 'b', 'c', 'd'].map((id, i) =>
              applied(id, 'globex', 12 + i, { role: `Role ${id}` }),
            ),
            applied('e', 'initech', 20),
          ],
        }),
      )
    ).advice;
    expect(followUps?.actions.map((a) => a.label)).toEqual([
      'Follow up with Globex about the Role a role, and mention your 3 other applications there in the same note',
      'Follow up with Initech about the Analyst role',
    ]);
    expect(followUps?.subjects).toHaveLength(5);
  });
});

describe('advice ids', () => {
  const base = buildSearch({
    applications: [applied('a', 'acme', 12), applied('b', 'globex', 14)],
    messages: [
      { id: 'm', direction: 'inbound', kind: 'outreach', at: daysAgo(2), companyId: 'initech' },
    ],
  });
  const withMore = buildSearch({
    applications: [
      applied('a', 'acme', 12),
      applied('b', 'globex', 14),
      applied('c', 'umbrella', 15),
      applied('d', 'hooli', 1),
    ],
    messages: [
      { id: 'm', direction: 'inbound', kind: 'outreach', at: daysAgo(2), companyId: 'initech' },
    ],
  });

  it('stay the same when unrelated applications are added', async () => {
    const before = await evaluateSearch(base, { asOf: AS_OF });
    const after = await evaluateSearch(withMore, { asOf: AS_OF });
    const ids = (r: HealthReport) => new Map(r.advice.map((a) => [a.ruleId, a.id]));
    expect(ids(after).get('unanswered-outreach')).toBe('unanswered-outreach:m');
    expect(ids(after).get('unanswered-outreach')).toBe(ids(before).get('unanswered-outreach'));
    // The group grew from two applications to three and keeps its id.
    const group = (r: HealthReport) => find(r, 'application-follow-up-due');
    expect(group(before)?.subjects).toHaveLength(2);
    expect(group(after)?.subjects).toHaveLength(3);
    expect(group(after)?.id).toBe(group(before)?.id);
    expect(group(after)?.id).toBe('application-follow-up-due@medium');
  });

  it('give each action of a group an id from its subject, stable as the group changes', async () => {
    const actionIds = (r: HealthReport) =>
      find(r, 'application-follow-up-due')?.actions.map((a) => a.id) ?? [];
    const before = actionIds(await evaluateSearch(base, { asOf: AS_OF }));
    const after = actionIds(await evaluateSearch(withMore, { asOf: AS_OF }));
    expect(before).toEqual([
      'application-follow-up-due:a:follow-up',
      'application-follow-up-due:b:follow-up',
    ]);
    expect(after).toEqual(expect.arrayContaining(before));
  });

  it('are unique within a report', async () => {
    const report = await evaluateSearch(withMore, { asOf: AS_OF });
    const adviceIds = report.advice.map((a) => a.id);
    const actionIds = report.advice.flatMap((a) => a.actions.map((x) => x.id));
    expect(new Set(adviceIds).size).toBe(adviceIds.length);
    expect(new Set(actionIds).size).toBe(actionIds.length);
    expect(actionIds.every((id) => typeof id === 'string')).toBe(true);
  });
});

describe('time words', () => {
  it('says today, tomorrow and in N days rather than hours from now', () => {
    expect([0, 1, 2, 9, -1, -3].map(formatFromToday)).toEqual([
      'today',
      'tomorrow',
      'in 2 days',
      'in 9 days',
      'yesterday',
      '3 days ago',
    ]);
  });

  it('words an offer deadline in days', async () => {
    const report = await evaluateSearch(
      buildSearch({
        applications: [applied('a', 'acme', 20, { stage: 'offer' })],
        offers: [
          {
            id: 'o',
            applicationId: 'a',
            receivedAt: daysAgo(3),
            status: 'pending',
            expiresAt: daysAgo(-1),
          },
        ],
      }),
      { asOf: AS_OF },
    );
    const deadline = find(report, 'offer-deadline-imminent');
    expect(deadline?.message).toContain('expires tomorrow (2026-11-26)');
    expect(deadline?.message).not.toMatch(/hours/);
  });
});
