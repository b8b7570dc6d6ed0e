/** A comparison of a fact path with a rule option, in json-rules-engine condition JSON. */
export function versusOption(fact: string, path: string, operator: string, option: string) {
  return { fact, path, operator, value: { fact: 'options', path: option } };
}

/**
 * Holds while the search looks healthy: interviews under way, and applications going out at the
 * planned weekly pace (the candidate's own goal, else the outlook's planned pace).
 */
export function healthyAndOnPace() {
  return {
    all: [
      versus('search', 'interviewsInProgress', 'greaterThanInclusive', 1),
      versus('search', 'offerOutlook.belowPlannedPace', 'equal', false),
    ],
  };
}

/** Holds while the chance of at least one offer is below the candidate's target. */
export function outlookBelowTarget() {
  return versus('search', 'offerOutlook.probability', 'lessThan', {
    fact: 'search',
    path: 'offerOutlook.target',
  });
}

/** A comparison of a fact path with a literal value, in json-rules-engine condition JSON. */
export function versus(fact: string, path: string, operator: string, value: unknown) {
  return { fact, path, operator, value };
}

/**
 * Passes when the compared fact is unknown (null) or the comparison holds: for limits such as a
 * deadline that only apply once the date is known.
 */
export function unknownOr(comparison: ReturnType<typeof versus>) {
  return { any: [versus(comparison.fact, comparison.path, 'equal', null), comparison] };
}
