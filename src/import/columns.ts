/** What a sheet column can hold: one field of an application, or `ignore` to drop the column. */
export const IMPORT_FIELDS = [
  'company',
  'role',
  'status',
  'appliedAt',
  'savedAt',
  'postedAt',
  'postingDeadline',
  'channel',
  'referredBy',
  'contact',
  'recruiter',
  'lastContact',
  'nextStep',
  'followUpAt',
  'interviewAt',
  'offerAt',
  'offerDeadline',
  'location',
  'industry',
  'companySize',
  'interest',
  'qualificationMatch',
  'notes',
  'ignore',
] as const;

/** A field a sheet column maps to; see {@link IMPORT_FIELDS}. */
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * The header names people give each field in their trackers, written as they appear; matching
 * ignores case, spaces and punctuation, so "Date applied", "date_applied" and "DATE-APPLIED"
 * are one name.
 */
const HEADER_NAMES: Readonly<Record<Exclude<ImportField, 'ignore'>, readonly string[]>> = {
  company: ['Company', 'Company Name', 'Employer', 'Organization', 'Organisation', 'Firm'],
  role: ['Role', 'Position', 'Job Title', 'Title', 'Job', 'Job Position', 'Role Title'],
  status: ['Status', 'Application Status', 'Stage', 'Current Stage', 'State', 'Progress'],
  appliedAt: [
    'Date Applied',
    'Applied On',
    'Application Date',
    'Applied',
    'Applied Date',
    'Date of Application',
    'Submitted On',
    'Date Submitted',
  ],
  savedAt: ['Date Saved', 'Saved On', 'Saved', 'Date Added', 'Added On', 'Bookmarked'],
  postedAt: ['Date Posted', 'Posted On', 'Posted', 'Posting Date'],
  postingDeadline: ['Deadline', 'Application Deadline', 'Posting Deadline', 'Apply By', 'Closes'],
  channel: [
    'Source',
    'Channel',
    'How Applied',
    'Applied Via',
    'Applied Through',
    'Found On',
    'Via',
  ],
  referredBy: ['Referred By', 'Referral', 'Referrer', 'Referral From', 'Referred'],
  contact: ['Contact', 'Contact Name', 'Contact Person', 'Hiring Manager', 'Point of Contact'],
  recruiter: ['Recruiter', 'Recruiter Name', 'Recruiter Contact'],
  lastContact: [
    'Last Contact',
    'Last Contacted',
    'Last Contact Date',
    'Last Follow-up',
    'Followed Up',
  ],
  nextStep: ['Next Step', 'Next Steps', 'Next Action', 'To Do', 'Action'],
  followUpAt: ['Follow-up Date', 'Follow Up', 'Follow-up', 'Follow Up By', 'Next Follow-up'],
  interviewAt: ['Interview Date', 'Interview', 'Interview Dates', 'Interviewed On', 'Interviews'],
  offerAt: ['Offer Date', 'Offer Received', 'Offered On'],
  offerDeadline: ['Offer Deadline', 'Offer Expires', 'Offer Expiry', 'Decision Deadline'],
  location: ['Location', 'City', 'Office', 'Where'],
  industry: ['Industry', 'Sector', 'Field'],
  companySize: ['Company Size', 'Size', 'Employees', 'Headcount'],
  interest: ['Interest', 'Excitement', 'Priority', 'Rating', 'Interest Level'],
  qualificationMatch: ['Match', 'Fit', 'Qualification Match', 'Match %', 'Skills Match'],
  notes: ['Notes', 'Note', 'Comments', 'Comment', 'Remarks'],
};

/** A header name reduced to lowercase letters and digits, so spelling variants compare equal. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const FIELD_BY_KEY: ReadonlyMap<string, ImportField> = new Map(
  Object.entries(HEADER_NAMES).flatMap(([field, names]) =>
    names.map((name) => [headerKey(name), field as ImportField] as const),
  ),
);

/** The field a header name means, if it is one of the names people commonly use. */
export function fieldOfHeader(name: string): ImportField | undefined {
  return FIELD_BY_KEY.get(headerKey(name));
}

/** The header names recognised for a field, for documentation and messages. */
export function headerNames(field: Exclude<ImportField, 'ignore'>): readonly string[] {
  return HEADER_NAMES[field];
}
