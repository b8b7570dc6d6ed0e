/**
 * The generated parts of docs/cli.md: each command's usage, arguments and options, read from
 * the command definitions (src/cli/program.ts), and a sample report printed by the CLI itself.
 * `npm run docs:cli` writes them; test/cli/docs.test.ts checks they are current.
 */
import type { Command } from 'commander';
import type { CliIo } from '../src/cli/io';
import { main } from '../src/cli/main';
import { createProgram } from '../src/cli/program';

/** The command run for the sample in docs/cli.md and README.md. */
const SAMPLE_ARGS = ['evaluate', 'examples/story/search.json', '--as-of', '2026-11-25'];

const SCHEMA_DIR = new URL('../schema/', import.meta.url);

/** Standard input for a run that reads none. */
async function* noInput(): AsyncIterable<string> {}

/** A pipe `|` ends a Markdown table cell; everything else in help text is plain words. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** One command's reference: heading, description, and a table of its arguments and options. */
function commandReference(command: Command): string {
  const rows = [
    ...command.registeredArguments.map((a) => {
      const name = a.required ? `<${a.name()}>` : `[${a.name()}]`;
      const fallback = a.defaultValue === undefined ? '' : ` (default: ${String(a.defaultValue)})`;
      return `| \`${name}\` | ${cell(a.description + fallback)} |`;
    }),
    ...command.options
      .filter((o) => !o.hidden)
      .map((o) => `| \`${cell(o.flags)}\` | ${cell(o.description)} |`),
  ];
  return [
    `### \`${command.name()} ${command.usage()}\``,
    '',
    `${command.description()}.`,
    '',
    '| argument or option | meaning |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** The reference of every command, by name, as the program defines it. */
export function commandReferences(): Map<string, string> {
  const io: CliIo = {
    stdin: noInput(),
    stdout: { write: () => true },
    stderr: { write: () => true },
    env: {},
    schemaDir: SCHEMA_DIR,
  };
  const program = createProgram(io, () => {});
  return new Map(
    program.commands.filter((c) => c.name() !== 'help').map((c) => [c.name(), commandReference(c)]),
  );
}

/** What the CLI prints for {@link SAMPLE_ARGS}, without colours. */
export async function sampleOutput(): Promise<string> {
  let text = '';
  const io: CliIo = {
    stdin: noInput(),
    stdout: {
      write: (chunk: string) => {
        text += chunk;
        return true;
      },
    },
    stderr: { write: () => true },
    env: {},
    schemaDir: SCHEMA_DIR,
  };
  const code = await main(SAMPLE_ARGS, io);
  if (code !== 0) throw new Error(`the sample command exited ${code}`);
  return text;
}

const SAMPLE = /(<!-- cli-sample:start -->\n```text\n)[\s\S]*?(```\n<!-- cli-sample:end -->)/;
const COMMAND = /(<!-- cli-command:([a-z]+):start -->\n)[\s\S]*?(<!-- cli-command:\2:end -->)/g;

/**
 * `text` (docs/cli.md or README.md) with its generated blocks refreshed: the sample, and each
 * command's reference. Throws when a command of the program has no block in a file that has
 * command blocks, or a block names no command.
 */
export function refresh(text: string, sample: string, references: Map<string, string>): string {
  if (!SAMPLE.test(text)) throw new Error('no cli-sample block');
  const seen = new Set<string>();
  const out = text
    .replace(SAMPLE, (_, start: string, end: string) => start + sample + end)
    .replace(COMMAND, (_, start: string, name: string, end: string) => {
      const reference = references.get(name);
      if (reference === undefined) throw new Error(`no command "${name}"`);
      seen.add(name);
      return start + reference + end;
    });
  const missing = [...references.keys()].filter((name) => !seen.has(name));
  if (seen.size > 0 && missing.length > 0)
    throw new Error(`no cli-command block for ${missing.join(', ')}`);
  return out;
}
