import * as z from 'zod/v4/mini';

/** The message of a bad date; the issue formatter replaces it with one showing the fix. */
export const DATE_MESSAGE =
  'must be an ISO 8601 date (2026-11-25) or date-time with a time zone (2026-11-25T09:30:00Z)';

/** The message of a number outside 0..1 where a share is expected. */
export const SHARE_MESSAGE = 'must be a share between 0 and 1 (0.7 means 70%)';

/** From midnight to the last millisecond of the same day. */
const LAST_MS_OF_DAY = 86_400_000 - 1;

/**
 * The two ways a search writes a date, as zod's ISO formats define them: a date (`2026-11-25`) and
 * a date-time with a time zone (`2026-11-25T09:30:00+01:00`). The search's JSON Schema describes a
 * date as either one.
 */
export const DATE_FORMATS = [z.iso.date(), z.iso.datetime({ offset: true })] as const;

/**
 * Either format, as one pattern. Parsed as a union, every value the first format rejects built an
 * issue before the second was tried: some 40 MB at 100,000 messages, kept long enough to reach the
 * old generation of the heap.
 */
const DATE_PATTERN = new RegExp(
  `^(?:${DATE_FORMATS.map((format) => format.def.pattern?.source.slice(1, -1)).join('|')})$`,
);

/** A date as a search file writes it, before it is read as a `Date`. */
const dateTextSchema = z
  .string({ error: DATE_MESSAGE })
  .check(z.regex(DATE_PATTERN, { error: DATE_MESSAGE }));

/**
 * A date text read as a `Date` in place, by a check that overwrites the value. A transform would
 * wrap the text check in a pipe, which builds a result object per date; V8 sees enough of those
 * objects outlive a young-generation collection to allocate them straight into the old
 * generation (allocation-site pretenuring), where at 100,000 applications they left about 70 MB
 * of garbage per parse. Reading the date where it is checked builds nothing but the `Date`. The
 * check runs after the pattern's, and a value that fails it is never returned.
 */
function readDate(read: (text: string) => Date): z.core.$ZodType<Date, string> {
  return dateTextSchema.check(
    z.overwrite((text) => read(text) as unknown as string),
  ) as unknown as z.core.$ZodType<Date, string>;
}

/**
 * An ISO 8601 date (`2026-11-25`) or date-time with offset (`2026-11-25T09:30:00+01:00`),
 * parsed to a `Date`. A date without a time is midnight UTC, as ECMAScript's date-time format
 * reads it.
 */
export const isoDateSchema = readDate((text) => new Date(text));

/**
 * A deadline: like {@link isoDateSchema}, but a date without a time means the end of that day
 * (UTC), so an offer "expiring on the 26th" is still open all of the 26th.
 */
export const deadlineSchema = readDate(
  (text) => new Date(Date.parse(text) + (text.length === 10 ? LAST_MS_OF_DAY : 0)),
);

/** The schemas of a date in a search: the JSON Schema names the two formats they accept. */
export const DATE_SCHEMAS: ReadonlySet<z.core.$ZodType> = new Set<z.core.$ZodType>([
  isoDateSchema,
  deadlineSchema,
]);

/** An id: a non-empty string, unique within its list. */
export const idSchema = z
  .string()
  .check(z.minLength(1, { error: 'must be a non-empty id' }), z.maxLength(200));

/** Free text shown to people (names, roles): non-empty, bounded. */
export const labelSchema = z
  .string()
  .check(z.trim(), z.minLength(1, { error: 'must not be empty' }), z.maxLength(500));

/** A share between 0 and 1. */
export const shareSchema = z
  .number()
  .check(z.gte(0, { error: SHARE_MESSAGE }), z.lte(1, { error: SHARE_MESSAGE }));

/** Pipeline stages; the first six are active, the rest terminal. */
export const STAGES = [
  'saved',
  'applied',
  'screening',
  'interviewing',
  'final-round',
  'offer',
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
  'closed',
] as const;

/** A stage of an application. `saved` means not yet applied. */
export type Stage = (typeof STAGES)[number];

/** Stages in which an application is still open. */
export const ACTIVE_STAGES: readonly Stage[] = [
  'saved',
  'applied',
  'screening',
  'interviewing',
  'final-round',
  'offer',
];

/** Stages reached by talking to the employer (screen or later). */
export const INTERVIEW_STAGES: readonly Stage[] = ['screening', 'interviewing', 'final-round'];

/** Ways an application reached the employer. */
export const CHANNELS = [
  'job-board',
  'company-site',
  'referral',
  'recruiter',
  'network',
  'agency',
  'other',
] as const;

/** How an application reached the employer. */
export type Channel = (typeof CHANNELS)[number];

/** Each channel in words, as advice names it ("went through job boards"). */
export const CHANNEL_WORDS: Readonly<Record<Channel, string>> = {
  'job-board': 'job boards',
  'company-site': 'company career sites',
  referral: 'referrals',
  recruiter: 'recruiters',
  network: 'your network',
  agency: 'agencies',
  other: 'other channels',
};

/** Channels where a person vouched for or introduced the candidate. */
export const WARM_CHANNELS: readonly Channel[] = ['referral', 'network', 'recruiter'];

/** Company size buckets. */
export const COMPANY_SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;

/** A company size bucket. */
export type CompanySize = (typeof COMPANY_SIZES)[number];

/** Relationships of a contact to the candidate. */
export const RELATIONSHIPS = [
  'coach',
  'friend',
  'former-colleague',
  'alumni',
  'recruiter',
  'hiring-manager',
  'employee',
  'other',
] as const;

/** How a contact knows the candidate. */
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Statuses of a referral request. */
export const REFERRAL_STATUSES = [
  'requested',
  'declined',
  'not-hiring',
  'forwarded',
  'applied',
  'hired',
] as const;

/** Where a referral request stands. */
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Kinds of message. */
export const MESSAGE_KINDS = [
  'outreach',
  'follow-up',
  'thank-you',
  'status-update',
  'interview-invite',
  'rejection',
  'referral-request',
  'other',
] as const;

/** What a message is. */
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Directions of a message: `inbound` to the candidate, `outbound` from them. */
export const MESSAGE_DIRECTIONS = ['inbound', 'outbound'] as const;

/** Which way a message went. */
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

/** Kinds of interview. */
export const INTERVIEW_KINDS = [
  'screen',
  'technical',
  'behavioral',
  'onsite',
  'final',
  'other',
] as const;

/** A kind of interview. */
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

/** Statuses of an offer. */
export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'expired'] as const;

/** Where an offer stands. */
export type OfferStatus = (typeof OFFER_STATUSES)[number];
