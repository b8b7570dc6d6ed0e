import type { HealthReport } from '../index';
import { readJson } from '../node/index';
import { CliError } from './errors';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an earlier report for `--compare`: the JSON `evaluate --format json` printed (a report,
 * or `{ report, comparison }` from an earlier comparison). Checks the fields a comparison reads.
 */
export async function readPreviousReport(file: string): Promise<HealthReport> {
  const json = await readJson(file);
  const report = isObject(json) && isObject(json.report) ? json.report : json;
  const problems = !isObject(report)
    ? ['expected a JSON object']
    : [
        typeof report.asOf === 'string' && !Number.isNaN(Date.parse(report.asOf))
          ? ''
          : 'asOf (a date)',
        typeof report.score === 'number' ? '' : 'score (a number)',
        typeof report.rating === 'string' ? '' : 'rating (a string)',
        Array.isArray(report.advice) ? '' : 'advice (a list)',
        isObject(report.metrics) && isObject(report.metrics.offerOutlook)
          ? ''
          : 'metrics with offerOutlook',
      ].filter((p) => p !== '');
  if (problems.length > 0)
    throw new CliError(
      `${file} is not a health report: missing or invalid ${problems.join(', ')}. Save one with "evaluate --format json > ${file}".`,
    );
  return report as unknown as HealthReport;
}
