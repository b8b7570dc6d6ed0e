import { version } from '../../package.json';
import type { SearchFacts } from '../facts/search';
import type { Advice, CategoryScore, Rating, RuleOutcome } from '../rule/types';

/** The version of this package, read from its package.json when it is built. */
export const PACKAGE_VERSION: string = version;

/** The health report of one search at one date. */
export interface HealthReport {
  /** The evaluation date (ISO 8601). */
  readonly asOf: string;
  /** The version of job-search-health that wrote the report. */
  readonly packageVersion: string;
  /**
   * A fingerprint of the configuration in force (16 hex digits): the same rule sets, rules,
   * severities, options and settings give the same fingerprint on any machine; any change gives
   * another. With `packageVersion`, it tells whether two reports were judged alike.
   */
  readonly configFingerprint: string;
  /** 0..100, a severity-weighted share of the applicable rules that passed. */
  readonly score: number;
  /** Overall rating. */
  readonly rating: Rating;
  /** Score and advice count per category. */
  readonly categories: Readonly<Record<string, CategoryScore>>;
  /** Search-wide figures, including the offer outlook. */
  readonly metrics: SearchFacts;
  /** Advice, most important first. */
  readonly advice: readonly Advice[];
  /** What every rule did. */
  readonly outcomes: readonly RuleOutcome[];
}
