import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fnv1a64 } from '../../src/engine/fingerprint';
import { type AdvisorConfig, createAdvisor, evaluateSearch, parseRuleSet } from '../../src/index';
import { jsonRulesEngine } from '../../src/json-rules-engine/index';
import { AS_OF, applied, buildSearch } from '../helpers/search';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const search = buildSearch({
  companies: [{ id: 'c1', name: 'Acme' }],
  applications: [applied('a1', 'c1', 10)],
});

function fingerprintOf(config: AdvisorConfig): string {
  return createAdvisor(config).evaluateSync(search, { asOf: AS_OF }).configFingerprint;
}

const customSet = (days: number) =>
  parseRuleSet({
    name: 'acme',
    namespace: 'acme',
    rules: [
      {
        id: 'acme/old-application',
        scope: 'application',
        meta: {
          category: 'momentum',
          severity: 'low',
          title: 'An old application',
          description: 'Flags applications sent long ago.',
          rationale: 'Old applications rarely move.',
          sources: [],
        },
        conditions: {
          all: [
            {
              fact: 'application',
              path: '$.daysSinceApplied',
              operator: 'greaterThan',
              value: days,
            },
          ],
        },
        message: 'Old: {{subject.role}}.',
        actions: [{ kind: 'follow-up', label: 'Follow up.' }],
      },
    ],
  });

describe('fnv1a64', () => {
  it('gives the published FNV-1a 64 test values', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes of characters beyond ASCII', () => {
    // The same as hashing the bytes c3 a9 one after the other.
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
    expect(fnv1a64('é')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth by code unit, whatever order they were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ b: 1, B: 2, é: 3 })).toBe('{"B":2,"b":1,"é":3}');
  });

  it('marks functions without their code, and drops undefined fields', () => {
    expect(canonicalJson({ f: () => 1, u: undefined })).toBe('{"f":"[function]"}');
  });
});

describe('report stamp', () => {
  it('carries the package version from package.json', async () => {
    const report = await evaluateSearch(search, { asOf: AS_OF });
    expect(report.packageVersion).toBe(manifest.version);
    expect(report.configFingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives the same fingerprint for the same configuration, however it is written', () => {
    const a = fingerprintOf({
      rules: { 'single-basket': { severity: 'low', options: { minCompanies: 4 } } },
      categoryWeights: { breadth: 2, momentum: 1 },
    });
    const b = fingerprintOf({
      categoryWeights: { momentum: 1, breadth: 2 },
      rules: { 'single-basket': { options: { minCompanies: 4 }, severity: 'low' } },
    });
    expect(b).toBe(a);
    expect(fingerprintOf({})).toBe(fingerprintOf({ extends: ['recommended'] }));
  });

  it('leaves the engine out: both give the same report', async () => {
    const reference = await createAdvisor({ engine: jsonRulesEngine }).evaluate(search, {
      asOf: AS_OF,
    });
    expect(reference.configFingerprint).toBe(fingerprintOf({}));
  });

  it('changes with any option, severity, rule, weight or setting', () => {
    const base = fingerprintOf({});
    const changed: AdvisorConfig[] = [
      { rules: { 'single-basket': { options: { minCompanies: 4 } } } },
      { rules: { 'single-basket': 'low' } },
      { rules: { 'single-basket': 'off' } },
      { categoryWeights: { breadth: 2 } },
      { outlook: { target: 0.6 } },
      { docsBaseUrl: 'https://example.org/rules' },
      { maxDatedActions: 3 },
      { extends: ['recommended', customSet(30)] },
    ];
    const prints = changed.map(fingerprintOf);
    for (const print of prints) expect(print).not.toBe(base);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('changes when a rule set changes what a rule does, not only its settings', () => {
    expect(fingerprintOf({ extends: ['recommended', customSet(30)] })).not.toBe(
      fingerprintOf({ extends: ['recommended', customSet(31)] }),
    );
  });
});
