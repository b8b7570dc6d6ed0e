import type { EvaluationSetup } from './evaluate';

/**
 * The value as JSON with the keys of every object sorted, so the text depends only on the
 * content: not on the order keys were written in, nor on the machine, time zone or locale.
 * Functions (rules and plugins written in TypeScript may hold some) become `"[function]"`: their
 * code is not part of the text.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'function') return '[function]';
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    // Sorted by code unit, never by locale. (JavaScript still lists integer-like keys first.)
    const entries = Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

/**
 * The 64-bit FNV-1a hash of the text's UTF-8 bytes, as 16 lowercase hex digits. FNV-1a is a
 * small, public, non-cryptographic hash (offset basis 0xcbf29ce484222325, prime 0x100000001b3):
 * enough to tell configurations apart, not to resist a forged collision. The 64-bit state is
 * kept in four 16-bit parts, so every product stays exact in a double: the prime is
 * 2^40 + 0x1b3, so multiplying is 0x1b3 times each part plus each part moved up 40 bits.
 */
export function fnv1a64(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of new TextEncoder().encode(text)) {
    h0 ^= byte;
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    h1 = t1 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
  }
  return [h3, h2, h1, h0].map((part) => part.toString(16).padStart(4, '0')).join('');
}

/** The fingerprint of a configuration's effective form: {@link fnv1a64} of its canonical JSON. */
function fingerprint(effective: unknown): string {
  return fnv1a64(canonicalJson(effective));
}

/** What an advisor's fingerprint is taken over: its effective configuration. */
export interface FingerprintInput extends Omit<EvaluationSetup, 'configFingerprint' | 'ruleIndex'> {
  /** Names of the rule sets in force, in order. */
  readonly ruleSets: readonly string[];
}

/**
 * The fingerprint of an advisor's effective configuration: the rule sets, each rule in force
 * with its severity, options (defaults filled in) and definition as data (conditions, shared
 * conditions, templates, metadata), the categories and their weights, the outlook settings, the
 * plugin facts' ids, the docs base URL and the dated-action cap. The engine is left out: both
 * give the same report.
 */
export function configFingerprint(input: FingerprintInput): string {
  return fingerprint({
    ...input,
    facts: input.facts.map((fact) => fact.id),
    rules: input.rules.map(({ rule, severity, severityFixed, options, sharedJson }) => {
      // The options schema is code; the options in force stand for it.
      const { options: _schema, ...definition } = rule;
      return { definition, severity, severityFixed, options, sharedConditions: sharedJson };
    }),
  });
}
