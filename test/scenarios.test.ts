import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Advice, evaluateSearch, formatText, type HealthReport } from '../src/index';

/** Every scenario is judged on this date (each file says so in its `$comment`). */
const AS_OF = '2026-11-25';

interface Row {
  readonly id: string;
  readonly name?: string;
  readonly role?: string;
  readonly companyId?: string;
  readonly applicationId?: string;
  readonly referralId?: string;
}

/** The parts of a search file needed to say which company and role a subject concerns. */
interface ScenarioFile {
  readonly companies?: readonly Row[];
  readonly applications?: readonly Row[];
  readonly referrals?: readonly Row[];
  readonly messages?: readonly Row[];
  readonly interviews?: readonly Row[];
  readonly offers?: readonly Row[];
}

function load(path: string): ScenarioFile {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
}

/** Rules whose advice amounts to "apply more" (send more applications, widen the pipeline). */
const APPLY_MORE = [
  'single-basket',
  'low-offer-outlook',
  'below-weekly-target',
  'no-recent-applications',
  'paused-while-interviewing',
  'start-applying',
];
/** Rules about following up on, or giving up on, processes already under way. */
const FOLLOW_UP_AND_GHOSTING = [
  'application-follow-up-due',
  'interview-follow-up-due',
  'follow-up-limit-reached',
  'likely-ghosted',
  'networking-follow-up-due',
  'thank-you-missing',
];
/** Action kinds that have no natural date (stopping, checking, fixing a record). */
const UNDATED_KINDS = ['stop-following-up', 'stop-waiting', 'check-posting', 'fix-data'];
const TELLS_TO_APPLY_MORE = /apply to (more|at least)|send \d+ applications/i;

/** The company names and roles a subject of an advice concerns. */
function namesOf(file: ScenarioFile, kind: string, id: string): string[] {
  const find = (rows: readonly Row[] | undefined, rowId: string | undefined) =>
    rows?.find((row) => row.id === rowId);
  const company = (companyId: string | undefined) => find(file.companies, companyId)?.name;
  const ofApplication = (applicationId: string | undefined) => {
    const application = find(file.applications, applicationId);
    return [company(application?.companyId), application?.role];
  };
  const names = (() => {
    switch (kind) {
      case 'application':
        return ofApplication(id);
      case 'interview':
        return ofApplication(find(file.interviews, id)?.applicationId);
      case 'offer':
        return ofApplication(find(file.offers, id)?.applicationId);
      case 'referral': {
        const referral = find(file.referrals, id);
        return [company(referral?.companyId), ...ofApplication(referral?.applicationId)];
      }
      case 'message': {
        const message = find(file.messages, id);
        const referral = find(file.referrals, message?.referralId);
        return [
          company(message?.companyId),
          company(referral?.companyId),
          ...ofApplication(message?.applicationId),
        ];
      }
      case 'company':
        return [company(id)];
      default:
        return [];
    }
  })();
  return names.filter((name): name is string => typeof name === 'string');
}

/** Every piece of text a job seeker reads in an advice. */
function textsOf(advice: Advice): string[] {
  return [advice.title, advice.message, ...advice.actions.map((a) => a.label)];
}

/**
 * Registers the checks every scenario must pass: no rule errors, messages that name the company
 * or role of each entity subject, dated actions, and no broken text.
 */
function checkWording(file: ScenarioFile, report: () => Promise<HealthReport>): void {
  it('evaluates every rule without an error', async () => {
    const errors = (await report()).outcomes.filter((o) => o.status === 'error');
    expect(errors).toEqual([]);
  });

  it('names the company or role of each entity subject in the message', async () => {
    for (const advice of (await report()).advice) {
      const entities = advice.subjects.filter((s) => s.kind !== 'search');
      // A long grouped list ends in "and N others": the subjects past it are not named.
      const truncated = /\band \d+ others?\b/.test(advice.message);
      const named = entities.filter((s) =>
        namesOf(file, s.kind, s.id).some((name) => advice.message.includes(name)),
      );
      if (truncated) expect(named.length, advice.id).toBeGreaterThanOrEqual(1);
      else expect(named, advice.id).toEqual(entities);
    }
  });

  it('dates every action that has a natural date, as YYYY-MM-DD', async () => {
    for (const advice of (await report()).advice)
      for (const action of advice.actions) {
        if (action.due !== undefined)
          expect(action.due, action.label).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        else expect(UNDATED_KINDS, `${advice.id}: ${action.label}`).toContain(action.kind);
      }
  });

  it('has no placeholders left, double spaces or empty parentheses in any text', async () => {
    const r = await report();
    for (const text of r.advice.flatMap(textsOf)) {
      expect(text).not.toMatch(/\b(undefined|null|NaN)\b/);
      expect(text).not.toMatch(/ {2}/);
      expect(text).not.toMatch(/\(\s*\)/);
      expect(text).not.toMatch(/\{|\}/);
    }
    expect(formatText(r)).not.toMatch(/\b(undefined|null|NaN)\b/);
  });
}

