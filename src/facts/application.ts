import { ACTIVE_STAGES, INTERVIEW_STAGES, WARM_CHANNELS } from '../model/primitives';
import type { Application } from '../model/schemas';
import { companyName, type FactContext, roleTitle } from './context';
import { FOLLOW_UPS, lastEmployerMessageAt } from './conversation';
import {
  companiesSharingAName,
  datedAfter,
  datedBefore1990,
  stageHistoryOutOfOrder,
} from './data-quality';
import { calendarDaysBetween, isoDay, latest } from './dates';
import { applicationOfferChance } from './outlook';

/** Derived facts about one application, as rules see them under the `application` fact. */
export interface ApplicationFacts {
  /** The application's id. */
  readonly id: string;
  /** The employer's id. */
  readonly companyId: string;
  /** The employer's name. */
  readonly company: string;
  /** The role applied for. */
  readonly role: string;
  /** For prose: "the Analyst role at Acme". */
  readonly title: string;
  /** How it reached the employer. */
  readonly channel: Application['channel'];
  /** Its stage. */
  readonly stage: Application['stage'];
  /** Still open (not accepted, declined, rejected, withdrawn or closed). */
  readonly active: boolean;
  /** Sent to the employer (any stage but `saved`). */
  readonly submitted: boolean;
  /** At screening, interviewing or final round. */
  readonly interviewStage: boolean;
  /** Sent through a person (referral, network, recruiter). */
  readonly warm: boolean;
  /** Interest 1..5, or null when not given. */
  readonly interest: number | null;
  /** Share of listed qualifications met, or null when not given. */
  readonly qualificationMatch: number | null;
  /** Day it was sent (YYYY-MM-DD), or null. */
  readonly appliedOn: string | null;
  /** Days since it was sent, or null when `appliedAt` is missing. */
  readonly daysSinceApplied: number | null;
  /** Days since the posting was saved, or null. */
  readonly daysSinceSaved: number | null;
  /** Whether the employer has written or interviewed since it was sent. */
  readonly employerResponded: boolean;
  /** Days since the employer was last heard from (or since applying, if never), or null. */
  readonly daysSinceEmployerContact: number | null;
  /** Outbound follow-ups sent after applying. */
  readonly followUpsSent: number;
  /** Follow-ups after which the employer has not written. */
  readonly unansweredFollowUps: number;
  /** Days since the last follow-up, or null when none was sent. */
  readonly daysSinceLastFollowUp: number | null;
  /** Interviews recorded. */
  readonly interviews: number;
  /** Days since the last completed interview, or null. */
  readonly daysSinceLastInterview: number | null;
  /** Day of the next interview still to come (YYYY-MM-DD), or null when none is scheduled. */
  readonly nextInterviewOn: string | null;
  /** Days until the posting closes (negative once closed), or null. */
  readonly daysUntilPostingDeadline: number | null;
  /** Day the posting closes (YYYY-MM-DD), or null. */
  readonly postingDeadlineOn: string | null;
  /** Age of the posting in days when applied to (or now, if not yet), or null. */
  readonly postingAgeDays: number | null;
  /** Rough chance of an offer from this application, after the silence discount. */
  readonly offerChance: number;
  /** Silent for longer than the typical time to hire. */
  readonly silent: boolean;
  /** Its saved or applied date falls after the evaluation date (likely a typo). */
  readonly futureDated: boolean;
  /** Interviews are recorded while its stage is still `saved` or `applied`. */
  readonly stageBehindInterviews: boolean;
  /** Its `stageHistory` is not listed oldest first. */
  readonly stageHistoryOutOfOrder: boolean;
  /** One of its dates falls before 1990 (likely a typo). */
  readonly datedBefore1990: boolean;
  /** Another company in the search has the same name as its employer (the two are kept apart). */
  readonly companyNameShared: boolean;
}

const NONE: readonly never[] = [];

