/** Small helpers shared by the benchmark and its child processes. */

/** The median of some numbers (0 for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Peak resident set of this process so far, in MB (maxRSS is in kilobytes). */
export function peakRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

/**
 * CPU time this process has used (user and system, all threads), in milliseconds. The benchmark
 * times with it rather than the wall clock: on a shared machine, waiting for a core inflates
 * wall time by whatever else runs, while CPU time counts only the work done.
 */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
