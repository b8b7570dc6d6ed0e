import { describe, expect, it } from 'vitest';
import {
  isValidationError,
  JobSearchHealthValidationError,
  parseSearch,
  SearchValidationError,
  searchStandardSchema,
} from '../../src/model/index';

describe('searchStandardSchema', () => {
  const standard = searchStandardSchema['~standard'];

  it('follows the Standard Schema interface', () => {
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe('job-search-health');
  });

  it('returns the parsed search, or the issues with their paths', async () => {
    const ok = await standard.validate({ companies: [{ id: 'c', name: 'C' }] });
    expect(ok.issues).toBeUndefined();
    expect(ok).toMatchObject({ value: { companies: [{ id: 'c', name: 'C' }], offers: [] } });
    const bad = await standard.validate({ companies: [{ id: 'c' }] });
    expect(bad.issues).toEqual([
      { message: 'is required (a string)', path: ['companies', 0, 'name'] },
    ]);
  });
});

describe('validation errors', () => {
  it('share one base class with issues that have a path, a code and a message', () => {
    let error: unknown;
    try {
      parseSearch({ companies: [{ id: 'c' }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SearchValidationError);
    expect(error).toBeInstanceOf(JobSearchHealthValidationError);
    expect(isValidationError(error)).toBe(true);
    expect((error as SearchValidationError).issues[0]).toMatchObject({
      path: 'companies[0].name',
      code: 'required',
    });
  });

  it('are recognised by the guard only when they are ours', () => {
    expect(isValidationError(new Error('x'))).toBe(false);
    expect(isValidationError(null)).toBe(false);
    expect(isValidationError({ issues: [] })).toBe(false);
    const ours = new JobSearchHealthValidationError('Invalid thing', [
      { path: '', message: 'bad' },
    ]);
    expect(isValidationError(ours)).toBe(true);
    expect(ours.message).toBe('Invalid thing (1 problem):\n  - (root): bad');
  });
});