/** Computes {@link ApplicationFacts} for one application. */
export function applicationFacts(app: Application, ctx: FactContext): ApplicationFacts {
  const { asOf, index } = ctx;
  const active = ACTIVE_STAGES.includes(app.stage);
  const submitted = app.stage !== 'saved';
  const sent = app.appliedAt;
  const company = companyName(ctx, app.companyId) ?? app.companyId;
  const lastEmployerMessage = lastEmployerMessageAt(app.id, app.companyId, sent, index);
  const interviews = index.interviewsByApplication.get(app.id) ?? NONE;
  // Most applications have no interview and no message: no list is built for them.
  let heldCount = 0;
  let lastInterview: Date | undefined;
  let nextInterview: Date | undefined;
  for (const interview of interviews) {
    if (interview.completed ?? interview.at <= asOf) {
      heldCount += 1;
      if (lastInterview === undefined || interview.at > lastInterview) lastInterview = interview.at;
    } else if (
      interview.at >= asOf &&
      (nextInterview === undefined || interview.at < nextInterview)
    )
      nextInterview = interview.at;
  }
  const lastContact = latest([lastEmployerMessage, lastInterview]);
  const contactBasis = lastContact ?? sent;
  let followUpsSent = 0;
  let unansweredFollowUps = 0;
  let lastFollowUp: Date | undefined;
  for (const m of index.messagesByApplication.get(app.id) ?? NONE) {
    if (!FOLLOW_UPS.includes(m, index) || (sent !== undefined && m.at < sent)) continue;
    followUpsSent += 1;
    // The employer answered a follow-up when it wrote at any time after it.
    if (lastEmployerMessage === undefined || lastEmployerMessage <= m.at) unansweredFollowUps += 1;
    if (lastFollowUp === undefined || m.at > lastFollowUp) lastFollowUp = m.at;
  }
  const postingBasis = sent ?? asOf;
  const stageDates = app.stageHistory?.map((change) => change.at) ?? NONE;
  const daysSinceEmployerContact = contactBasis ? calendarDaysBetween(contactBasis, asOf) : null;
  const offerChance = active
    ? applicationOfferChance(
        {
          stage: app.stage,
          channel: app.channel,
          daysSilent: daysSinceEmployerContact ?? undefined,
        },
        ctx.outlook,
      )
    : 0;
  const silenceLimit =
    app.stage === 'applied'
      ? ctx.outlook.silentAfterDaysApplied
      : ctx.outlook.silentAfterDaysInterviewing;

  return {
    id: app.id,
    companyId: app.companyId,
    company,
    role: app.role,
    title: roleTitle(app.role, company),
    channel: app.channel,
    stage: app.stage,
    active,
    submitted,
    interviewStage: INTERVIEW_STAGES.includes(app.stage),
    warm: WARM_CHANNELS.includes(app.channel) || app.referralId !== undefined,
    interest: app.interest ?? null,
    qualificationMatch: app.qualificationMatch ?? null,
    appliedOn: sent ? isoDay(sent) : null,
    daysSinceApplied: sent ? calendarDaysBetween(sent, asOf) : null,
    daysSinceSaved: app.savedAt ? calendarDaysBetween(app.savedAt, asOf) : null,
    employerResponded: lastEmployerMessage !== undefined || heldCount > 0,
    daysSinceEmployerContact,
    followUpsSent,
    unansweredFollowUps,
    daysSinceLastFollowUp: lastFollowUp ? calendarDaysBetween(lastFollowUp, asOf) : null,
    interviews: interviews.length,
    daysSinceLastInterview: lastInterview ? calendarDaysBetween(lastInterview, asOf) : null,
    nextInterviewOn: nextInterview ? isoDay(nextInterview) : null,
    daysUntilPostingDeadline: app.postingDeadline
      ? calendarDaysBetween(asOf, app.postingDeadline)
      : null,
    postingDeadlineOn: app.postingDeadline ? isoDay(app.postingDeadline) : null,
    postingAgeDays: app.postedAt ? calendarDaysBetween(app.postedAt, postingBasis) : null,
    offerChance,
    silent:
      active &&
      submitted &&
      app.stage !== 'offer' &&
      daysSinceEmployerContact !== null &&
      daysSinceEmployerContact > silenceLimit,
    futureDated: datedAfter([app.savedAt, app.appliedAt], asOf) || datedAfter(stageDates, asOf),
    stageBehindInterviews:
      interviews.length > 0 && (app.stage === 'saved' || app.stage === 'applied'),
    stageHistoryOutOfOrder: stageHistoryOutOfOrder(app),
    datedBefore1990:
      datedBefore1990([app.savedAt, app.appliedAt, app.postedAt, app.postingDeadline]) ||
      datedBefore1990(stageDates),
    companyNameShared: companiesSharingAName(index).has(app.companyId),
  };
}
