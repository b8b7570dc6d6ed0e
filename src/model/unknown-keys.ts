import type * as z from 'zod/v4/mini';
import { closest } from '../rule/suggest';
import { formatPath, showValue, type ValidationIssue } from './issues';

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.core.$ZodType>;
  readonly element?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
}

const defOf = (schema: z.core.$ZodType): Def =>
  (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under `optional`, `default` and `pipe` wrappers: an object, an array or a leaf. */
function unwrap(schema: z.core.$ZodType): Def {
  let def = defOf(schema);
  for (;;) {
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (inner === undefined) return def;
    def = defOf(inner);
  }
}

/**
 * A known key that an unknown one was probably meant as, ignoring case. Short keys are too
 * unlike any field for a guess to help (`ceo` is not a misspelt `id`).
 */
function suggestion(key: string, known: readonly string[]): string | undefined {
  if (key.length < 4) return undefined;
  const lower = closest(
    key.toLowerCase(),
    known.map((k) => k.toLowerCase()),
  );
  return known.find((k) => k.toLowerCase() === lower);
}

/**
 * Walks `value` along `schema`. `keys` is the path to `value`, one stack shared by the whole
 * walk (pushed and popped, copied only for an issue): a search of 100,000 items has millions of
 * values, and a path array per value would be most of what the walk allocates.
 */
function walk(
  schema: z.core.$ZodType,
  value: unknown,
  keys: (string | number)[],
  out: ValidationIssue[],
): void {
  // A plain value has no keys: most values of a search are, so it is left before the schema is read.
  if (typeof value !== 'object' || value === null) return;
  const def = unwrap(schema);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    for (let index = 0; index < value.length; index++) {
      keys.push(index);
      walk(element, value[index], keys, out);
      keys.pop();
    }
    return;
  }
  if (def.type !== 'object' || !def.shape) return;
  if (Array.isArray(value)) return;
  const shape = def.shape;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const child = (value as Record<string, unknown>)[key];
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (field) {
      keys.push(key);
      walk(field, child, keys, out);
      keys.pop();
      continue;
    }
    const at = [...keys, key];
    const known = Object.keys(shape);
    const hint = suggestion(key, known);
    out.push({
      path: formatPath(at),
      keys: at,
      code: 'unknown-key',
      message: `is not a field here (value ${showValue(child)})${hint ? `: did you mean "${hint}"?` : `; fields are ${known.join(', ')}`}`,
    });
  }
}

/**
 * Finds keys the schema does not define, anywhere in `input`, each with the known key it was
 * probably meant as (`repliedat` → `repliedAt`). The parser ignores such keys, so a typo would
 * otherwise silently drop a value.
 */
export function findUnknownKeys(schema: z.core.$ZodType, input: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  walk(schema, input, [], out);
  return out;
}
