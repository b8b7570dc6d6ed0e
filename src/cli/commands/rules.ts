import { defineCommand } from 'citty';
import { createColors } from 'picocolors';
import { DEFAULT_DOCS_BASE_URL } from '../../engine/advice';
import { closest } from '../../engine/suggest';
import { terminalSafe } from '../../format/terminal';
import { loadAdvisor } from '../advisor';
import { repeated, shared } from '../args';
import { stdoutColor } from '../color';
import { CliError, EXIT } from '../errors';
import { ioOf } from '../io';
import { formatRuleDetails, formatRuleList } from '../rule-info';

/** `rules [id]`: lists the rules in force, or explains one. */
export const rules = defineCommand({
  meta: {
    name: 'rules',
    description: 'List the rules (id, category, severity, what it checks) or explain one',
  },
  args: {
    id: {
      type: 'positional',
      required: false,
      description: 'A rule id: explain that rule (description, options with defaults, sources)',
      valueHint: 'id',
    },
    config: shared.config,
    rules: shared.rules,
    color: shared.color,
  },
  async run(context) {
    const { args, rawArgs } = context;
    const io = ioOf(context);
    const c = createColors(stdoutColor(args.color, io));
    const { advisor, config } = await loadAdvisor({
      config: args.config,
      rules: repeated(rawArgs, 'rules'),
    });
    const { id } = args;
    if (id === undefined) {
      io.stdout.write(formatRuleList(advisor.rules, advisor.categories, c));
      return EXIT.ok;
    }
    const rule = advisor.rules.find((r) => r.id === id);
    if (rule === undefined) {
      const ids = advisor.rules.map((r) => r.id);
      const hint = closest(id, ids) ?? ids.find((known) => known.includes(id));
      throw new CliError(
        `unknown rule "${terminalSafe(id)}"${hint ? ` (did you mean "${hint}"?)` : ''}; run "job-search-health rules" to list them`,
      );
    }
    io.stdout.write(formatRuleDetails(rule, config.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL, c));
    return EXIT.ok;
  },
});
