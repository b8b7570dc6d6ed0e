import type { Interview } from '../model/schemas';
import type { ApplicationFacts } from './application';
import type { FactContext } from './context';
import { FOLLOW_UPS, INBOUND, THANK_YOUS } from './conversation';
import { datedBefore1990 } from './data-quality';
import { calendarDaysBetween, daysBetween, isoDay } from './dates';
import type { MessageSelection } from './search-index';

/** Derived facts about one interview, as rules see them under the `interview` fact. */
export interface InterviewFacts {
  /** The interview's id. */
  readonly id: string;
  /** The application's id. */
  readonly applicationId: string;
  /** The employer's id. */
  readonly companyId: string;
  /** The employer's name. */
  readonly company: string;
  /** The role interviewed for. */
  readonly role: string;
  /** For prose: "the Analyst role at Acme". */
  readonly title: string;
  /** Kind of interview, or null. */
  readonly kind: Interview['kind'] | null;
  /** Day of the interview (YYYY-MM-DD). */
  readonly on: string;
  /** Whether it has taken place. */
  readonly completed: boolean;
  /** Hours since it took place (negative while upcoming). */
  readonly hoursSince: number;
  /** Days since it took place (negative while upcoming). */
  readonly daysSince: number;
  /** Whether the application is still open. */
  readonly applicationActive: boolean;
  /** Whether it is the application's most recent interview. */
  readonly latest: boolean;
  /** Whether it has taken place and no later interview of the application has. */
  readonly latestCompleted: boolean;
  /** Whether an outbound thank-you followed it. */
  readonly thankYouSent: boolean;
  /** Whether the employer has written, or made an offer, since. */
  readonly employerContactSince: boolean;
  /** Whether the candidate has followed up since. */
  readonly followedUpSince: boolean;
  /** Days past the stated decision date (negative before it), or null when none was stated. */
  readonly daysPastDecisionDate: number | null;
  /** Marked as completed though dated after the evaluation date (likely a typo). */
  readonly completedInFuture: boolean;
  /** One of its dates falls before 1990 (likely a typo). */
  readonly datedBefore1990: boolean;
}

/** Computes {@link InterviewFacts} for one interview. */
export function interviewFacts(
  interview: Interview,
  application: ApplicationFacts,
  ctx: FactContext,
): InterviewFacts {
  const { index, asOf } = ctx;
  const siblings = index.interviewsByApplication.get(interview.applicationId) ?? [];
  // Messages since the interview: its application's, or its company's without an application.
  const since = (selection: MessageSelection) =>
    index.timeline('application', interview.applicationId, selection).count(interview.at, asOf) +
      index.timeline('company-only', application.companyId, selection).count(interview.at, asOf) >
    0;
  const days = calendarDaysBetween(interview.at, asOf);
  const completed = interview.completed ?? interview.at <= asOf;
  // An offer is the employer's answer too, even when no message about it was recorded.
  const offerSince = (index.offersByApplication.get(interview.applicationId) ?? []).some(
    (o) => o.receivedAt >= interview.at && o.receivedAt <= asOf,
  );
  return {
    id: interview.id,
    applicationId: interview.applicationId,
    companyId: application.companyId,
    company: application.company,
    role: application.role,
    title: application.title,
    kind: interview.kind ?? null,
    on: isoDay(interview.at),
    completed,
    hoursSince: daysBetween(interview.at, asOf) * 24,
    daysSince: days,
    applicationActive: application.active,
    latest: siblings.every((other) => other.at <= interview.at),
    latestCompleted:
      completed &&
      siblings.every((other) => other.at <= interview.at || !(other.completed ?? other.at <= asOf)),
    thankYouSent: since(THANK_YOUS),
    employerContactSince: offerSince || since(INBOUND),
    followedUpSince: since(FOLLOW_UPS),
    daysPastDecisionDate: interview.decisionExpectedBy
      ? calendarDaysBetween(interview.decisionExpectedBy, asOf)
      : null,
    completedInFuture: interview.completed === true && interview.at > asOf,
    datedBefore1990: datedBefore1990([interview.at, interview.decisionExpectedBy]),
  };
}
