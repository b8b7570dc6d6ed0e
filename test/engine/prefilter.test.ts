import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Trace } from '../../src/engine/evaluator';
import { passesPrefilter } from '../../src/engine/prefilter';
import { subjectsOf } from '../../src/engine/run-rules';
import { computeFacts } from '../../src/facts/compute';
import { DEFAULT_OUTLOOK } from '../../src/facts/outlook';
import { parseSearch } from '../../src/index';
import { validSearch } from '../helpers/arbitrary';
import { compileRules } from '../helpers/compiled';
import { AS_OF } from '../helpers/search';

const compiled = compileRules();

describe('prefilter', () => {
  it('only skips subjects the conditions themselves would not fire for', () => {
    let skipped = 0;
    fc.assert(
      fc.property(validSearch(40), (input) => {
        const facts = computeFacts(
          parseSearch(input),
          new Date(`${AS_OF}T00:00:00Z`),
          DEFAULT_OUTLOOK,
        );
        for (const rule of compiled)
          for (const subject of subjectsOf(rule.rule.scope, facts)) {
            const values = { search: facts.search, subject, options: rule.options };
            if (passesPrefilter(rule.prefilter, values)) continue;
            skipped += 1;
            const fired = rule.conditions.run(
              { ...values, pluginFact: () => undefined },
              new Trace(),
            );
            expect(
              fired,
              `${rule.rule.id} on ${JSON.stringify(subject).slice(0, 120)}`,
            ).toBeFalsy();
          }
      }),
      { numRuns: 25 },
    );
    expect(skipped).toBeGreaterThan(0);
  });
});
