import type { Severity } from '../../src/rule/types';

/** What each severity level means, as the rule docs define it. */
export const SEVERITY_MEANING: Readonly<Record<Severity, string>> = {
  critical: 'Costs an opportunity within days if left alone.',
  high: 'Hurts your chances if it is not handled this week.',
  medium: 'Worth doing this week.',
  low: 'Good practice.',
  info: 'About the data rather than the search: fix it so the other rules can see clearly.',
};
