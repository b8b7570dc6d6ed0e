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
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
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

/** Builds the lookups for one search. Messages in each group are sorted by date. */
export function indexSearch(search: JobSearch): SearchIndex {
  const applications = byId(search.applications);
  const referrals = byId(search.referrals);
  const messages = [...search.messages].sort((a, b) => a.at.getTime() - b.at.getTime());
  const applicationsByReferral = groupBy(search.applications, (a) => a.referralId);
  for (const referral of search.referrals) {
    const linked = referral.applicationId ? applications.get(referral.applicationId) : undefined;
    if (linked && !applicationsByReferral.has(referral.id))
      applicationsByReferral.set(referral.id, [linked]);
  }
  return {
    companies: byId(search.companies),
    contacts: byId(search.contacts),
    applications,
    referrals,
    messagesByApplication: groupBy(messages, (m) => m.applicationId),
    messagesByCompany: groupBy(messages, (m) => messageCompanyId(m, applications, referrals)),
    messagesByReferral: groupBy(messages, (m) => m.referralId),
    interviewsByApplication: groupBy(search.interviews, (i) => i.applicationId),
    offersByApplication: groupBy(search.offers, (o) => o.applicationId),
    applicationsByReferral,
    applicationsByCompany: groupBy(search.applications, (a) => a.companyId),
    messagesByContact: groupBy(messages, (m) => m.contactId),
    activeReferralByCompany: new Map(
      search.referrals
        .filter((r) => r.status !== 'declined' && r.status !== 'not-hiring')
        .map((r) => [r.companyId, r]),
    ),
  };
}
