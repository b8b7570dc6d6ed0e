import { execFileSync } from 'node:child_process';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeEntries,
  type PackedProject,
  packedProject,
  ROOT,
  runNode,
  scratch,
  specifier,
} from './packed';

const AS_OF = '2026-11-25';

// Each consumer prints the story's report as JSON, so the two module systems can be compared.
const ESM_CONSUMER = `import { readFileSync } from 'node:fs';
import { evaluateSearch, formatText } from 'job-search-health';
const search = JSON.parse(readFileSync(new URL('./search.json', import.meta.url), 'utf8'));
const report = await evaluateSearch(search, { asOf: '${AS_OF}' });
if (!formatText(report, { color: false }).includes('Northwind Health')) throw new Error('text');
process.stdout.write(JSON.stringify(report));
`;

const CJS_CONSUMER = `const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { evaluateSearch, formatText } = require('job-search-health');
const search = JSON.parse(readFileSync(join(__dirname, 'search.json'), 'utf8'));
evaluateSearch(search, { asOf: '${AS_OF}' }).then((report) => {
  if (!formatText(report, { color: false }).includes('Northwind Health')) throw new Error('text');
  process.stdout.write(JSON.stringify(report));
});
`;

/** Prints the sorted export names of every code entry, loaded with `import` or `require`. */
function namesConsumer(specifiers: readonly string[], loader: 'import' | 'require'): string {
  const load =
    loader === 'import' ? (s: string) => `await import('${s}')` : (s: string) => `require('${s}')`;
  const body = specifiers
    .map((s) => `names[${JSON.stringify(s)}] = Object.keys(${load(s)}).sort();`)
    .join('\n');
  const script = `const names = {};\n${body}\nprocess.stdout.write(JSON.stringify(names));\n`;
  return loader === 'import' ? script : `(async () => {\n${script}})();\n`;
}

