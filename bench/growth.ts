/**
 * The growth table: one search per row, each evaluated in its own process, so the peak RSS of
 * a row is that search's alone. Time per application should stay about the same from row to row.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_LIST_ITEMS } from '../src/model/schemas';
import { runChild } from './child';
import { generateOneCompanySearch, generateSearch } from './generate';
import { mainEntry } from './library';

/**
 * A row's search as a JSON file. The largest rows keep the first {@link MAX_LIST_ITEMS}
 * messages (a message refers to others, never the reverse, so the search stays valid).
 */
async function writeSearch(
  dir: string,
  shape: GrowthRow['shape'],
  applications: number,
): Promise<string> {
  const generated =
    shape === 'one-company' ? generateOneCompanySearch(applications) : generateSearch(applications);
  const messages = (generated as { messages?: unknown[] }).messages;
  const file = join(dir, `${shape}-${applications}.json`);
  await writeFile(
    file,
    JSON.stringify({ ...generated, messages: messages?.slice(0, MAX_LIST_ITEMS) }),
  );
  return file;
}

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
  const dir = await mkdtemp(join(tmpdir(), 'job-search-health-growth-'));
  try {
    for (const [shape, applications, runs] of rows) {
      const file = await writeSearch(dir, shape, applications);
      const row = await runChild<Omit<GrowthRow, 'shape' | 'microsecondsPerApplication'>>(
        root,
        'growth-child.ts',
        [url, file, String(runs)],
        ['--expose-gc'],
      );
      // Each file is some 40 MB at the largest rows: freed before the next row is written.
      await rm(file);
      results.push({
        shape,
        ...row,
        microsecondsPerApplication: Math.round((row.medianMs * 1000) / row.applications),
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}
