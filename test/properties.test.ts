import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor, type HealthReport, SearchValidationError } from '../src/index';
import { validSearch } from './helpers/arbitrary';
import { AS_OF, daysAgo } from './helpers/search';

const advisor = createAdvisor();
const evaluate = (search: unknown) => advisor.evaluate(search, { asOf: AS_OF });
const RUNS = 40;

function expectWellFormed(report: HealthReport): void {
  expect(report.score).toBeGreaterThanOrEqual(0);
  expect(report.score).toBeLessThanOrEqual(100);
  const ids = report.advice.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (let i = 1; i < report.advice.length; i++)
    expect((report.advice[i - 1]?.priority ?? 0) >= (report.advice[i]?.priority ?? 0)).toBe(true);
  expect(new Set(report.outcomes.map((o) => o.ruleId)).size).toBe(report.outcomes.length);
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

describe('evaluation of arbitrary valid searches', () => {
  it('never throws, never mutates its input, is deterministic and well formed', async () => {
    await fc.assert(
      fc.asyncProperty(validSearch(), async (search) => {
        const before = structuredClone(search);
        const first = await evaluate(search);
        expect(search).toEqual(before);
        expectWellFormed(first);
        const second = await createAdvisor().evaluate(search, { asOf: AS_OF });
        expect(second).toEqual(first);
        expect(first.outcomes.every((o) => o.status !== 'error')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('scores lower once a critical rule fires', async () => {
    await fc.assert(
      fc.asyncProperty(validSearch(40), async (search) => {
        const base = await evaluate(search);
        fc.pre(base.outcomes.find((o) => o.ruleId === 'unanswered-outreach')?.status !== 'advice');
        // Once an offer is accepted, no outreach is urgent: the search is over.
        fc.pre(base.metrics.state !== 'accepted');
        // A score already at 0 cannot go lower.
        fc.pre(base.score > 0);
        // A new company invites the candidate to interview and waits five days for a reply.
        const worse = {
          ...search,
          companies: [...search.companies, { id: 'new-co', name: 'New Co' }],
          messages: [
            ...search.messages,
            {
              id: 'waiting',
              direction: 'inbound',
              kind: 'interview-invite',
              at: daysAgo(5),
              companyId: 'new-co',
            },
          ],
        };
        const report = await evaluate(worse);
        expect(
          report.advice.some(
            (a) => a.ruleId === 'unanswered-outreach' && a.severity === 'critical',
          ),
        ).toBe(true);
        expect(report.score).toBeLessThan(base.score);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Ways to break a valid search. */
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(200_000)),
  fc.constant('2026-13-45'),
  fc.constant('not-an-id'),
  fc.constant([]),
  fc.constant({}),
  fc.constant(Array.from({ length: 50 }, () => ({ deep: [[[[{}]]]] }))),
  fc.array(fc.anything({ maxDepth: 4 }), { maxLength: 5 }),
);

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value))
    value.forEach((item, i) => {
      paths(item, [...prefix, i], out);
    });
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) paths(child, [...prefix, key], out);
  return out;
}

function mutate(search: unknown, path: Path, value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(search) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

describe('evaluation of arbitrary broken searches', () => {
  it('returns a report or a SearchValidationError whose every issue has a path, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        validSearch(30).chain((search) =>
          fc.tuple(fc.constant(search), fc.constantFrom(...paths(search)), junk, fc.boolean()),
        ),
        async ([search, path, value, remove]) => {
          const broken = mutate(search, path, value, remove);
          try {
            expectWellFormed(await evaluate(broken));
          } catch (error) {
            expect(error).toBeInstanceOf(SearchValidationError);
            const issues = (error as SearchValidationError).issues;
            expect(issues.length).toBeGreaterThan(0);
            for (const issue of issues) {
              expect(typeof issue.path).toBe('string');
              expect(issue.message.length).toBeGreaterThan(0);
            }
            if (path.length > 0) expect(issues.some((i) => i.path !== '')).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('treats anything that is not a search as invalid input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 3 }), async (input) => {
        try {
          expectWellFormed(await evaluate(input));
        } catch (error) {
          expect(error).toBeInstanceOf(SearchValidationError);
        }
      }),
      { numRuns: 100 },
    );
  });
});