describe('the packed package in a consumer project', () => {
  let project: PackedProject;
  let work: Awaited<ReturnType<typeof scratch>>;

  beforeAll(async () => {
    project = await packedProject();
    work = await scratch(project);
    await copyFile(join(ROOT, 'examples/story/search.json'), join(work.dir, 'search.json'));
  }, 180_000);

  afterAll(() => work?.dispose());

  it('gives the same report for the story through import and require', async () => {
    await writeFile(join(work.dir, 'story.mjs'), ESM_CONSUMER);
    await writeFile(join(work.dir, 'story.cjs'), CJS_CONSUMER);
    const [esm, cjs] = await Promise.all([
      runNode(['story.mjs'], work.dir),
      runNode(['story.cjs'], work.dir),
    ]);
    const report = JSON.parse(esm);
    expect(JSON.parse(cjs)).toEqual(report);
    expect(report.asOf).toBe(`${AS_OF}T00:00:00.000Z`);
    expect(report.packageVersion).toBe(project.manifest.version);
    expect(report.advice[0].ruleId).toBe('unanswered-outreach');
    expect(report.advice[0].message).toContain('Northwind Health');
  });

  it('recognises validation errors of either build with the type guard of the other', async () => {
    // Each build has its own classes, so instanceof fails across them; the guard does not.
    await writeFile(
      join(work.dir, 'guard.mjs'),
      `import { createRequire } from 'node:module';
import * as esm from 'job-search-health';
const cjs = createRequire(import.meta.url)('job-search-health');
const failures = (lib) => {
  const errors = [];
  for (const fail of [
    () => lib.parseSearch({ companies: [{ id: 'c' }] }),
    () => lib.createAdvisor({ extends: ['nowhere'] }),
    () => lib.defineRuleSet({ name: 'acme', namespace: 'acme', rules: [{ id: 'other' }] }),
  ]) {
    try { fail(); } catch (error) { errors.push(error); }
  }
  return errors;
};
const check = (errors, guard, Base) => errors.map((e) => [e.name, guard(e), e instanceof Base, e.issues[0].code]);
process.stdout.write(JSON.stringify({
  cjsSeenByEsm: check(failures(cjs), esm.isValidationError, esm.JobSearchHealthValidationError),
  esmSeenByCjs: check(failures(esm), cjs.isValidationError, cjs.JobSearchHealthValidationError),
  sameBuild: check(failures(esm), esm.isValidationError, esm.JobSearchHealthValidationError),
  plainError: esm.isValidationError(new Error('x')) || cjs.isValidationError(new Error('x')),
}));
`,
    );
    const out = JSON.parse(await runNode(['guard.mjs'], work.dir));
    const kinds = ['SearchValidationError', 'ConfigError', 'RuleSetError'];
    const codes = ['required', 'invalid', 'invalid'];
    const seen = (instance: boolean) => kinds.map((kind, i) => [kind, true, instance, codes[i]]);
    expect(out).toEqual({
      cjsSeenByEsm: seen(false),
      esmSeenByCjs: seen(false),
      sameBuild: seen(true),
      plainError: false,
    });
  });

  it('exposes the same names from every code entry in both module systems', async () => {
    const specifiers = codeEntries(project.manifest).map((s) => specifier(project.manifest, s));
    expect(specifiers).toContain('job-search-health');
    await writeFile(join(work.dir, 'names.mjs'), namesConsumer(specifiers, 'import'));
    await writeFile(join(work.dir, 'names.cjs'), namesConsumer(specifiers, 'require'));
    const [esm, cjs] = await Promise.all([
      runNode(['names.mjs'], work.dir),
      runNode(['names.cjs'], work.dir),
    ]);
    const names = JSON.parse(esm) as Record<string, string[]>;
    expect(JSON.parse(cjs)).toEqual(names);
    for (const entry of specifiers) expect(names[entry]?.length).toBeGreaterThan(0);
    expect(names['job-search-health']).toEqual(
      expect.arrayContaining(['createAdvisor', 'evaluateSearch', 'parseSearch', 'recommended']),
    );
  });

  it('reads a search file through the node entry in both module systems', async () => {
    await writeFile(
      join(work.dir, 'read.mjs'),
      `import { readJson } from 'job-search-health/node';
const search = await readJson(process.argv[2]);
process.stdout.write(JSON.stringify(search.applications.map((a) => a.id)));
`,
    );
    await writeFile(
      join(work.dir, 'read.cjs'),
      `const { readJson } = require('job-search-health/node');
readJson(process.argv[2]).then((search) => {
  process.stdout.write(JSON.stringify(search.applications.map((a) => a.id)));
});
`,
    );
    const file = join(work.dir, 'search.json');
    const [esm, cjs] = await Promise.all([
      runNode(['read.mjs', file], work.dir),
      runNode(['read.cjs', file], work.dir),
    ]);
    expect(JSON.parse(esm)).toEqual(['app-harbor', 'app-city-arts', 'app-lumen']);
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it('finds json-rules-engine by name once its entry is loaded, from either build', async () => {
    // The engine registered through the CommonJS build is found by the ES module one, and the
    // report matches the compiled engine's.
    await writeFile(
      join(work.dir, 'engine.mjs'),
      `import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createAdvisor } from 'job-search-health';
const search = JSON.parse(readFileSync(new URL('./search.json', import.meta.url), 'utf8'));
let refused = '';
try { createAdvisor({ engine: 'json-rules-engine' }); } catch (error) { refused = error.message; }
createRequire(import.meta.url)('job-search-health/json-rules-engine');
const advisor = createAdvisor({ engine: 'json-rules-engine' });
const same =
  JSON.stringify(await advisor.evaluate(search, { asOf: '${AS_OF}' })) ===
  JSON.stringify(await createAdvisor().evaluate(search, { asOf: '${AS_OF}' }));
process.stdout.write(JSON.stringify({ refused, engine: advisor.engine, same }));
`,
    );
    const result = JSON.parse(await runNode(['engine.mjs'], work.dir));
    expect(result).toEqual({
      refused: expect.any(String),
      engine: 'json-rules-engine',
      same: true,
    });
    expect(result.refused).toContain(
      "import { jsonRulesEngine } from 'job-search-health/json-rules-engine'",
    );
  });

  it('ships every JSON file it exports: the schemas and the manifest', async () => {
    const json = Object.keys(project.manifest.exports)
      .filter((subpath) => subpath.endsWith('.json'))
      .map((subpath) => specifier(project.manifest, subpath));
    expect(json).toEqual(
      expect.arrayContaining([
        'job-search-health/search.schema.json',
        'job-search-health/package.json',
      ]),
    );
    await writeFile(
      join(work.dir, 'json.cjs'),
      `const loaded = {};
for (const name of ${JSON.stringify(json)}) loaded[name] = typeof require(name);
loaded.schemaType = require('job-search-health/search.schema.json').type;
process.stdout.write(JSON.stringify(loaded));
`,
    );
    expect(JSON.parse(await runNode(['json.cjs'], work.dir))).toEqual({
      ...Object.fromEntries(json.map((name) => [name, 'object'])),
      schemaType: 'object',
    });
  });

  it('holds only the built files, the manifest and the docs npm always includes', () => {
    const listing = execFileSync('tar', ['-tzf', project.tarball], { encoding: 'utf8' });
    const files = listing.trim().split('\n');
    const outside = files.filter(
      (f) => !/^package\/(dist\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(f),
    );
    expect(outside).toEqual([]);
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/index.cjs');
  });
});
