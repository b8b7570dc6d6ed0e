import type { FiredSubject, RuleRun } from '../engine/run-rules';
import type { Evidence, Severity } from '../rule/types';
import { moreSevere } from './severity';

/** A fired subject after folding: it may have taken in other rules' findings. */
export interface FoldedSubject extends FiredSubject {
  /** Titles of the rules whose advice for this subject was folded into it. */
  readonly absorbed?: readonly string[];
}

/** A rule run after overlapping advice has been folded into the rule that supersedes it. */
export interface FoldedRun extends RuleRun {
  /** The subjects still worded by this rule, with what each absorbed. */
  readonly fired: FoldedSubject[];
  /** Every subject the rule fired for, before folding (`fired` keeps those still worded here). */
  readonly firedBeforeFolding: readonly FiredSubject[];
  /** The rule that absorbed all of this run's advice, if any. */
  readonly mergedInto?: string;
}

interface Working {
  readonly run: RuleRun;
  fired: FoldedSubject[];
  mergedInto?: string;
}

function mergeEvidence(into: readonly Evidence[], extra: readonly Evidence[]): Evidence[] {
  const seen = new Set(into.map((e) => e.text));
  return [...into, ...extra.filter((e) => !seen.has(e.text))];
}

/**
 * A subject whose advice took in another rule's finding about it. Its evidence is both rules',
 * merged when asked for; a big search folds tens of thousands of subjects, so a firing holds the
 * two it joins rather than a closure over them. Call `evidence` on the firing, not detached.
 */
class FoldedFiring implements FoldedSubject {
  constructor(
    readonly facts: FiredSubject['facts'],
    readonly severity: Severity,
    readonly absorbed: readonly string[],
    private readonly kept: FiredSubject,
    private readonly taken: FiredSubject,
  ) {}

  evidence(): readonly Evidence[] {
    return mergeEvidence(this.kept.evidence(), this.taken.evidence());
  }
}

function absorb(coverer: Working, covered: Working): void {
  const wide = coverer.run.compiled.rule.scope === 'search';
  if (!wide && coverer.run.compiled.rule.scope !== covered.run.compiled.rule.scope) return;
  const keyOf = (subject: FiredSubject) => (wide ? 'search' : String(subject.facts.id));
  const targets = new Map(coverer.fired.map((subject, index) => [keyOf(subject), index]));
  const title = covered.run.compiled.rule.meta.title;
  // Most subjects take in this one finding alone: they share one list of it.
  const onlyThis: readonly string[] = [title];
  const kept: FiredSubject[] = [];
  for (const subject of covered.fired) {
    const index = targets.get(keyOf(subject));
    const target = index === undefined ? undefined : coverer.fired[index];
    if (index === undefined || !target) {
      kept.push(subject);
      continue;
    }
    const absorbed =
      target.absorbed === undefined && subject.absorbed === undefined
        ? onlyThis
        : [
            ...new Set([
              ...(target.absorbed ?? []),
              title,
              // What the covered advice had itself taken in stays said.
              ...(subject.absorbed ?? []),
            ]),
          ];
    // The folded advice keeps the weight of what it takes in: the more serious severity wins.
    const severity = moreSevere(target.severity, subject.severity);
    coverer.fired[index] = new FoldedFiring(target.facts, severity, absorbed, target, subject);
  }
  if (kept.length === 0) covered.mergedInto = coverer.run.compiled.rule.id;
  covered.fired = kept;
}

/**
 * Folds advice that says the same thing twice: when a rule that supersedes another fires, the
 * other's advice for the same subjects (all of it, if the superseding rule is search-wide) is
 * dropped; its evidence, its title and its severity, if more serious, pass to the superseding
 * advice. Both rules still count as failing.
 */
export function foldSuperseded(runs: readonly RuleRun[]): FoldedRun[] {
  const working = runs.map((run): Working => ({ run, fired: [...run.fired] }));
  const byId = new Map(working.map((w) => [w.run.compiled.rule.id, w]));
  for (const coverer of working) {
    if (coverer.fired.length === 0) continue;
    for (const coveredId of coverer.run.compiled.rule.supersedes ?? []) {
      const covered = byId.get(coveredId);
      if (covered && covered !== coverer && covered.fired.length > 0) absorb(coverer, covered);
    }
  }
  return working.map((w) => ({
    ...w.run,
    fired: w.fired,
    firedBeforeFolding: w.run.fired,
    ...(w.mergedInto !== undefined ? { mergedInto: w.mergedInto } : {}),
  }));
}