function scenario(path: string): { file: ScenarioFile; report: () => Promise<HealthReport> } {
  const file = load(path);
  let cached: Promise<HealthReport> | undefined;
  return { file, report: () => (cached ??= evaluateSearch(file, { asOf: AS_OF })) };
}

describe('the story from the evidence sheet', () => {
  const { file, report } = scenario('../examples/story/search.json');

  it('gives the four pieces of advice in the order the coach would', async () => {
    const top = (await report()).advice.slice(0, 4);
    expect(top.map((a) => a.ruleId)).toEqual([
      'unanswered-outreach',
      'single-basket',
      'follow-up-limit-reached',
      'application-follow-up-due',
    ]);
  });

  checkWording(file, report);
});

describe('a healthy, broad search', () => {
  const { file, report } = scenario('./scenarios/healthy-broad.json');

  it('scores 85 or more with no critical or high advice', async () => {
    const r = await report();
    expect(r.score).toBeGreaterThanOrEqual(85);
    expect(r.advice.filter((a) => a.severity === 'critical' || a.severity === 'high')).toEqual([]);
  });

  checkWording(file, report);
});

describe('a search started yesterday with nothing applied yet', () => {
  const { file, report } = scenario('./scenarios/just-started.json');

  it("advises how to start: the candidate's weekly goal of 6 applications and referrals", async () => {
    const start = (await report()).advice.find((a) => a.ruleId === 'start-applying');
    expect(start?.message).toContain('send 6 applications');
    expect(start?.message).toMatch(/referral/);
    expect(start?.actions.map((a) => a.kind)).toEqual(['apply', 'ask-referral']);
    expect(start?.actions[0]?.label).toContain('6 applications');
  });

  it('does not nag about follow-ups or ghosting, nor say applying has stopped', async () => {
    const advice = (await report()).advice;
    expect(advice.filter((a) => FOLLOW_UP_AND_GHOSTING.includes(a.ruleId))).toEqual([]);
    expect(advice.filter((a) => a.category === 'follow-up')).toEqual([]);
    expect(advice.map((a) => a.ruleId)).not.toContain('no-recent-applications');
  });

  checkWording(file, report);
});

describe('an offer expiring tomorrow while another company is at final round', () => {
  const { file, report } = scenario('./scenarios/offer-deadline.json');

  it('puts the deadline first, then the leverage, naming the company still interviewing', async () => {
    const advice = (await report()).advice;
    expect(advice[0]?.ruleId).toBe('offer-deadline-imminent');
    expect(advice[0]?.actions[0]?.due).toBe('2026-11-26');
    const offers = advice.slice(1).filter((a) => a.category === 'offers');
    expect(offers[0]?.ruleId).toBe('use-offer-leverage');
    expect(offers[0]?.message).toContain('Riverbend Analytics');
  });

  checkWording(file, report);
});

describe('a hundred cold job-board applications over two months and no interviews', () => {
  const { file, report } = scenario('./scenarios/cold-volume.json');

  it('leads with conversion and network advice', async () => {
    const [first] = (await report()).advice;
    expect(first?.ruleId).toBe('low-interview-conversion');
    expect(first?.severity).toBe('high');
    expect(first?.actions.map((a) => a.kind)).toContain('ask-referral');
  });

  it('never says to apply more', async () => {
    const advice = (await report()).advice;
    expect(advice.filter((a) => APPLY_MORE.includes(a.ruleId))).toEqual([]);
    for (const text of advice.flatMap(textsOf)) expect(text).not.toMatch(TELLS_TO_APPLY_MORE);
  });

  checkWording(file, report);
});

describe('an accepted offer', () => {
  const { file, report } = scenario('./scenarios/accepted-offer.json');

  it('gives no advice to keep applying, following up or widening the search', async () => {
    const advice = (await report()).advice;
    expect(advice.filter((a) => a.category === 'momentum' || a.category === 'breadth')).toEqual([]);
    expect(advice.filter((a) => FOLLOW_UP_AND_GHOSTING.includes(a.ruleId))).toEqual([]);
    expect(advice.flatMap((a) => a.actions).filter((a) => a.kind === 'apply')).toEqual([]);
    for (const text of advice.flatMap(textsOf))
      expect(text).not.toMatch(/\bapply\b|\bapplying\b|new applications|send \d+/i);
  });

  it('suggests withdrawing from the company still open', async () => {
    const advice = (await report()).advice;
    expect(advice.map((a) => a.ruleId)).toEqual(['withdraw-after-accepting']);
    expect(advice[0]?.message).toContain('Arc Design');
  });

  checkWording(file, report);
});
