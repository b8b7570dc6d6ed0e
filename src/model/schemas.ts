import * as z from 'zod/v4/mini';
import {
  CHANNELS,
  COMPANY_SIZES,
  deadlineSchema,
  INTERVIEW_KINDS,
  idSchema,
  isoDateSchema,
  labelSchema,
  MESSAGE_DIRECTIONS,
  MESSAGE_KINDS,
  OFFER_STATUSES,
  REFERRAL_STATUSES,
  RELATIONSHIPS,
  STAGES,
  shareSchema,
} from './primitives';

/**
 * An object schema that also accepts `$comment`, a note for people reading the file (JSON has
 * no comments; JSON Schema reserves `$comment` for them, and `init` writes them). Unknown keys
 * are dropped here and reported by {@link findUnknownKeys}.
 */
function object<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object({
    /** A note for people reading the file. Ignored. */
    $comment: z.optional(z.string().check(z.maxLength(10_000))),
    ...shape,
  });
}

/** The most items a list of a search may hold. */
export const MAX_LIST_ITEMS = 100_000;

/** Builds every entity schema. */
function buildSchemas() {
  const list = <T extends z.core.$ZodType>(item: T) =>
    z._default(z.array(item).check(z.maxLength(MAX_LIST_ITEMS)), []);

  const goals = object({
    /** Applications the candidate aims to send each week. */
    weeklyApplications: z.optional(z.int().check(z.gte(0), z.lte(1000))),
    /** Active applications the candidate wants to keep open at once. */
    activeApplications: z.optional(z.int().check(z.gte(0), z.lte(10_000))),
    /** Target chance (0..1) of at least one offer from the current pipeline. */
    offerProbability: z.optional(shareSchema),
  });

  const candidate = object({
    /** The job seeker's name, used only for display. */
    name: z.optional(labelSchema),
    /** Where the candidate lives or wants to work. */
    location: z.optional(labelSchema),
    /** Roles the candidate is aiming for. */
    targetRoles: z.optional(z.array(labelSchema).check(z.maxLength(100))),
    /** When the search began. */
    searchStartedAt: z.optional(isoDateSchema),
    /** The candidate's own targets; they override rule defaults where they apply. */
    goals: z.optional(goals),
  });

  const company = object({
    /** Unique id of the company within `companies`. */
    id: idSchema,
    /** Company name, as shown in advice. */
    name: labelSchema,
    /** Size bucket of the company. */
    size: z.optional(z.enum(COMPANY_SIZES)),
    /** Industry, free text. */
    industry: z.optional(labelSchema),
    /** Location, free text. */
    location: z.optional(labelSchema),
  });

  const contact = object({
    /** Unique id of the contact within `contacts`. */
    id: idSchema,
    /** The contact's name, as shown in advice. */
    name: labelSchema,
    /** The company the contact works at, if any (an id in `companies`). */
    companyId: z.optional(idSchema),
    /** How the candidate knows the contact. */
    relationship: z.optional(z.enum(RELATIONSHIPS)),
  });

  const stageChange = object({
    /** The stage entered. */
    stage: z.enum(STAGES),
    /** When it was entered. */
    at: isoDateSchema,
  });

  const application = object({
    /** Unique id of the application within `applications`. */
    id: idSchema,
    /** The employer (an id in `companies`). */
    companyId: idSchema,
    /** Job title applied for, as shown in advice. */
    role: labelSchema,
    /** How the application reached the employer. */
    channel: z.enum(CHANNELS),
    /** Current stage; see the stage list in the search file guide. */
    stage: z.enum(STAGES),
    /** When the posting was saved. */
    savedAt: z.optional(isoDateSchema),
    /** When the application was sent. Required by most timing rules once past `saved`. */
    appliedAt: z.optional(isoDateSchema),
    /** The referral behind this application (an id in `referrals`). */
    referralId: z.optional(idSchema),
    /** How much the candidate wants this job, 1 (little) to 5 (top choice). */
    interest: z.optional(z.int().check(z.gte(1), z.lte(5))),
    /** Share of the listed qualifications the candidate meets, 0..1. */
    qualificationMatch: z.optional(shareSchema),
    /** When the posting closes; a date alone means the end of that day. */
    postingDeadline: z.optional(deadlineSchema),
    /** When the posting was published. */
    postedAt: z.optional(isoDateSchema),
    /** Past stage changes, oldest first. */
    stageHistory: z.optional(z.array(stageChange).check(z.maxLength(100))),
    /** Free-text notes, such as next steps or columns of an imported sheet. Informational. */
    notes: z.optional(z.string().check(z.maxLength(10_000))),
  });

  const referral = object({
    /** Unique id of the referral within `referrals`. */
    id: idSchema,
    /** The connection asked for the referral (an id in `contacts`). */
    contactId: idSchema,
    /** The company the referral is for (an id in `companies`). */
    companyId: idSchema,
    /** When the candidate asked for the referral. */
    requestedAt: isoDateSchema,
    /** Where the referral stands. */
    status: z.enum(REFERRAL_STATUSES),
    /** When the status last changed. */
    updatedAt: z.optional(isoDateSchema),
    /** The application that followed from the referral (an id in `applications`). */
    applicationId: z.optional(idSchema),
  });

  const message = object({
    /** Unique id of the message within `messages`. */
    id: idSchema,
    /** `inbound`: to the candidate; `outbound`: from the candidate. */
    direction: z.enum(MESSAGE_DIRECTIONS),
    /** What the message is. */
    kind: z.enum(MESSAGE_KINDS),
    /** When it was sent or received. */
    at: isoDateSchema,
    /** The company concerned (an id in `companies`). */
    companyId: z.optional(idSchema),
    /** The person concerned (an id in `contacts`). */
    contactId: z.optional(idSchema),
    /** The application concerned (an id in `applications`). */
    applicationId: z.optional(idSchema),
    /** The referral concerned (an id in `referrals`). */
    referralId: z.optional(idSchema),
    /** When the candidate replied, for inbound messages. */
    repliedAt: z.optional(isoDateSchema),
  });

  const interview = object({
    /** Unique id of the interview within `interviews`. */
    id: idSchema,
    /** The application interviewed for (an id in `applications`). */
    applicationId: idSchema,
    /** When the interview takes or took place. */
    at: isoDateSchema,
    /** Kind of interview. */
    kind: z.optional(z.enum(INTERVIEW_KINDS)),
    /** Whether it took place; by default, whether `at` is before the evaluation date. */
    completed: z.optional(z.boolean()),
    /** When the employer said it would decide; a date alone means the end of that day. */
    decisionExpectedBy: z.optional(deadlineSchema),
  });

  const offer = object({
    /** Unique id of the offer within `offers`. */
    id: idSchema,
    /** The application the offer answers (an id in `applications`). */
    applicationId: idSchema,
    /** When the offer arrived. */
    receivedAt: isoDateSchema,
    /** When the offer lapses; a date alone means the end of that day. */
    expiresAt: z.optional(deadlineSchema),
    /** Where the offer stands. */
    status: z.enum(OFFER_STATUSES),
    /** Whether the candidate has negotiated it. */
    negotiated: z.optional(z.boolean()),
  });

  const search = object({
    /** Editor hint: the JSON Schema this file follows. Ignored, allowed in strict mode. */
    $schema: z.optional(z.string().check(z.maxLength(2000))),
    /** Format version of the search file; only `1` exists. */
    version: z.optional(z.literal(1)),
    /** Who is searching, and their goals. */
    candidate: z.optional(candidate),
    /** Employers in the search. */
    companies: list(company),
    /** People in the candidate's network or at employers. */
    contacts: list(contact),
    /** Job applications, including saved postings not yet applied to. */
    applications: list(application),
    /** Referral requests made to contacts. */
    referrals: list(referral),
    /** Messages sent and received. */
    messages: list(message),
    /** Interviews, past and scheduled. */
    interviews: list(interview),
    /** Job offers. */
    offers: list(offer),
  });

  return {
    goals,
    candidate,
    company,
    contact,
    application,
    referral,
    message,
    interview,
    offer,
    search,
  };
}

