import { describe, expect, it } from 'vitest';
import { comparisonEvidence, EVIDENCE_LIST_LIMIT } from '../../src/report/evidence';

const companies = (count: number) => Array.from({ length: count }, (_, i) => `c${i + 1}`);

function notIn(list: readonly unknown[]) {
  return comparisonEvidence({
    left: { fact: 'application', path: 'companyId' },
    operator: 'notIn',
    value: { fact: 'search', path: 'openOfferCompanyIds' },
    factValue: 'c99',
    compareTo: list,
  });
}

describe('evidence of one comparison', () => {
  it('spells out a list of up to the limit in full', () => {
    const list = companies(EVIDENCE_LIST_LIMIT);
    expect(notIn(list).text).toBe(
      `application.companyId is c99: not one of ${JSON.stringify(list)}`,
    );
  });

  it('shows the first items of a longer list and counts the rest', () => {
    const list = companies(EVIDENCE_LIST_LIMIT + 3);
    const shown = JSON.stringify(list.slice(0, EVIDENCE_LIST_LIMIT)).slice(0, -1);
    expect(notIn(list).text).toBe(`application.companyId is c99: not one of ${shown}, … 3 more]`);
    // The threshold itself stays whole: only the words are shortened.
    expect(notIn(list).threshold).toEqual(list);
  });

  it('shares a list with nothing to round instead of copying it into every entry', () => {
    const list = companies(900);
    expect(notIn(list).threshold).toBe(list);
    expect(notIn(list).threshold).toBe(notIn(list).threshold);
  });

  it('rounds numbers in a list, nested ones too, in a copy', () => {
    const list = [1, 2.345, [3.456]];
    const evidence = comparisonEvidence({
      left: { fact: 'search', path: 'weeklyApplications' },
      operator: 'in',
      value: list,
      factValue: 2.345,
      compareTo: undefined,
    });
    expect(evidence.threshold).toEqual([1, 2.35, [3.46]]);
    expect(list).toEqual([1, 2.345, [3.456]]);
    expect(evidence.text).toBe('search.weeklyApplications is 2.35: one of [1,2.35,[3.46]]');
  });
});
