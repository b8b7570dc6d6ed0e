import type { SearchFacts } from '../facts/search';
import type { Advice, CategoryScore, Rating, RuleOutcome } from './types';

/** The health report of one search at one date. */
export interface HealthReport {
  /** The evaluation date (ISO 8601). */
  readonly asOf: string;
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
