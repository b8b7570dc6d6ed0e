/** Once an offer is accepted, no format quotes a chance of an offer. */
import { describe, expect, it } from 'vitest';
import { evaluateSearch, formatHtml, formatMarkdown, formatText } from '../../src/index';
import { AS_OF, acceptedOffer, applied, buildSearch } from '../helpers/search';

const formats = [formatText, formatMarkdown, formatHtml] as const;

describe('the outlook once an offer is accepted', () => {
  it('says the search is over instead of quoting a chance of an offer', async () => {
    const hired = acceptedOffer();
    const report = await evaluateSearch(
      buildSearch({
        applications: [hired.application, applied('a', 'acme', 10)],
        offers: [hired.offer],
      }),
      { asOf: AS_OF },
    );
    for (const format of formats) {
      const page = format(report);
      expect(page).toContain('An offer is accepted');
      expect(page).not.toContain('chance of at least one offer');
    }
  });

  it('still quotes the chance while searching', async () => {
    const report = await evaluateSearch(buildSearch({ applications: [applied('a', 'acme', 10)] }), {
      asOf: AS_OF,
    });
    for (const format of formats) {
      const page = format(report);
      expect(page).not.toContain('An offer is accepted');
      expect(page).toMatch(/chance of (at least one|an) offer/);
    }
  });
});
