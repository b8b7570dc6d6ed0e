import type {
  Application,
  Company,
  Contact,
  Interview,
  JobSearch,
  Message,
  Offer,
  Referral,
} from '../model/schemas';
import { MessageScan, type MessageTimeline, Timeline } from './timeline';

/**
 * The messages of one thing, by which a timeline is asked for: an application's, a referral's,
 * a company's or a contact's; the `-only` groups leave out messages tied to an application (or a
 * referral), which belong to that application's own thread.
 */
export type MessageGroup =
  | 'application'
  | 'referral'
  | 'company'
  | 'contact'
  | 'company-only'
  | 'company-without-referral'
  | 'contact-without-referral';

/** Which messages of a group a timeline holds, and the date that places each one. */
export interface MessageSelection {
  /** Names the selection in the timeline cache; unique per selection. */
  readonly name: string;
  /** Whether a message belongs. */
  includes(message: Message, index: SearchIndex): boolean;
  /** The date a message is placed at (default: when it was sent or received). */
  readonly time?: (message: Message) => Date | undefined;
}

/** Lookups over a parsed search, built once per evaluation so that every fact is linear. */
export interface SearchIndex {
  readonly companies: ReadonlyMap<string, Company>;
  readonly contacts: ReadonlyMap<string, Contact>;
  readonly applications: ReadonlyMap<string, Application>;
  readonly referrals: ReadonlyMap<string, Referral>;
  readonly messagesByApplication: ReadonlyMap<string, readonly Message[]>;
  readonly messagesByCompany: ReadonlyMap<string, readonly Message[]>;
  readonly messagesByReferral: ReadonlyMap<string, readonly Message[]>;
  readonly interviewsByApplication: ReadonlyMap<string, readonly Interview[]>;
  readonly offersByApplication: ReadonlyMap<string, readonly Offer[]>;
  readonly applicationsByReferral: ReadonlyMap<string, readonly Application[]>;
  readonly applicationsByCompany: ReadonlyMap<string, readonly Application[]>;
  readonly messagesByContact: ReadonlyMap<string, readonly Message[]>;
  readonly activeReferralByCompany: ReadonlyMap<string, Referral>;
  /** Companies with at least one application past `saved`. */
  readonly companiesApplied: ReadonlySet<string>;
  /** The selected messages of one group member in date order; built on first use, then kept. */
  timeline(group: MessageGroup, id: string, selection: MessageSelection): MessageTimeline;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Adds `item` to the group of `key`; an item without a key belongs to no group. */
function addTo<T>(groups: Map<string, T[]>, key: string | undefined, item: T): void {
  if (key === undefined) return;
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) addTo(groups, key(item), item);
  return groups;
}

/** The company a message concerns: its own, or that of its application or referral. */
export function messageCompanyId(
  message: Message,
  applications: ReadonlyMap<string, Application>,
  referrals: ReadonlyMap<string, Referral>,
): string | undefined {
  if (message.companyId !== undefined) return message.companyId;
  if (message.applicationId !== undefined)
    return applications.get(message.applicationId)?.companyId;
  if (message.referralId !== undefined) return referrals.get(message.referralId)?.companyId;
  return undefined;
}

/**
 * Groups of fewer messages than this are read afresh each time they are asked about, not sorted
 * and kept: reading a few messages costs less than keeping them, which at 100,000 applications
 * held about 35 MB until the facts were done. Larger groups (a company that appears in thousands
 * of messages) are sorted once and kept, or each of its applications would read them all.
 */
const TIMELINE_CACHE_FROM = 32;

/** The messages of each member of a group, and which of them the group keeps. */
interface MemberGroup {
  readonly members: ReadonlyMap<string, readonly Message[]>;
  readonly belongs: (message: Message) => boolean;
}

const NO_MESSAGES = new Timeline([], () => undefined);

const sentOrReceived = (message: Message) => message.at;

