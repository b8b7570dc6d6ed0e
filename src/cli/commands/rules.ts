import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { closest, formatCount, formatRuleDetails, formatRuleList, terminalSafe } from '../../index';
import { loadAdvisor } from '../advisor';
import { stdoutColor } from '../color';
import { CliError, EXIT } from '../errors';
import type { CliIo, CommandContext } from '../io';
import { addColor, addRuleSources, type RuleSourceOptions } from '../options';

/** The options of `rules`, as commander hands them to its action. */
interface RulesOptions extends RuleSourceOptions {
  readonly color?: boolean;
}

async function run(id: string | undefined, options: RulesOptions, io: CliIo): Promise<number> {
  const color = stdoutColor(options.color, io);
  const { advisor, config } = await loadAdvisor(options);
  if (id === undefined) {
    const footer = `${formatCount(advisor.rules.length, 'rule')}. Run "job-search-health rules <id>" for one rule's details.`;
    io.stdout.write(
      `${formatRuleList(advisor.rules, advisor.categories, { color })}\n${createColors(color).dim(footer)}\n`,
    );
    return EXIT.ok;
  }
  const rule = advisor.rules.find((r) => r.id === id);
  if (rule === undefined) {
    const ids = advisor.rules.map((r) => r.id);
    // Else the shortest id containing the text: the nearest, whatever the rules' order.
    const hint =
      closest(id, ids) ??
      ids.filter((known) => known.includes(id)).sort((a, b) => a.length - b.length)[0];
    throw new CliError(
      `unknown rule "${terminalSafe(id)}"${hint ? ` (did you mean "${hint}"?)` : ''}; run "job-search-health rules" to list them`,
    );
  }
  io.stdout.write(
    formatRuleDetails(rule, {
      color,
      ...(config.docsBaseUrl !== undefined ? { docsBaseUrl: config.docsBaseUrl } : {}),
    }),
  );
  return EXIT.ok;
}

/** `rules [id]`: lists the rules in force, or explains one. */
export function rules(program: Command, { io, finish }: CommandContext): void {
  const command = program
    .command('rules')
    .description('List the rules (id, category, severity, what it checks) or explain one')
    .argument('[id]', 'A rule id: explain that rule (description, options with defaults, sources)');
  addRuleSources(command);
  addColor(command);
  command.action(async (id: string | undefined, options: RulesOptions) =>
    finish(await run(id, options, io)),
  );
}
