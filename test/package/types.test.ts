import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeEntries, type PackedProject, packedProject, scratch, specifier } from './packed';

// Uses the types for real: a wrong call must fail, so the declarations cannot be `any`.
const MAIN_CONSUMER = `import {
  type Advice,
  type HealthReport,
  type JobSearchInput,
  type Severity,
  createAdvisor,
  evaluateSearch,
  parseSearch,
} from 'job-search-health';

const input: JobSearchInput = {
  applications: [
    { id: 'a1', companyId: 'c1', role: 'Analyst', channel: 'job-board', stage: 'applied' },
  ],
  companies: [{ id: 'c1', name: 'Acme' }],
};
export const parsed = parseSearch(input).applications[0]?.appliedAt;
export async function first(): Promise<Severity | undefined> {
  const report: HealthReport = await evaluateSearch(input, { asOf: '2026-11-25' });
  const advice: Advice | undefined = report.advice[0];
  return advice?.severity;
}
export const ruleIds: string[] = createAdvisor({ rules: {} }).rules.map((rule) => rule.id);
// @ts-expect-error asOf is a date or an ISO string, never a number
evaluateSearch(input, { asOf: 20261125 });
`;

/** Imports every other code entry, so that its declarations are resolved and checked. */
function entriesConsumer(specifiers: readonly string[]): string {
  const lines = specifiers.map((s, i) => `import * as entry${i} from '${s}';`);
  const used = specifiers.map((_, i) => `entry${i}`).join(', ');
  return `${lines.join('\n')}\nexport const entries: object[] = [${used}];\n`;
}

interface Check {
  readonly name: string;
  readonly compilerOptions: Record<string, unknown>;
  readonly files: Record<string, string>;
}

const STRICT = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  // Checks the package's own declarations too, not only their use.
  skipLibCheck: false,
  target: 'ES2022',
  lib: ['ES2022'],
};

/**
 * Source files parsed once and shared by every consumer project's program: parsing the same
 * declarations four times was most of the cost. The key holds what parsing depends on.
 */
const parsed = new Map<string, ts.SourceFile | undefined>();

function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const parse = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, version, onError, shouldCreate) => {
    const { languageVersion, impliedNodeFormat } =
      typeof version === 'object' ? version : { languageVersion: version, impliedNodeFormat: 0 };
    const key = `${languageVersion}:${impliedNodeFormat}:${fileName}`;
    if (!parsed.has(key)) parsed.set(key, parse(fileName, version, onError, shouldCreate));
    return parsed.get(key);
  };
  return host;
}

/** Where the package's own files are, in a consumer project. */
// TypeScript writes file names with forward slashes on every platform.
const PACKAGE_FILES = '/node_modules/job-search-health/';

/**
 * Type-checks one consumer project with the repository's TypeScript, in this process: the
 * consumer's files and the package's own declarations, in full. Other declarations (zod,
 * @types/node, TypeScript's libs) are checked only as far as these use them, as a consumer
 * with `skipLibCheck` would; checking all of them made up most of the time.
 */
function compile(dir: string, check: Check): string {
  const { options, errors } = ts.convertCompilerOptionsFromJson(check.compilerOptions, dir);
  const host = cachingHost(options);
  const rootNames = Object.keys(check.files).map((file) => join(dir, file));
  const program = ts.createProgram({ rootNames, options, host });
  const checked = program
    .getSourceFiles()
    .filter((f) => rootNames.includes(f.fileName) || f.fileName.includes(PACKAGE_FILES));
  const diagnostics = [
    ...errors,
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((f) => [
      ...program.getSyntacticDiagnostics(f),
      ...program.getSemanticDiagnostics(f),
    ]),
  ];
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => dir,
    getNewLine: () => '\n',
  });
}

describe('the packed type declarations', () => {
  let project: PackedProject;
  let work: Awaited<ReturnType<typeof scratch>>;

  beforeAll(async () => {
    project = await packedProject();
    work = await scratch(project);
  }, 180_000);

  afterAll(() => work?.dispose());

  async function typecheck(check: Check): Promise<string> {
    const dir = join(work.dir, check.name);
    await mkdir(dir, { recursive: true });
    for (const [file, text] of Object.entries(check.files)) await writeFile(join(dir, file), text);
    return compile(dir, check);
  }

  function checks(): Check[] {
    const others = codeEntries(project.manifest)
      .filter((s) => s !== '.')
      .map((s) => specifier(project.manifest, s));
    const extra: Record<string, string> =
      others.length > 0 ? { 'entries.ts': entriesConsumer(others) } : {};
    // The main entry is checked as a browser app would see it (the DOM, no Node types): it
    // must not need Node. zod's declarations use the DOM's URL, so the DOM library is needed.
    const nodeFree = { ...STRICT, lib: ['ES2022', 'DOM'], types: [] };
    const withNode = { ...STRICT, types: ['node'] };
    return [
      {
        name: 'node16-esm-and-cjs',
        compilerOptions: { ...nodeFree, module: 'node16', moduleResolution: 'node16' },
        files: { 'main.mts': MAIN_CONSUMER, 'main.cts': MAIN_CONSUMER },
      },
      {
        name: 'bundler',
        compilerOptions: { ...nodeFree, module: 'esnext', moduleResolution: 'bundler' },
        files: { 'main.ts': MAIN_CONSUMER },
      },
      ...(others.length > 0
        ? [
            {
              name: 'node16-entries',
              compilerOptions: { ...withNode, module: 'node16', moduleResolution: 'node16' },
              files: { 'entries.mts': extra['entries.ts'] ?? '' },
            },
            {
              name: 'bundler-entries',
              compilerOptions: { ...withNode, module: 'esnext', moduleResolution: 'bundler' },
              files: extra,
            },
          ]
        : []),
    ];
  }

  // One test per consumer project, each well inside the default timeout.
  for (const name of ['node16-esm-and-cjs', 'bundler', 'node16-entries', 'bundler-entries'])
    it(`typechecks a strict consumer: ${name}`, async () => {
      const check = checks().find((c) => c.name === name);
      expect(check, `${name} is among the checks`).toBeDefined();
      if (check) expect(await typecheck(check)).toBe('');
    });

  it('checks the package files it means to', async () => {
    const check = checks()[0];
    expect(check).toBeDefined();
    if (!check) return;
    const { options } = ts.convertCompilerOptionsFromJson(check.compilerOptions, work.dir);
    const program = ts.createProgram({
      rootNames: [join(work.dir, check.name, 'main.mts')],
      options,
      host: cachingHost(options),
    });
    expect(program.getSourceFiles().some((f) => f.fileName.includes(PACKAGE_FILES))).toBe(true);
  });

  it('would report a type error', async () => {
    const broken: Check = {
      name: 'broken',
      compilerOptions: { ...STRICT, types: [], module: 'esnext', moduleResolution: 'bundler' },
      files: { 'main.ts': 'export const n: number = "x";' },
    };
    expect(await typecheck(broken)).toMatch(/error TS2322/);
  });
});