/** The value of `key`, made and kept on first use. */
function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Makers of the kept timelines' maps, made once rather than per question. */
const newSelectionMap = () => new Map<MessageSelection, Map<string, Timeline>>();
const newTimelineMap = () => new Map<string, Timeline>();

/** Companies with at least one application past `saved`, without a list of those applications. */
function companiesAppliedTo(applications: readonly Application[]): Set<string> {
  const companies = new Set<string>();
  for (const application of applications)
    if (application.stage !== 'saved') companies.add(application.companyId);
  return companies;
}

/** Builds the lookups for one search. Messages in each group are sorted by date. */
export function indexSearch(search: JobSearch): SearchIndex {
  const applications = byId(search.applications);
  const referrals = byId(search.referrals);
  const messages = [...search.messages].sort((a, b) => a.at.getTime() - b.at.getTime());
  // Every grouping of the messages in one pass: there are more messages than anything else.
  const messagesByApplication = new Map<string, Message[]>();
  const messagesByCompany = new Map<string, Message[]>();
  const messagesByReferral = new Map<string, Message[]>();
  const messagesByContact = new Map<string, Message[]>();
  for (const m of messages) {
    addTo(messagesByApplication, m.applicationId, m);
    addTo(messagesByCompany, messageCompanyId(m, applications, referrals), m);
    addTo(messagesByReferral, m.referralId, m);
    addTo(messagesByContact, m.contactId, m);
  }
  const everyMessage = () => true;
  const groups: Readonly<Record<MessageGroup, MemberGroup>> = {
    application: { members: messagesByApplication, belongs: everyMessage },
    referral: { members: messagesByReferral, belongs: everyMessage },
    company: { members: messagesByCompany, belongs: everyMessage },
    contact: { members: messagesByContact, belongs: everyMessage },
    'company-only': { members: messagesByCompany, belongs: (m) => m.applicationId === undefined },
    'company-without-referral': {
      members: messagesByCompany,
      belongs: (m) => m.referralId === undefined,
    },
    'contact-without-referral': {
      members: messagesByContact,
      belongs: (m) => m.referralId === undefined,
    },
  };
  const timelines = new Map<MessageGroup, Map<MessageSelection, Map<string, Timeline>>>();
  const timeline = (
    group: MessageGroup,
    id: string,
    selection: MessageSelection,
  ): MessageTimeline => {
    const { members, belongs } = groups[group];
    const messages = members.get(id);
    if (messages === undefined) return NO_MESSAGES;
    const time = selection.time ?? sentOrReceived;
    if (messages.length < TIMELINE_CACHE_FROM)
      return new MessageScan(messages, belongs, selection, index, time);
    const kept = cached(cached(timelines, group, newSelectionMap), selection, newTimelineMap);
    let made = kept.get(id);
    if (made === undefined) {
      made = new Timeline(
        messages.filter((m) => belongs(m) && selection.includes(m, index)),
        time,
      );
      kept.set(id, made);
    }
    return made;
  };
  const applicationsByReferral = groupBy(search.applications, (a) => a.referralId);
  for (const referral of search.referrals) {
    const linked = referral.applicationId ? applications.get(referral.applicationId) : undefined;
    if (linked && !applicationsByReferral.has(referral.id))
      applicationsByReferral.set(referral.id, [linked]);
  }
  const index: SearchIndex = {
    companies: byId(search.companies),
    contacts: byId(search.contacts),
    applications,
    referrals,
    messagesByApplication,
    messagesByCompany,
    messagesByReferral,
    interviewsByApplication: groupBy(search.interviews, (i) => i.applicationId),
    offersByApplication: groupBy(search.offers, (o) => o.applicationId),
    applicationsByReferral,
    applicationsByCompany: groupBy(search.applications, (a) => a.companyId),
    messagesByContact,
    activeReferralByCompany: new Map(
      search.referrals
        .filter((r) => r.status !== 'declined' && r.status !== 'not-hiring')
        .map((r) => [r.companyId, r]),
    ),
    companiesApplied: companiesAppliedTo(search.applications),
    timeline,
  };
  return index;
}
