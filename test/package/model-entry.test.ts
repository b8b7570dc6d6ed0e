import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PackedProject, packedProject, runNode, scratch } from './packed';

// A form's check: the model entry alone, its Standard Schema, and an error thrown by the
// CommonJS build recognised by the ES module build's type guard.
const CONSUMER = `import { createRequire } from 'node:module';
import { isValidationError, parseSearch, searchStandardSchema, STAGES } from 'job-search-health/model';
const cjs = createRequire(import.meta.url)('job-search-health/model');
const bad = { applications: [{ id: 'a1', companyId: 'x', role: 'Analyst', channel: 'job-board', stage: 'interviwing' }] };
let thrown;
try { cjs.parseSearch(bad); } catch (error) { thrown = error; }
const result = await searchStandardSchema['~standard'].validate(bad);
process.stdout.write(JSON.stringify({
  stages: STAGES.length,
  valid: parseSearch({ companies: [{ id: 'c', name: 'C' }] }).companies.length,
  crossBuild: isValidationError(thrown),
  sameBuildInstanceof: thrown instanceof cjs.SearchValidationError,
  codes: thrown.issues.map((issue) => issue.code),
  standard: result.issues.map((issue) => [issue.path.join('.'), issue.message]),
}));
`;

describe('the job-search-health/model entry', () => {
  let project: PackedProject;
  let work: Awaited<ReturnType<typeof scratch>>;

  beforeAll(async () => {
    project = await packedProject();
    work = await scratch(project);
  }, 180_000);

  afterAll(() => work?.dispose());

  it('validates through a Standard Schema, and its errors are recognised across builds', async () => {
    await writeFile(join(work.dir, 'form.mjs'), CONSUMER);
    const out = JSON.parse(await runNode(['form.mjs'], work.dir));
    expect(out).toEqual({
      stages: 11,
      valid: 1,
      crossBuild: true,
      sameBuildInstanceof: true,
      codes: ['not-one-of', 'missing-reference'],
      standard: [
        [
          'applications.0.stage',
          expect.stringMatching(/^"interviwing" must be one of .*did you mean "interviewing"\?$/),
        ],
        ['applications.0.companyId', 'refers to "x", which is not an id in companies'],
      ],
    });
  });
});
