/**
 * The growth table: one search per row, each evaluated in its own process, so the peak RSS of
 * a row is that search's alone. Time per application should stay about the same from row to row.
 */
import { pathToFileURL } from 'node:url';
import { runChild } from './child';
import { mainEntry } from './library';

/** One row of the growth table. */
export interface GrowthRow {
  readonly shape: 'spread' | 'one-company';
  readonly applications: number;
  readonly messages: number;
  readonly evaluations: number;
  /** Median CPU time of an evaluation, in milliseconds. */
  readonly medianMs: number;
  /** Median wall time of an evaluation, in milliseconds. */
  readonly medianWallMs: number;
  /** Median CPU time divided by the applications, in microseconds. */
  readonly microsecondsPerApplication: number;
  readonly advice: number;
  readonly peakRssMb: number;
}

/** The rows measured: shape, applications, evaluations (the median is kept). */
export const GROWTH_ROWS = [
  ['spread', 1_000, 7],
  ['spread', 10_000, 3],
  ['spread', 50_000, 1],
  ['spread', 100_000, 1],
  ['one-company', 4_000, 3],
] as const;

/** Measures each row, or the first two of each shape at a tenth of the size when `quick`. */
export async function measureGrowth(
  root: string,
  packageDir: string,
  quick: boolean,
): Promise<GrowthRow[]> {
  const url = pathToFileURL(mainEntry(packageDir)).href;
  const rows = quick
    ? ([
        ['spread', 100, 1],
        ['one-company', 100, 1],
      ] as const)
    : GROWTH_ROWS;
  const results: GrowthRow[] = [];
  for (const [shape, applications, runs] of rows) {
    const row = await runChild<Omit<GrowthRow, 'microsecondsPerApplication'>>(
      root,
      'growth-child.ts',
      [url, shape, String(applications), String(runs)],
    );
    results.push({
      ...row,
      microsecondsPerApplication: Math.round((row.medianMs * 1000) / row.applications),
    });
  }
  return results;
}
