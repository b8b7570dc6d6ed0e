import * as z from 'zod/v4/mini';
import { described } from '../model/described';

/*
 * Builders for the kinds of option the built-in rules share. Each takes the default and the
 * description as required arguments, so no option can miss either (the docs tables need both).
 */

/** Allowed range and default of a numeric option. */
export interface OptionBounds {
  /** Lowest value allowed. */
  readonly min: number;
  /** Highest value allowed. */
  readonly max: number;
  /** Value used when the configuration does not set it. */
  readonly default: number;
}

/** A length of time in the unit its name gives (days or hours); fractions are allowed. */
export function durationOption(bounds: OptionBounds, description: string) {
  return described(
    z._default(z.number().check(z.gte(bounds.min), z.lte(bounds.max)), bounds.default),
    description,
  );
}

/** A whole number of things: applications, companies, follow-ups, people. */
export function countOption(bounds: OptionBounds, description: string) {
  return described(
    z._default(z.int().check(z.gte(bounds.min), z.lte(bounds.max)), bounds.default),
    description,
  );
}

/** A share between 0 and 1, e.g. of applications or of the chance of an offer. */
export function shareOption(defaultShare: number, description: string) {
  return described(z._default(z.number().check(z.gte(0), z.lte(1)), defaultShare), description);
}

/** Applications a week the rule falls back on when the candidate has set no weekly goal. */
export function weeklyTargetOption(description: string) {
  return countOption({ min: 1, max: 100, default: 5 }, description);
}

/**
 * Companies with open applications a rule about the mix of a search (its channels, its company
 * sizes) waits for: with fewer, the narrowness is one of companies, which single-basket covers.
 */
export function mixMinCompaniesOption() {
  return countOption(
    { min: 1, max: 100, default: 3 },
    'Companies with open applications needed before the mix is judged: with fewer, the narrowness is one of companies, which single-basket already covers.',
  );
}

/**
 * Message template text for the weekly target in force: the candidate's own goal
 * (`search.weeklyApplicationGoal`) when set, else the rule's `weeklyTarget` option.
 */
export const WEEKLY_TARGET_TEXT =
  '{#search.weeklyApplicationGoal}{search.weeklyApplicationGoal}{/search.weeklyApplicationGoal}{^search.weeklyApplicationGoal}{options.weeklyTarget}{/search.weeklyApplicationGoal}';
