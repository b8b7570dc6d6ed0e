import { showValue, type ValidationIssue } from './issues';

/** A list of a search. */
export type ListName =
  | 'companies'
  | 'contacts'
  | 'applications'
  | 'referrals'
  | 'messages'
  | 'interviews'
  | 'offers';

/** Which fields of which list point at ids of which other list. */
const REFERENCES: Readonly<Record<ListName, Readonly<Record<string, ListName>>>> = {
  companies: {},
  contacts: { companyId: 'companies' },
  applications: { companyId: 'companies', referralId: 'referrals' },
  referrals: { contactId: 'contacts', companyId: 'companies', applicationId: 'applications' },
  messages: {
    companyId: 'companies',
    contactId: 'contacts',
    applicationId: 'applications',
    referralId: 'referrals',
  },
  interviews: { applicationId: 'applications' },
  offers: { applicationId: 'applications' },
};

/** The lists of a search, in the order a search file writes them. */
export const LIST_NAMES = Object.keys(REFERENCES) as readonly ListName[];

function rows(input: Record<string, unknown>, list: ListName): unknown[] {
  const value = input[list];
  return Array.isArray(value) ? value : [];
}

function field(row: unknown, key: string): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const value = (row as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The index of the first row with each id. */
function firstIndexes(listed: readonly unknown[]): Map<string, number> {
  const first = new Map<string, number>();
  listed.forEach((row, index) => {
    const id = field(row, 'id');
    if (id !== undefined && !first.has(id)) first.set(id, index);
  });
  return first;
}

/**
 * Finds duplicate ids within each list and references to ids that do not exist. Works on the raw
 * input, so these problems are reported together with type errors in one pass.
 */
export function checkReferences(input: unknown): ValidationIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  const record = input as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const ids = new Map<ListName, Set<string>>();

  // One set of ids per list: a search may hold 100,000 of them. Where each id was first used is
  // mapped only once a list turns out to hold a duplicate.
  for (const list of LIST_NAMES) {
    const seen = new Set<string>();
    const listed = rows(record, list);
    let firstUse: Map<string, number> | undefined;
    listed.forEach((row, index) => {
      const id = field(row, 'id');
      if (id === undefined) return;
      if (!seen.has(id)) {
        seen.add(id);
        return;
      }
      firstUse ??= firstIndexes(listed);
      issues.push({
        path: `${list}[${index}].id`,
        keys: [list, index, 'id'],
        code: 'duplicate-id',
        message: `duplicate id ${showValue(id)} (already used by ${list}[${firstUse.get(id)}])`,
      });
    });
    ids.set(list, seen);
  }

  for (const list of LIST_NAMES) {
    const targets = Object.entries(REFERENCES[list]);
    rows(record, list).forEach((row, index) => {
      for (const [key, target] of targets) {
        const ref = field(row, key);
        if (ref !== undefined && !ids.get(target)?.has(ref))
          issues.push({
            path: `${list}[${index}].${key}`,
            keys: [list, index, key],
            code: 'missing-reference',
            message: `refers to ${showValue(ref)}, which is not an id in ${target}`,
          });
      }
    });
  }
  return issues;
}
