import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicationOfferChance,
  applicationsToReach,
  chanceOfAtLeastOne,
  DEFAULT_OUTLOOK,
  type OutlookOptions,
} from '../../src/facts/outlook';
import { CHANNELS, type Stage } from '../../src/model/primitives';

const chance = fc.double({ min: 0, max: 1, noNaN: true });
const chances = fc.array(chance, { maxLength: 30 });
const channel = fc.constantFrom(...CHANNELS);

/** Stages in the order an application moves through them. */
const STAGE_ORDER: readonly Stage[] = [
  'saved',
  'applied',
  'screening',
  'interviewing',
  'final-round',
  'offer',
];
const PRE_OFFER: readonly Stage[] = ['applied', 'screening', 'interviewing', 'final-round'];

/** Outlook settings whose chances grow with the stage, as any sensible configuration does. */
const orderedOptions: fc.Arbitrary<OutlookOptions> = fc
  .record({
    stages: fc.array(chance, { minLength: 3, maxLength: 3 }),
    byChannel: fc.array(chance, { minLength: CHANNELS.length, maxLength: CHANNELS.length }),
    silentAfterDaysApplied: fc.integer({ min: 0, max: 60 }),
    silentAfterDaysInterviewing: fc.integer({ min: 0, max: 60 }),
    silenceFactor: chance,
  })
  .map(({ stages, byChannel, ...rest }) => {
    const [screening = 0, interviewing = 0, finalRound = 0] = [...stages].sort((a, b) => a - b);
    return {
      ...DEFAULT_OUTLOOK,
      ...rest,
      byStage: { screening, interviewing, 'final-round': finalRound },
      // Fresh applications never beat a screen.
      appliedByChannel: Object.fromEntries(
        CHANNELS.map((c, i) => [c, Math.min(byChannel[i] ?? 0, screening)]),
      ) as OutlookOptions['appliedByChannel'],
    };
  });

const directChance = (ps: readonly number[]) =>
  1 - [...ps].reverse().reduce((none, p) => none * (1 - p), 1);

describe('chanceOfAtLeastOne', () => {
  it('is 0 with an empty pipeline', () => {
    expect(chanceOfAtLeastOne([])).toBe(0);
  });

  it('stays between 0 and 1', () => {
    fc.assert(
      fc.property(chances, (ps) => {
        const p = chanceOfAtLeastOne(ps);
        return p >= 0 && p <= 1;
      }),
    );
  });

  it('matches 1 - Π(1 - p) computed directly', () => {
    fc.assert(
      fc.property(chances, (ps) => {
        expect(chanceOfAtLeastOne(ps)).toBeCloseTo(directChance(ps), 12);
      }),
    );
  });

  it('never falls when an application is added', () => {
    fc.assert(
      fc.property(
        chances,
        chance,
        (ps, p) => chanceOfAtLeastOne([...ps, p]) >= chanceOfAtLeastOne(ps),
      ),
    );
  });

  it('never falls when any one chance is raised', () => {
    fc.assert(
      fc.property(
        chances.filter((ps) => ps.length > 0),
        fc.nat(),
        chance,
        (ps, at, raise) => {
          const index = at % ps.length;
          const raised = ps.map((p, i) => (i === index ? Math.min(1, p + (1 - p) * raise) : p));
          return chanceOfAtLeastOne(raised) >= chanceOfAtLeastOne(ps);
        },
      ),
    );
  });

  it('is 1 when any application is certain (an offer in hand)', () => {
    fc.assert(
      fc.property(chances, chances, (before, after) => {
        expect(chanceOfAtLeastOne([...before, 1, ...after])).toBe(1);
      }),
    );
  });
});

describe('applicationsToReach', () => {
  /** The chance after adding `n` applications of chance `each` to a pipeline at `current`. */
  const chanceAfter = (current: number, each: number, n: number) =>
    chanceOfAtLeastOne([current, ...Array.from({ length: n }, () => each)]);
  // Tolerance for floating-point rounding right at the target.
  const EPSILON = 1e-9;

  it('gives the fewest applications that reach the target', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.001, max: 0.99, noNaN: true }),
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        (current, each, target) => {
          const n = applicationsToReach(current, each, target);
          if (current >= target) {
            expect(n).toBe(0);
            return;
          }
          expect(n).not.toBeNull();
          const count = n ?? 0;
          expect(count).toBeGreaterThanOrEqual(1);
          expect(chanceAfter(current, each, count)).toBeGreaterThanOrEqual(target - EPSILON);
          expect(chanceAfter(current, each, count - 1)).toBeLessThan(target + EPSILON);
        },
      ),
    );
  });

  it('is 0 once the target is reached', () => {
    fc.assert(
      fc.property(chance, chance, chance, (a, b, each) => {
        const [target, current] = a <= b ? [a, b] : [b, a];
        expect(applicationsToReach(current, each, target)).toBe(0);
      }),
    );
  });

  it('is null when each application has no chance, and 1 when each is certain', () => {
    expect(applicationsToReach(0.2, 0, 0.8)).toBeNull();
    expect(applicationsToReach(0.2, 1, 0.8)).toBe(1);
  });
});

describe('applicationOfferChance', () => {
  it('grows with the stage when the employer is not silent', () => {
    fc.assert(
      fc.property(
        orderedOptions,
        channel,
        fc.option(fc.nat({ max: 60 }), { nil: undefined }),
        (options, via, days) => {
          // Below both silence limits, so no stage is discounted.
          const limit = Math.min(
            options.silentAfterDaysApplied,
            options.silentAfterDaysInterviewing,
          );
          const daysSilent = days === undefined ? undefined : Math.min(days, limit);
          const byStage = STAGE_ORDER.map((stage) =>
            applicationOfferChance({ stage, channel: via, daysSilent }, options),
          );
          byStage.slice(1).forEach((p, i) => {
            expect(p).toBeGreaterThanOrEqual(byStage[i] ?? 0);
          });
        },
      ),
    );
  });

  it('follows the stage order with the default settings', () => {
    for (const via of CHANNELS) {
      const byStage = STAGE_ORDER.map((stage) =>
        applicationOfferChance({ stage, channel: via, daysSilent: undefined }, DEFAULT_OUTLOOK),
      );
      expect([...byStage].sort((a, b) => a - b)).toEqual(byStage);
    }
  });

  it('is discounted by the silence factor past the silence limit, and not at it', () => {
    fc.assert(
      fc.property(
        orderedOptions,
        fc.constantFrom(...PRE_OFFER),
        channel,
        fc.double({ min: 0.001, max: 300, noNaN: true }),
        (options, stage, via, beyond) => {
          const limit =
            stage === 'applied'
              ? options.silentAfterDaysApplied
              : options.silentAfterDaysInterviewing;
          const heard = applicationOfferChance({ stage, channel: via, daysSilent: limit }, options);
          const silent = applicationOfferChance(
            { stage, channel: via, daysSilent: limit + beyond },
            options,
          );
          expect(heard).toBe(
            applicationOfferChance({ stage, channel: via, daysSilent: undefined }, options),
          );
          expect(silent).toBeCloseTo(heard * options.silenceFactor, 12);
          expect(silent).toBeLessThanOrEqual(heard);
        },
      ),
    );
  });

  it('is 1 for an offer however long the silence', () => {
    fc.assert(
      fc.property(orderedOptions, channel, fc.nat({ max: 1000 }), (options, via, days) => {
        expect(
          applicationOfferChance({ stage: 'offer', channel: via, daysSilent: days }, options),
        ).toBe(1);
      }),
    );
  });
});
