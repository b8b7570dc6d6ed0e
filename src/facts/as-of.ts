import type { Stage } from '../model/primitives';
import type { Application, JobSearch, Message, Offer, Referral } from '../model/schemas';

/** Whether a date is known and falls after `asOf`: undated records are kept. */
function after(date: Date | undefined, asOf: Date): boolean {
  return date !== undefined && date.getTime() > asOf.getTime();
}

/** A copy of `record` without `key`. */
function without<T extends object, K extends keyof T>(record: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

/** When the application first appears in the data: saved, applied or its first stage change. */
function firstSeen(app: Application): Date | undefined {
  const dates = [app.savedAt, app.appliedAt, app.stageHistory?.[0]?.at].filter(
    (d): d is Date => d !== undefined,
  );
  return dates.length === 0 ? undefined : new Date(Math.min(...dates.map((d) => d.getTime())));
}

/** What the records kept show about an application at `asOf`, for applications without history. */
interface StageClues {
  readonly offered: boolean;
  readonly interviewed: boolean;
  readonly lastActivity: number;
}

/**
 * The stage an application was at on `asOf`. With a `stageHistory`, the last change by then
 * (or `applied`/`saved` before the first one). Without it, the current stage is taken to have
 * been reached by the application's latest dated record; before that, the records kept say
 * how far it had got (an offer, an interview, or just applied).
 */
function stageAt(app: Application, asOf: Date, clues: StageClues | undefined): Stage {
  const sent = app.appliedAt !== undefined && !after(app.appliedAt, asOf);
  if (app.stageHistory !== undefined && app.stageHistory.length > 0) {
    const reached = app.stageHistory.filter((h) => !after(h.at, asOf)).at(-1);
    if (reached !== undefined) return reached.stage;
    return sent ? 'applied' : 'saved';
  }
  if (app.appliedAt !== undefined && !sent) return 'saved';
  if (clues === undefined || clues.lastActivity <= asOf.getTime()) return app.stage;
  if (clues.offered) return 'offer';
  if (clues.interviewed) return 'interviewing';
  return app.stage === 'saved' ? 'saved' : 'applied';
}

function restrictApplications(search: JobSearch, asOf: Date): Application[] {
  const clues = new Map<string, StageClues>();
  const clue = (id: string) =>
    clues.get(id) ?? { offered: false, interviewed: false, lastActivity: -Infinity };
  const note = (id: string, at: Date, kind?: 'offered' | 'interviewed') => {
    const known = clue(id);
    const seen = !after(at, asOf);
    clues.set(id, {
      offered: known.offered || (kind === 'offered' && seen),
      interviewed: known.interviewed || (kind === 'interviewed' && seen),
      lastActivity: Math.max(known.lastActivity, at.getTime()),
    });
  };
  for (const i of search.interviews) note(i.applicationId, i.at, 'interviewed');
  for (const o of search.offers) note(o.applicationId, o.receivedAt, 'offered');
  for (const m of search.messages) if (m.applicationId) note(m.applicationId, m.at);

  for (const a of search.applications) if (a.appliedAt) note(a.id, a.appliedAt);

  return search.applications
    .filter((app) => !after(firstSeen(app), asOf))
    .map((app) => {
      const base = after(app.appliedAt, asOf) ? without(app, 'appliedAt') : app;
      const history = app.stageHistory?.filter((h) => !after(h.at, asOf));
      const restricted = { ...base, stage: stageAt(app, asOf, clues.get(app.id)) };
      return history === undefined ? restricted : { ...restricted, stageHistory: history };
    });
}

function restrictReferral(referral: Referral, asOf: Date, kept: ReadonlySet<string>): Referral {
  let result = referral;
  if (after(referral.updatedAt, asOf))
    result = { ...without(result, 'updatedAt'), status: 'requested' };
  if (result.applicationId !== undefined && !kept.has(result.applicationId))
    result = without(result, 'applicationId');
  return result;
}

function restrictMessage(
  message: Message,
  asOf: Date,
  apps: ReadonlySet<string>,
  referrals: ReadonlySet<string>,
): Message {
  let result = message;
  if (after(message.repliedAt, asOf)) result = without(result, 'repliedAt');
  if (result.applicationId !== undefined && !apps.has(result.applicationId))
    result = without(result, 'applicationId');
  if (result.referralId !== undefined && !referrals.has(result.referralId))
    result = without(result, 'referralId');
  return result;
}

/** An offer as it stood on `asOf`: one that lapsed later was still pending then. */
function restrictOffer(offer: Offer, asOf: Date): Offer {
  return offer.status === 'expired' && after(offer.expiresAt, asOf)
    ? { ...offer, status: 'pending' }
    : offer;
}

/**
 * The search as it stood on `asOf`: records dated after it are dropped (applications not yet
 * saved or sent, messages, interviews, offers and referral requests), replies and referral
 * updates made later are undone, and each application takes the stage it had then (from its
 * `stageHistory`, or inferred from the records kept: an offer received, an interview held, or
 * just sent). References to dropped records are removed, so the result is a consistent search.
 * Undated records are kept. The search given is not modified.
 *
 * What the data cannot tell is left as it is now: an offer accepted or declined, or a
 * rejection, with no dated stage change, is assumed to have stood since the records show it.
 */
export function restrictToAsOf(search: JobSearch, asOf: Date): JobSearch {
  const applications = restrictApplications(search, asOf);
  const appIds = new Set(applications.map((a) => a.id));
  const referrals = search.referrals
    .filter((r) => !after(r.requestedAt, asOf))
    .map((r) => restrictReferral(r, asOf, appIds));
  const referralIds = new Set(referrals.map((r) => r.id));

  return {
    ...search,
    applications: applications.map((a) =>
      a.referralId !== undefined && !referralIds.has(a.referralId) ? without(a, 'referralId') : a,
    ),
    referrals,
    messages: search.messages
      .filter((m) => !after(m.at, asOf))
      .map((m) => restrictMessage(m, asOf, appIds, referralIds)),
    interviews: search.interviews.filter((i) => appIds.has(i.applicationId) && !after(i.at, asOf)),
    offers: search.offers
      .filter((o) => appIds.has(o.applicationId) && !after(o.receivedAt, asOf))
      .map((o) => restrictOffer(o, asOf)),
  };
}
