/**
 * Checks that a baseline and the library check the same things: for each ported rule, the
 * subjects (and severities) it fires for must be the same on both sides. Our side runs one
 * advisor per rule with every other rule off, so no advice is folded into another rule's.
 */
import type { Library } from './library';
import type { Baseline } from './port';

/** The outcome of the parity check. */
export interface Parity {
  /** Whether every ported rule fired for the same subjects on every search checked. */
  readonly same: boolean;
  /** Searches checked. */
  readonly searches: number;
  /** (rule, subject) pairs fired, summed over the searches. */
  readonly firings: number;
  /** Differences found, as `search: rule: details`. */
  readonly differences: readonly string[];
}

/** Compares a baseline with the library on some searches. */
export async function checkParity(
  library: Library,
  naive: Baseline,
  searches: readonly { name: string; search: unknown; asOf: string }[],
): Promise<Parity> {
  const ids = library.createAdvisor().rules.map((rule) => rule.id);
  const alone = naive.ported.map((id) => {
    const off = Object.fromEntries(
      ids.filter((other) => other !== id).map((o) => [o, 'off' as const]),
    );
    return [id, library.createAdvisor({ rules: off })] as const;
  });
  const differences: string[] = [];
  let firings = 0;
  for (const { name, search, asOf } of searches) {
    const baseline = await naive.check(search as never, asOf);
    for (const [id, advisor] of alone) {
      const report = await advisor.evaluate(search, { asOf });
      const ours = new Set(
        report.advice.flatMap((a) => a.subjects.map((s) => `${s.id} (${a.severity})`)),
      );
      const theirs = new Set(
        baseline.fired.filter((f) => f.ruleId === id).map((f) => `${f.subject} (${f.severity})`),
      );
      firings += ours.size;
      const onlyOurs = [...ours].filter((s) => !theirs.has(s));
      const onlyTheirs = [...theirs].filter((s) => !ours.has(s));
      if (onlyOurs.length > 0 || onlyTheirs.length > 0)
        differences.push(
          `${name}: ${id}: only ours ${onlyOurs.slice(0, 3).join(', ') || '-'}; only baseline ${onlyTheirs.slice(0, 3).join(', ') || '-'}`,
        );
    }
  }
  return { same: differences.length === 0, searches: searches.length, firings, differences };
}
