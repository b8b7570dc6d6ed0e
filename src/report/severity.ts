import { SEVERITIES, type Severity } from '../rule/types';

/** Colours of a severity's badge in one colour scheme, as CSS colours. */
export interface BadgeColours {
  /** Badge background. */
  readonly background: string;
  /** Badge text, and the card's edge. */
  readonly text: string;
}

/** Styles a terminal gives a severity, applied in order (picocolors names). */
export type TerminalStyle = 'bold' | 'red' | 'yellow' | 'cyan' | 'dim';

/** How the package ranks, scores and shows one severity. */
export interface SeverityLevel {
  /** Rank for sorting and filtering, higher first. */
  readonly rank: number;
  /** Weight in the score (a Lighthouse-style weighted mean). */
  readonly weight: number;
  /** Display name. */
  readonly label: string;
  /** Styles in a terminal. */
  readonly terminal: readonly TerminalStyle[];
  /** Badge colours in HTML, light scheme; each pair has a contrast of at least 4.5:1. */
  readonly light: BadgeColours;
  /** Badge colours in HTML, dark scheme; each pair has a contrast of at least 4.5:1. */
  readonly dark: BadgeColours;
}

/** Every severity's rank, weight, label and colours: the one table the formats and score read. */
export const SEVERITY_LEVELS: Readonly<Record<Severity, SeverityLevel>> = {
  critical: {
    rank: 5,
    weight: 10,
    label: 'Critical',
    terminal: ['red', 'bold'],
    light: { background: '#fde7e6', text: '#8c1d18' },
    dark: { background: '#4a1512', text: '#ffd7d3' },
  },
  high: {
    rank: 4,
    weight: 7,
    label: 'High',
    terminal: ['red'],
    light: { background: '#fff0e0', text: '#7a3d00' },
    dark: { background: '#47280a', text: '#ffdcb8' },
  },
  medium: {
    rank: 3,
    weight: 3,
    label: 'Medium',
    terminal: ['yellow'],
    light: { background: '#fff8d6', text: '#5c4700' },
    dark: { background: '#3d3305', text: '#fbe99a' },
  },
  low: {
    rank: 2,
    weight: 1,
    label: 'Low',
    terminal: ['cyan'],
    light: { background: '#e6f0ff', text: '#0b3f91' },
    dark: { background: '#0f2d57', text: '#cfe0ff' },
  },
  info: {
    rank: 1,
    weight: 0,
    label: 'Info',
    terminal: ['dim'],
    light: { background: '#eceff1', text: '#3c444c' },
    dark: { background: '#2a3036', text: '#dde3e8' },
  },
};

function column<K extends keyof SeverityLevel>(
  key: K,
): Readonly<Record<Severity, SeverityLevel[K]>> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, SEVERITY_LEVELS[s][key]])) as Record<
    Severity,
    SeverityLevel[K]
  >;
}

/** Weight of each severity in the score, from {@link SEVERITY_LEVELS}. */
export const SEVERITY_WEIGHT = column('weight');

/** Rank of each severity for sorting, higher first, from {@link SEVERITY_LEVELS}. */
export const SEVERITY_RANK = column('rank');

/** The more serious of two severities. */
export function moreSevere(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}
