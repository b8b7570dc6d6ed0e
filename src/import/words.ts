import type { Channel, CompanySize, Stage } from '../model/primitives';
import { closest } from '../rule/suggest';
import { headerKey } from './columns';

/**
 * Status words trackers use, by the stage each means. "Ghosted" means the job seeker has given
 * up waiting, so it closes the application like a posting that closed.
 */
const STATUS_WORDS: Readonly<Record<Stage, readonly string[]>> = {
  saved: ['Saved', 'Wishlist', 'Bookmarked', 'Interested', 'To Apply', 'Not Applied', 'Planning'],
  applied: ['Applied', 'Application Sent', 'Submitted', 'Sent', 'In Review', 'Under Review'],
  screening: [
    'Screening',
    'Phone Screen',
    'Recruiter Screen',
    'Screen',
    'Phone Interview',
    'HR Screen',
    'Recruiter Call',
    'Initial Call',
  ],
  interviewing: [
    'Interviewing',
    'Interview',
    'Interviews',
    'Technical Interview',
    'Onsite',
    'On Site',
    'Second Interview',
    '2nd Interview',
    'Take Home',
    'Assessment',
  ],
  'final-round': ['Final', 'Final Round', 'Final Interview'],
  offer: ['Offer', 'Offered', 'Offer Received', 'Negotiating'],
  accepted: ['Accepted', 'Offer Accepted', 'Hired'],
  declined: ['Declined', 'Offer Declined'],
  rejected: ['Rejected', 'Rejection', 'Not Selected', 'No Offer', 'Denied'],
  withdrawn: ['Withdrawn', 'Withdrew'],
  closed: ['Closed', 'Ghosted', 'Position Filled', 'Posting Closed', 'Expired', 'Archived'],
};

/** Source words trackers use, by the channel each means. */
const CHANNEL_WORDS: Readonly<Record<Channel, readonly string[]>> = {
  'job-board': [
    'Job Board',
    'LinkedIn',
    'Indeed',
    'Glassdoor',
    'ZipRecruiter',
    'Monster',
    'Dice',
    'Wellfound',
    'AngelList',
    'Handshake',
    'Online',
  ],
  'company-site': ['Company Site', 'Company Website', 'Careers Page', 'Website', 'Direct'],
  referral: ['Referral', 'Referred', 'Employee Referral'],
  recruiter: ['Recruiter', 'Headhunter', 'Recruiter Outreach'],
  network: ['Network', 'Networking', 'Introduction', 'Intro', 'Friend', 'Alumni'],
  agency: ['Agency', 'Staffing Agency'],
  other: ['Other', 'Career Fair', 'Job Fair'],
};

const SIZE_WORDS: Readonly<Record<CompanySize, readonly string[]>> = {
  micro: ['Micro'],
  small: ['Small'],
  medium: ['Medium', 'Mid', 'Mid-size', 'Midsize'],
  large: ['Large'],
  enterprise: ['Enterprise'],
};

/** A dictionary of words, matched ignoring case, spaces and punctuation. */
export interface WordMap<T extends string> {
  /** The value a word means, if it is known. */
  readonly lookup: (word: string) => T | undefined;
  /** The known word closest to an unknown one, as written in the dictionary. */
  readonly suggest: (word: string) => string | undefined;
}

function wordMap<T extends string>(
  words: Readonly<Record<T, readonly string[]>>,
  extra: Readonly<Record<string, T>> = {},
): WordMap<T> {
  const byKey = new Map<string, T>();
  const shown = new Map<string, string>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][])
    for (const word of [value, ...list]) {
      byKey.set(headerKey(word), value);
      shown.set(headerKey(word), word);
    }
  for (const [word, value] of Object.entries(extra)) {
    byKey.set(headerKey(word), value);
    shown.set(headerKey(word), word);
  }
  return {
    lookup: (word) => byKey.get(headerKey(word)),
    suggest: (word) => {
      const key = closest(headerKey(word), shown.keys());
      return key === undefined ? undefined : shown.get(key);
    },
  };
}

/** Status words, plus the caller's own (word → stage). */
export function statusWords(extra: Readonly<Record<string, Stage>> = {}): WordMap<Stage> {
  return wordMap(STATUS_WORDS, extra);
}

/** Source words. */
export const channelWords: WordMap<Channel> = wordMap(CHANNEL_WORDS);

/** Company size words. */
export const sizeWords: WordMap<CompanySize> = wordMap(SIZE_WORDS);

/** The status words recognised for each stage, for documentation. */
export function knownStatusWords(): Readonly<Record<Stage, readonly string[]>> {
  return STATUS_WORDS;
}
