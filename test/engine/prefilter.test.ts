import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRule, fixedFact, NO_EXTENSIONS } from '../../src/engine/compile';
import { passesPrefilter } from '../../src/engine/prefilter';
import { subjectsOf } from '../../src/engine/run-rules';
import { computeFacts } from '../../src/facts/compute';
import { DEFAULT_OUTLOOK } from '../../src/facts/outlook';
import { parseSearch, recommended } from '../../src/index';
import { validSearch } from '../helpers/arbitrary';
import { AS_OF } from '../helpers/search';

const compiled = recommended.rules.map((rule) =>
  compileRule(rule, { options: rule.options.parse({}) as Record<string, unknown> }, NO_EXTENSIONS),
);

describe('prefilter', () => {
  it('only skips subjects the engine itself would not fire for', async () => {
    let skipped = 0;
    await fc.assert(
      fc.asyncProperty(validSearch(40), async (input) => {
        const facts = computeFacts(
          parseSearch(input),
          new Date(`${AS_OF}T00:00:00Z`),
          DEFAULT_OUTLOOK,
        );
        for (const rule of compiled)
          for (const subject of subjectsOf(rule.rule.scope, facts)) {
            if (
              passesPrefilter(
                rule.prefilter,
                { search: facts.search, subject, options: rule.options },
                rule.rule.scope,
              )
            )
              continue;
            skipped += 1;
            const run = await rule.engine.run({
              options: rule.optionsFact,
              search: fixedFact('search', facts.search),
              [rule.rule.scope]: fixedFact(rule.rule.scope, subject),
            });
            expect(
              run.results,
              `${rule.rule.id} on ${JSON.stringify(subject).slice(0, 120)}`,
            ).toHaveLength(0);
          }
      }),
      { numRuns: 25 },
    );
    expect(skipped).toBeGreaterThan(0);
  });
});
