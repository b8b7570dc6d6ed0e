import type { Command } from 'commander';
import {
  compareReports,
  filterAdvice,
  formatReport,
  type HealthReport,
  isAtLeast,
  parseSearch,
  REPORT_FORMATS,
  type ReportFormat,
  type Severity,
} from '../../index';
import { loadAdvisor } from '../advisor';
import { stdoutColor } from '../color';
import { EXIT } from '../errors';
import type { CliIo, CommandContext } from '../io';
import {
  addColor,
  addEvaluationOptions,
  addMinSeverity,
  addValueOption,
  type EvaluationOptions,
  oneOf,
  SEARCH_FILE,
  severity,
} from '../options';
import { readPreviousReport } from '../previous-report';
import { candidateName, evaluating, readSearchFile } from '../search-file';

/** What an evaluation from the command line needs: the search file and its options. */
export interface EvaluateRequest extends EvaluationOptions {
  /** The search file, or `-`. */
  readonly file: string;
}

/** Evaluates a search file (standard input from `io` for `-`) with the rules asked for. */
export async function evaluateRequest(
  request: EvaluateRequest,
  io: CliIo,
): Promise<{ report: HealthReport; search: unknown }> {
  const { advisor } = await loadAdvisor(request);
  const file = await readSearchFile(request.file, request.strict === true, io);
  const report = await evaluating(file, () =>
    advisor.evaluate(file.search, {
      strict: request.strict === true,
      ...(request.asOf !== undefined ? { asOf: request.asOf } : {}),
    }),
  );
  return { report, search: file.search };
}

/** The options of `evaluate`, as commander hands them to its action. */
interface EvaluateOptions extends EvaluationOptions {
  readonly format: ReportFormat;
  readonly minSeverity?: Severity;
  readonly failOn?: Severity;
  readonly color?: boolean;
  readonly compare?: string;
}

async function run(file: string, options: EvaluateOptions, io: CliIo): Promise<number> {
  const previous =
    options.compare === undefined ? undefined : await readPreviousReport(options.compare);
  const { report, search } = await evaluateRequest({ ...options, file }, io);
  const { format, minSeverity, failOn } = options;
  const shown = minSeverity ? filterAdvice(report, minSeverity) : report;
  const name = format === 'json' ? undefined : candidateName(search);
  io.stdout.write(
    formatReport(shown, {
      format,
      color: stdoutColor(options.color, io),
      ...(name !== undefined ? { name } : {}),
      // Already validated by the evaluation; the HTML funnel is drawn from it.
      ...(format === 'html' ? { search: parseSearch(search) } : {}),
      ...(previous ? { comparison: compareReports(previous, shown) } : {}),
    }),
  );
  if (report.outcomes.some((o) => o.status === 'error')) return EXIT.ruleFailed;
  // Every rule that gave advice counts, folded into another rule's advice or not.
  const fails =
    failOn && report.outcomes.some((o) => o.status === 'advice' && isAtLeast(o.severity, failOn));
  return fails ? EXIT.advice : EXIT.ok;
}

/** `evaluate <file|->`: prints the health report. */
export function evaluate(program: Command, { io, finish }: CommandContext): void {
  const command = program
    .command('evaluate')
    .description('Evaluate a search file and print its health report')
    .argument(SEARCH_FILE.name, SEARCH_FILE.description);
  addEvaluationOptions(command);
  addValueOption(command, {
    flags: '-f, --format <format>',
    description: `Output format: ${REPORT_FORMATS.join('|')} (default: text)`,
    parse: (value, option) => oneOf(value, REPORT_FORMATS, option),
  });
  addMinSeverity(command);
  addValueOption(command, {
    flags: '--fail-on <severity>',
    description: 'Exit with code 1 when advice at this severity or above exists',
    parse: severity,
  });
  addColor(command);
  addValueOption(command, {
    flags: '--compare <file>',
    description:
      'An earlier report (saved with --format json) to compare with: what changed since, in every format',
  });
  command.action(async (file: string, options: EvaluateOptions) =>
    finish(await run(file, { ...options, format: options.format ?? 'text' }, io)),
  );
}
