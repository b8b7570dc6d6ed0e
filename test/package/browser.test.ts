/**
 * The main and calendar entries in a browser: bundled by esbuild for `platform: 'browser'`,
 * then run in a bare `vm` context. (The `node` entry reads files: it is for Node only.)
 *
 * Why a `vm` context rather than an ES module file run by Node: a module run by Node still sees
 * `process`, `Buffer`, `setImmediate` and the rest of Node's globals, so code that needs them
 * would pass unnoticed. A new context holds only the JavaScript built-ins (Promise, Date, JSON,
 * Intl...); we hand it the few Web APIs every browser has (timers, console, URL, text coding),
 * and nothing else. Anything that reaches for Node fails with a ReferenceError, and
 * `typeof process` is 'undefined' as in a browser.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { type Context, createContext, runInContext } from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PackedProject, packedProject, ROOT, runNode, scratch } from './packed';

const AS_OF = '2026-11-25';

const ENTRY = `import { evaluateSearch, formatText } from 'job-search-health';
export async function story(text) {
  const report = await evaluateSearch(JSON.parse(text), { asOf: '${AS_OF}' });
  return { report: JSON.stringify(report), text: formatText(report, { color: false }) };
}
`;

const CALENDAR_ENTRY = `import { evaluateSearch } from 'job-search-health';
import { reportToICalendar } from 'job-search-health/calendar';
export async function story(text) {
  return reportToICalendar(await evaluateSearch(JSON.parse(text), { asOf: '${AS_OF}' }));
}
`;

const NODE_REPORT = `import { readFileSync } from 'node:fs';
import { evaluateSearch } from 'job-search-health';
import { reportToICalendar } from 'job-search-health/calendar';
const search = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const report = await evaluateSearch(search, { asOf: '${AS_OF}' });
process.stdout.write(JSON.stringify({ report, calendar: reportToICalendar(report) }));
`;

const BUILTINS = new Set(builtinModules);

/** Globals a browser page has besides the language built-ins; Node's versions behave alike. */
const WEB_GLOBALS = {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  queueMicrotask,
  console,
  URL,
  TextEncoder,
  TextDecoder,
  structuredClone,
  crypto,
};

/** Fails the build on any import of a Node built-in, with or without the `node:` prefix. */
function refuseNodeBuiltins(found: string[]): Plugin {
  return {
    name: 'refuse-node-builtins',
    setup(onBuild) {
      onBuild.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.replace(/^node:/, '').split('/')[0] ?? '';
        if (args.path.startsWith('node:') || BUILTINS.has(bare) || BUILTINS.has(args.path)) {
          found.push(`${args.path} (imported by ${args.importer})`);
          return { errors: [{ text: `Node built-in "${args.path}" in a browser bundle` }] };
        }
        return undefined;
      });
    },
  };
}

describe('the main entry in a browser', () => {
  let project: PackedProject;
  let work: Awaited<ReturnType<typeof scratch>>;
  const story = join(ROOT, 'examples/story/search.json');

  beforeAll(async () => {
    project = await packedProject();
    work = await scratch(project);
  }, 180_000);

  afterAll(() => work?.dispose());

  /** Bundles `source` for the browser, refusing Node built-ins, and loads it in a bare context. */
  async function loadInBrowserContext(name: string, source: string): Promise<Context> {
    await writeFile(join(work.dir, name), source);
    const found: string[] = [];
    const bundle = await build({
      absWorkingDir: work.dir,
      entryPoints: [name],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'consumer',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [refuseNodeBuiltins(found)],
    });
    expect(found).toEqual([]);
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.some((i) => i.includes('node_modules/job-search-health/dist/'))).toBe(true);
    const context = createContext({ ...WEB_GLOBALS });
    runInContext(bundle.outputFiles[0]?.text ?? '', context, { filename: name });
    expect(runInContext('typeof process + typeof require + typeof Buffer', context)).toBe(
      'undefinedundefinedundefined',
    );
    context.storyText = await readFile(story, 'utf8');
    return context;
  }

  /** The story's report and calendar, computed by Node from the installed package. */
  async function inNode(): Promise<{ report: unknown; calendar: string }> {
    await writeFile(join(work.dir, 'node-report.mjs'), NODE_REPORT);
    return JSON.parse(await runNode(['node-report.mjs', story], work.dir));
  }

  it('bundles the main entry without Node built-ins; it evaluates the story alike', async () => {
    const context = await loadInBrowserContext('main.js', ENTRY);
    const result = (await runInContext('consumer.story(storyText)', context)) as {
      report: string;
      text: string;
    };
    expect(result.text).toContain('Northwind Health');
    expect(JSON.parse(result.report)).toEqual((await inNode()).report);
  });

  it('bundles the calendar entry without Node built-ins; it gives the same calendar', async () => {
    const context = await loadInBrowserContext('calendar.js', CALENDAR_ENTRY);
    const calendar = (await runInContext('consumer.story(storyText)', context)) as string;
    expect(calendar).toContain('BEGIN:VEVENT');
    expect(calendar).toBe((await inNode()).calendar);
  });
});
