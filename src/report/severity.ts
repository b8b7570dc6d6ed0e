import type { Severity } from '../rule/types';

/** Weight of each severity in the score (Lighthouse-style weighted mean). */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = {
  critical: 10,
  high: 7,
  medium: 3,
  low: 1,
  info: 0,
};

/** Rank of each severity for sorting, higher first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  critical: 5,
  high: 4,
  medium: 3,
  low: 2,
  info: 1,
};

/** The more serious of two severities. */
export function moreSevere(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}
