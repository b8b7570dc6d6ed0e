import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/helpers/rule-tester';
import { AS_OF, acceptedOffer, applied, buildSearch, daysAgo } from '../../../test/helpers/search';
import { createAdvisor } from '../../index';
import { useOfferLeverage } from './rule';

const app = applied('a', 'acme', 30, { stage: 'offer' });
const offer = (extra: Record<string, unknown> = {}) => ({
  id: 'o',
  applicationId: 'a',
  receivedAt: daysAgo(1),
  expiresAt: daysAgo(-4),
  status: 'pending',
  ...extra,
});
const globex = applied('g', 'globex', 20, { stage: 'final-round' });
const initech = applied('i', 'initech', 15, { stage: 'screening' });
const bolt = applied('b', 'bolt', 25, { stage: 'offer' });
const boltOffer = { id: 'ob', applicationId: 'b', receivedAt: daysAgo(2), status: 'pending' };

ruleTester.run(useOfferLeverage, {
  asOf: AS_OF,
  fires: [
    {
      name: 'another company is at the final round: its application is the subject',
      search: buildSearch({ applications: [app, globex], offers: [offer()] }),
      advice: [{ subjects: ['g'], severity: 'high' }],
    },
    {
      name: 'several companies are interviewing, and the offer has no deadline',
      search: buildSearch({
        applications: [app, globex, initech],
        offers: [offer({ expiresAt: undefined })],
      }),
      advice: [{ subjects: ['g', 'i'], severity: 'high' }],
    },
    {
      name: 'two offers give one advice, not one per offer',
      search: buildSearch({ applications: [app, bolt, globex], offers: [offer(), boltOffer] }),
      advice: [{ subjects: ['g'], severity: 'high' }],
    },
  ],
  quiet: [
    {
      name: 'another offer was accepted',
      search: (() => {
        const hired = acceptedOffer();
        return buildSearch({
          applications: [app, globex, hired.application],
          offers: [offer(), hired.offer],
        });
      })(),
      status: 'not-applicable',
    },
    {
      name: 'no other company is interviewing',
      search: buildSearch({
        applications: [app, applied('x', 'globex', 10)],
        offers: [offer()],
      }),
      status: 'not-applicable',
    },
    {
      name: 'another role at the same company does not count',
      search: buildSearch({
        applications: [app, applied('x', 'acme', 10, { stage: 'interviewing' })],
        offers: [offer()],
      }),
      status: 'passed',
    },
    {
      name: 'the offer has lapsed',
      search: buildSearch({
        applications: [app, globex],
        offers: [offer({ receivedAt: daysAgo(8), expiresAt: daysAgo(1) })],
      }),
      status: 'not-applicable',
    },
  ],
});

describe('use-offer-leverage wording', () => {
  const evaluate = (search: unknown) =>
    createAdvisor({ extends: [{ name: 'under-test', rules: [useOfferLeverage] }] }).evaluate(
      search,
      { asOf: AS_OF },
    );

  it('names both offers and the employer to tell, without "you choose"', async () => {
    const search = buildSearch({
      applications: [app, bolt, globex],
      offers: [offer(), boltOffer],
    });
    const [advice] = (await evaluate(search)).advice;
    expect(advice?.message).toBe(
      'You have offers from Acme and Bolt, the first expiring on 2026-11-29, while the Analyst role at Globex is still at the interview stage. Tell the employer that you have offers and when you must answer, and ask whether they can decide sooner. If it is the job you want most, this is how you find out in time.',
    );
    expect(advice?.actions).toEqual([
      {
        id: 'use-offer-leverage:g:share-offer',
        kind: 'share-offer',
        label:
          'Tell Globex about your offers and ask whether they can decide on the Analyst role sooner',
        due: AS_OF,
        subject: { kind: 'application', id: 'g' },
      },
    ]);
  });

  it('with one offer, speaks of one offer', async () => {
    const search = buildSearch({ applications: [app, globex], offers: [offer()] });
    const [advice] = (await evaluate(search)).advice;
    // "The first" only makes sense with several offers.
    expect(advice?.message).toContain(
      'You have an offer from Acme, expiring on 2026-11-29, while the Analyst role at Globex',
    );
    expect(advice?.message).toContain('Tell the employer that you have an offer and when');
    expect(advice?.actions[0]?.label).toBe(
      'Tell Globex about your offer and ask whether they can decide on the Analyst role sooner',
    );
  });
});
