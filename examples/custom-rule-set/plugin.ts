import type { CustomOperator, Plugin } from 'job-search-health';

/** What the host app knows about coaching that the search file does not hold. */
export interface CoachingRecord {
  /** When the client last met the coach. */
  readonly lastSessionAt: Date;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 3);

/** `sharesWordWith`: the fact (a job title) shares a significant word with any listed title. */
const sharesWordWith: CustomOperator = {
  name: 'sharesWordWith',
  evaluate: (factValue, titles) => {
    if (typeof factValue !== 'string' || !Array.isArray(titles)) return false;
    const own = new Set(words(factValue));
    return titles.some((title) => words(String(title)).some((word) => own.has(word)));
  },
};

/**
 * A plugin registered by the host app: a `coaching` fact computed from the app's own records, a
 * `targetRoles` fact computed from the search, the `sharesWordWith` operator and the `coaching`
 * category that the JSON rules in rules.json use.
 */
export function coachingPlugin(record: CoachingRecord): Plugin {
  return {
    name: 'acme-coaching',
    facts: [
      {
        id: 'coaching',
        description: 'Days since the last coaching session.',
        compute: ({ asOf }) => ({
          daysSinceSession: Math.floor(
            (asOf.getTime() - record.lastSessionAt.getTime()) / 86_400_000,
          ),
        }),
      },
      {
        id: 'targetRoles',
        description: "The candidate's target roles.",
        compute: ({ search }) => search.candidate?.targetRoles ?? [],
      },
    ],
    operators: [sharesWordWith],
    categories: [{ id: 'coaching', title: 'Coaching', description: 'Working with your coach.' }],
  };
}
