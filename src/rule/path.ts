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

/** Reads one value at a path split in advance; undefined where the path leads nowhere. */
export type PathReader = (value: unknown) => unknown;

function follow(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * A reader of a plain dotted path, split once: for conditions compiled ahead of evaluation,
 * which read the same path for every subject. Own properties only, as {@link resolvePath}.
 *
 * @throws Error when the path is not a plain dotted path (see {@link parsePath}).
 */
export function pathReader(path: string): PathReader {
  const parsed = parsePath(path);
  if ('error' in parsed) throw new Error(parsed.error);
  const { segments } = parsed;
  return (value) => follow(value, segments);
}

const parsedPaths = new Map<string, readonly string[]>();

/**
 * Resolves a plain dotted path against a value, reading own properties only. Used as
 * json-rules-engine's `pathResolver`, which is given the path on every read, so each path is
 * split once and kept.
 */
export function resolvePath(value: unknown, path: string): unknown {
  let segments = parsedPaths.get(path);
  if (!segments) {
    const parsed = parsePath(path);
    if ('error' in parsed) throw new Error(parsed.error);
    segments = parsed.segments;
    // Rules use a small, fixed set of paths; cap the cache so hostile input cannot grow it.
    if (parsedPaths.size < 10_000) parsedPaths.set(path, segments);
  }
  return follow(value, segments);
}
