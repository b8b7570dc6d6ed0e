import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../src/facts/compute';
import { DEFAULT_OUTLOOK } from '../../src/facts/outlook';
import { parseSearch } from '../../src/model/parse';
import { AS_OF, applied, buildSearch, daysAgo } from '../helpers/search';

const factsOf = (search: unknown) =>
  computeFacts(parseSearch(search), new Date(AS_OF), DEFAULT_OUTLOOK);

const offerApp = (id: string, companyId: string) => applied(id, companyId, 30, { stage: 'offer' });
const offer = (id: string, applicationId: string, extra: Record<string, unknown> = {}) => ({
  id,
  applicationId,
  receivedAt: daysAgo(3),
  status: 'pending',
  ...extra,
});

describe('askBy: when to have asked each employer what you need to choose', () => {
  it('is set for every open offer while another is open, from the first deadline', () => {
    const facts = factsOf(
      buildSearch({
        applications: [offerApp('a', 'acme'), offerApp('b', 'bolt'), offerApp('c', 'cove')],
        offers: [
          offer('oa', 'a', { expiresAt: daysAgo(-9) }),
          offer('ob', 'b', { expiresAt: daysAgo(-2) }),
          // Lapsed: neither open nor counted for the first deadline.
          offer('oc', 'c', { expiresAt: daysAgo(1) }),
        ],
      }),
    );
    expect(facts.offers.map((o) => [o.id, o.askBy])).toEqual([
      ['oa', '2026-11-26'],
      ['ob', '2026-11-26'],
      ['oc', null],
    ]);
  });

  it('is null for the only open offer, and for one already answered', () => {
    const facts = factsOf(
      buildSearch({
        applications: [offerApp('a', 'acme'), offerApp('b', 'bolt')],
        offers: [offer('oa', 'a'), offer('ob', 'b', { status: 'declined' })],
      }),
    );
    expect(facts.offers.map((o) => o.askBy)).toEqual([null, null]);
  });
});

describe('other interview processes beside an offer', () => {
  it('counts and names the interviewing employers other than the offer’s own', () => {
    const interviewing = (id: string, companyId: string) =>
      applied(id, companyId, 20, { stage: 'interviewing' });
    const facts = factsOf(
      buildSearch({
        applications: [
          offerApp('a', 'acme'),
          interviewing('a2', 'acme'),
          interviewing('b', 'bolt'),
          interviewing('b2', 'bolt'),
          interviewing('c', 'cove'),
          offerApp('d', 'dune'),
        ],
        offers: [offer('oa', 'a'), offer('od', 'd')],
      }),
    );
    expect(
      facts.offers.map((o) => [o.id, o.otherInterviewProcesses, o.otherInterviewCompanies]),
    ).toEqual([
      ['oa', 3, ['Bolt', 'Cove']],
      ['od', 4, ['Acme', 'Bolt', 'Cove']],
    ]);
    // Listed when read, and present like any other field for whoever copies the facts.
    expect(JSON.parse(JSON.stringify(facts.offers[0])).otherInterviewCompanies).toEqual([
      'Bolt',
      'Cove',
    ]);
  });
});