const lenient = buildSchemas();

/** The entity schemas; unknown keys are dropped from what they parse. */
export const schemas = lenient;

/** Schema of a whole search file. Dates parse to `Date`; lists default to `[]`. */
export const JobSearchSchema = lenient.search;

/** The candidate's goals. */
export interface Goals extends z.output<typeof lenient.goals> {}
/** The person searching. */
export interface Candidate extends z.output<typeof lenient.candidate> {}
/** An employer. */
export interface Company extends z.output<typeof lenient.company> {}
/** A person in the candidate's network or at an employer. */
export interface Contact extends z.output<typeof lenient.contact> {}
/** A job application, or a saved posting not yet applied to. */
export interface Application extends z.output<typeof lenient.application> {}
/** A referral request made to a contact. */
export interface Referral extends z.output<typeof lenient.referral> {}
/** A message sent or received. */
export interface Message extends z.output<typeof lenient.message> {}
/** An interview, past or scheduled. */
export interface Interview extends z.output<typeof lenient.interview> {}
/** A job offer. */
export interface Offer extends z.output<typeof lenient.offer> {}
/**
 * A parsed, validated job search: dates are `Date`s and every list is present. An interface
 * (not an alias of the inferred type), so editors show it by name, with each field's docs.
 */
export interface JobSearch extends z.output<typeof JobSearchSchema> {}
/** A job search as written in JSON: dates are ISO strings and lists may be omitted. */
export interface JobSearchInput extends z.input<typeof JobSearchSchema> {}
