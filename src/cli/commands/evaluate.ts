import { defineCommand } from 'citty';
import {
  compareReports,
  filterAdvice,
  formatReport,
  type HealthReport,
  isAtLeast,
  parseSearch,
  REPORT_FORMATS,
  SearchValidationError,
  unknownSearchKeys,
} from '../../index';
import { locateIssues, readJson, STDIN_NAME } from '../../node/index';
import { loadAdvisor, type RuleSources } from '../advisor';
import { dateOption, oneOf, repeated, severityOption, shared } from '../args';
import { stdoutColor } from '../color';
import { CliError, EXIT, listIssues } from '../errors';
import { type CliIo, ioOf } from '../io';
import { readPreviousReport } from '../previous-report';
import { candidateName } from '../search-name';

/** What an evaluation from the command line needs. */
export interface EvaluateRequest extends RuleSources {
  /** The search file, or `-`. */
  readonly file: string;
  /** `--as-of`, already checked. */
  readonly asOf?: string | undefined;
  /** `--strict`. */
  readonly strict: boolean;
}

/** The evaluation an `evaluate` or `calendar` command line asks for, its options checked. */
export function requestFromArgs(
  args: {
    readonly file: string;
    readonly 'as-of'?: string | undefined;
    readonly strict?: boolean | undefined;
    readonly config?: string | undefined;
  },
  rawArgs: readonly string[],
): EvaluateRequest {
  return {
    file: args.file,
    asOf: dateOption(args['as-of'], '--as-of'),
    strict: args.strict === true,
    config: args.config,
    rules: repeated(rawArgs, 'rules'),
  };
}

/**
 * Evaluates a search file (standard input from `io` for `-`); an invalid search becomes a
 * message naming the file.
 */
export async function evaluateRequest(
  request: EvaluateRequest,
  io: CliIo,
): Promise<{ report: HealthReport; search: unknown }> {
  const { advisor } = await loadAdvisor(request);
  const search = await readJson(request.file, { stdin: io.stdin });
  const name = request.file === '-' ? STDIN_NAME : request.file;
  if (!request.strict)
    for (const issue of locateIssues(search, unknownSearchKeys(search)))
      io.stderr.write(`warning: ${name}: ${issue.path}: ${issue.message} (ignored)\n`);
  try {
    const report = await advisor.evaluate(search, {
      strict: request.strict,
      ...(request.asOf !== undefined ? { asOf: request.asOf } : {}),
    });
    return { report, search };
  } catch (error) {
    if (error instanceof SearchValidationError)
      throw new CliError(
        listIssues(`${name} is not a valid job search`, locateIssues(search, error.issues)),
      );
    throw error;
  }
}

/** `evaluate <file|->`: prints the health report. */
export const evaluate = defineCommand({
  meta: { name: 'evaluate', description: 'Evaluate a search file and print its health report' },
  args: {
    file: shared.file,
    'as-of': shared['as-of'],
    format: {
      type: 'string',
      alias: 'f',
      description: `Output format: ${REPORT_FORMATS.join('|')} (default: text)`,
      valueHint: 'format',
    },
    config: shared.config,
    rules: shared.rules,
    'min-severity': shared['min-severity'],
    'fail-on': {
      type: 'string',
      description: 'Exit with code 1 when advice at this severity or above exists',
      valueHint: 'severity',
    },
    strict: shared.strict,
    color: shared.color,
    compare: {
      type: 'string',
      description:
        'An earlier report (saved with --format json) to compare with: what changed since, in every format',
      valueHint: 'file',
    },
  },
  async run(context) {
    const { args, rawArgs } = context;
    const io = ioOf(context);
    const format = oneOf(args.format, REPORT_FORMATS, '--format') ?? 'text';
    const minSeverity = severityOption(args['min-severity'], '--min-severity');
    const failOn = severityOption(args['fail-on'], '--fail-on');
    const previous =
      args.compare === undefined ? undefined : await readPreviousReport(args.compare);
    const { report, search } = await evaluateRequest(requestFromArgs(args, rawArgs), io);
    const shown = minSeverity ? filterAdvice(report, minSeverity) : report;
    const name = format === 'json' ? undefined : candidateName(search);
    io.stdout.write(
      formatReport(shown, {
        format,
        color: stdoutColor(args.color, io),
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
  },
});
