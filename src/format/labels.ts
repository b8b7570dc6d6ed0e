/** A share as a percentage for display. */
export function pct(share: number): string {
  return share > 0 && share < 0.005 ? '<1%' : `${Math.round(share * 100)}%`;
}

/** The date part of an ISO date-time. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** A count with its noun, e.g. `1 message`, `3 messages`, `2 companies`. */
export { formatCount as count } from '../rule/template';
