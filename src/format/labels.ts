import { formatPercent } from '../rule/template';

/** A share as a percentage for tables and headlines, where "<1%" fits better than words. */
export function pct(share: number): string {
  return formatPercent(share, '<1%');
}

/** The date part of an ISO date-time. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** A count with its noun, e.g. `1 message`, `3 messages`, `2 companies`. */
export { formatCount as count } from '../rule/template';
