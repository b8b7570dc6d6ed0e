/** Path segments that could reach an object's prototype; refused everywhere. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

const SEGMENT = /^[A-Za-z0-9_-]+$/;

/**
 * Splits a plain dotted path (`offerOutlook.toReachTarget.cold`, `items.0.name`) into segments.
 * A leading `$.` is accepted for json-rules-engine compatibility. Returns an error message for
 * anything else — JSONPath filters, wildcards, brackets and prototype keys are never accepted.
 */
export function parsePath(path: string): { segments: string[] } | { error: string } {
  const body = path.startsWith('$.') ? path.slice(2) : path === '$' ? '' : path;
  if (body === '') return { segments: [] };
  const segments = body.split('.');
  for (const segment of segments) {
    if (FORBIDDEN_SEGMENTS.has(segment))
      return { error: `path "${path}" uses "${segment}", which is not allowed` };
    if (!SEGMENT.test(segment))
      return {
        error: `path "${path}" is not a plain dotted path (letters, digits, "_" and "-" between dots)`,
      };
  }
  return { segments };
}

const readers = new Map<string, (value: unknown) => unknown>();

/**
 * A reader of a plain dotted path, split once and kept: conditions compiled ahead of evaluation
 * read the same path for every subject, and json-rules-engine asks for the path on every read.
 * Own properties only, as {@link resolvePath}.
 *
 * @throws Error when the path is not a plain dotted path (see {@link parsePath}).
 */
export function pathReader(path: string): (value: unknown) => unknown {
  const known = readers.get(path);
  if (known) return known;
  const parsed = parsePath(path);
  if ('error' in parsed) throw new Error(parsed.error);
  const read = readerOf(parsed.segments);
  // Rules use a small, fixed set of paths; the cap keeps hostile input from growing the cache.
  if (readers.size < 10_000) readers.set(path, read);
  return read;
}

function readerOf(segments: readonly string[]): (value: unknown) => unknown {
  return (value) => {
    let current = value;
    for (const segment of segments) {
      if (current === null || typeof current !== 'object') return undefined;
      if (!Object.hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
    return current;
  };
}

/**
 * Resolves a plain dotted path against a value, reading own properties only. Used as
 * json-rules-engine's `pathResolver`.
 */
export function resolvePath(value: unknown, path: string): unknown {
  return pathReader(path)(value);
}
