import { addDays, calendarDaysBetween, isoDay, startOfDay } from '../facts/dates';
import type { Action, Subject } from '../rule/types';

/** Most dated actions one piece of advice gives by default. */
export const DEFAULT_MAX_DATED_ACTIONS = 5;

/** Action kinds that are routine follow-ups: spread over the week, never due today. */
const FOLLOW_UP_KINDS: readonly string[] = ['follow-up'];

/** An action as planned: what it is about, how much it matters, and where its date came from. */
export interface PlannedAction {
  readonly action: Action;
  /** Its due date is a date in the search (a deadline), not a delay counted from today. */
  readonly fixed: boolean;
  /** Rank of its subject by importance, 0 first; actions without a subject come first. */
  readonly rank: number;
  /** For a routine follow-up, the company its subject concerns, when known. */
  readonly company?: string;
}

/** Whether an action is a routine follow-up about a subject: one a company should get one of a day. */
export function isFollowUp(action: Action): action is Action & { readonly subject: Subject } {
  return FOLLOW_UP_KINDS.includes(action.kind) && action.subject !== undefined;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Subjects in order of how much they matter, and each one's rank by id (0 first). */
export interface SubjectRanking {
  /** Positions of the subjects given, most important first. */
  readonly order: readonly number[];
  readonly ranks: ReadonlyMap<string, number>;
}

/**
 * Orders subjects by how much they matter: higher interest first (unrated counts as the middle
 * of the 1..5 scale), then those that came through a referral, then the most recent; ties keep
 * input order.
 */
export function rankSubjects(
  subjects: readonly Readonly<Record<string, unknown>>[],
): SubjectRanking {
  // Most advice is about one subject.
  if (subjects.length === 1) return { order: [0], ranks: new Map([[String(subjects[0]?.id), 0]]) };
  // One number per subject and measure, not an object per subject: a group can hold thousands.
  const interest = subjects.map((facts) => numberOr(facts.interest, 3));
  const warm = subjects.map((facts) =>
    facts.warm === true || facts.viaReferral === true || facts.channel === 'referral' ? 1 : 0,
  );
  const age = subjects.map((facts) =>
    numberOr(
      facts.daysSinceApplied ?? facts.daysSince ?? facts.daysSinceRequested ?? facts.daysSinceSaved,
      Number.POSITIVE_INFINITY,
    ),
  );
  const order = subjects.map((_, index) => index);
  const at = (values: readonly number[], index: number) => values[index] as number;
  order.sort(
    (a, b) =>
      at(interest, b) - at(interest, a) ||
      at(warm, b) - at(warm, a) ||
      at(age, a) - at(age, b) ||
      a - b,
  );
  const ranks = new Map<string, number>();
  order.forEach((index, rank) => {
    ranks.set(String(subjects[index]?.id), rank);
  });
  return { order, ranks };
}

/**
 * Keeps one routine follow-up per company in an advice: the one about the subject that matters
 * most, asked to mention the others in the same note. Five messages to one employer at once
 * read as noise; one note covering every open role does not.
 */
export function oneFollowUpPerCompany(planned: readonly PlannedAction[]): PlannedAction[] {
  // Per company: its most important follow-up (the earliest of equal rank) and how many there are.
  const byCompany = new Map<string, { first: PlannedAction; count: number }>();
  for (const p of planned) {
    if (p.company === undefined) continue;
    const seen = byCompany.get(p.company);
    if (!seen) byCompany.set(p.company, { first: p, count: 1 });
    else {
      seen.count += 1;
      if (p.rank < seen.first.rank) seen.first = p;
    }
  }
  const result: PlannedAction[] = [];
  for (const p of planned) {
    const same = p.company === undefined ? undefined : byCompany.get(p.company);
    if (same === undefined || same.count === 1) {
      result.push(p);
      continue;
    }
    if (same.first !== p) continue;
    const others = same.count - 1;
    const mention = others === 1 ? 'other application' : `${others} other applications`;
    result.push({
      ...p,
      action: {
        ...p.action,
        label: `${p.action.label}, and mention your ${mention} there in the same note`,
      },
    });
  }
  return result;
}

/** What {@link capActions} kept, and which subjects it left out. */
export interface CappedActions {
  readonly kept: PlannedAction[];
  /** How many subjects were left without a step. */
  readonly leftOut: number;
  /** Whether every step left out was a routine follow-up. */
  readonly leftOutFollowUps: boolean;
}

/**
 * Keeps at most `max` dated actions: those without a subject, then those of the subjects that
 * matter most. Returns how many subjects were left out, for the advice to say what to do with them.
 */
export function capActions(planned: readonly PlannedAction[], max: number): CappedActions {
  const dated = planned.filter((p) => p.action.due !== undefined);
  if (dated.length <= max) return { kept: [...planned], leftOut: 0, leftOutFollowUps: false };
  let budget = max - dated.filter((p) => p.action.subject === undefined).length;
  const kept = new Set<string>();
  const dropped = new Set<string>();
  // Dated steps per subject, counted once: a grouped advice can hold thousands of subjects.
  const datedPerSubject = new Map<string, number>();
  for (const p of dated) {
    const id = p.action.subject?.id;
    if (id !== undefined) datedPerSubject.set(id, (datedPerSubject.get(id) ?? 0) + 1);
  }
  const ranked = [...planned].sort((a, b) => a.rank - b.rank);
  for (const p of ranked) {
    const subject = p.action.subject;
    if (!subject || kept.has(subject.id) || dropped.has(subject.id)) continue;
    const cost = datedPerSubject.get(subject.id) ?? 0;
    if (cost <= budget) {
      kept.add(subject.id);
      budget -= cost;
    } else dropped.add(subject.id);
  }
  return {
    kept: planned.filter((p) => !p.action.subject || kept.has(p.action.subject.id)),
    leftOut: dropped.size,
    leftOutFollowUps: planned.every(
      (p) => !p.action.subject || !dropped.has(p.action.subject.id) || isFollowUp(p.action),
    ),
  };
}

/**
 * One sentence on the subjects left without a step: to come back to them later, and, when the
 * steps are follow-ups, to let go of the long-silent ones (a saved posting or an offer is not
 * silent). It does not count them: the message has already named some subjects and counted the
 * rest, and the steps may cover more or fewer than it names, so a second count would contradict
 * the first. Their age is not known here, so it never tells someone to drop an application sent
 * last week.
 */
export function leftOutSentence({ leftOut, leftOutFollowUps }: CappedActions): string {
  if (leftOut === 0) return '';
  const start = ' The steps below cover the ones that matter most; ';
  if (leftOut === 1)
    return `${start}the remaining one is older or less wanted: come back to it once these are done${leftOutFollowUps ? ', or let it go if it has long been silent' : ''}.`;
  return `${start}the rest are older or less wanted: come back to them once these are done${leftOutFollowUps ? ', and let go of the long-silent ones' : ''}.`;
}

/** Which days already hold a follow-up to each company, across the whole report. */
export class FollowUpCalendar {
  private readonly booked = new Set<string>();
  private readonly tomorrow: Date;

  /** @param asOf - the evaluation date. */
  constructor(asOf: Date) {
    this.tomorrow = addDays(startOfDay(asOf), 1);
  }

  /**
   * Dates routine follow-ups: the most important first, from tomorrow on, one per day within
   * one advice and never two to the same company on the same day. Other actions keep their date.
   */
  schedule(planned: readonly PlannedAction[]): readonly PlannedAction[] {
    const isDated = (p: PlannedAction) =>
      p.action.due !== undefined && FOLLOW_UP_KINDS.includes(p.action.kind);
    // Most advice has no follow-up to date: nothing to order or copy.
    if (!planned.some(isDated)) return planned;
    let next = this.tomorrow;
    const order = [...planned.keys()].sort(
      (a, b) => (planned[a]?.rank ?? 0) - (planned[b]?.rank ?? 0) || a - b,
    );
    const result = [...planned];
    for (const index of order) {
      const p = planned[index];
      if (!p || !isDated(p)) continue;
      const company = p.company;
      let day = new Date(Math.max(next.getTime(), Date.parse(`${p.action.due}T00:00:00Z`)));
      while (company !== undefined && this.booked.has(`${company} ${isoDay(day)}`))
        day = addDays(day, 1);
      if (company !== undefined) this.booked.add(`${company} ${isoDay(day)}`);
      next = addDays(day, 1);
      result[index] = { ...p, action: { ...p.action, due: isoDay(day) } };
    }
    return result;
  }
}

/**
 * Days until the first action is due, the one urgency unit of every rule: negative when overdue,
 * 0 for today and for actions without a date (stop chasing, fix a record: things to do now).
 */
export function daysUntilDue(actions: readonly Action[], asOf: Date): number {
  if (actions.length === 0) return 0;
  return Math.min(
    ...actions.map((a) =>
      a.due === undefined ? 0 : calendarDaysBetween(asOf, new Date(`${a.due}T00:00:00Z`)),
    ),
  );
}

/** The company a subject's facts name (every entity's facts but the search's have `companyId`). */
export function companyOfFacts(facts: Readonly<Record<string, unknown>>): string | undefined {
  return typeof facts.companyId === 'string' ? facts.companyId : undefined;
}
