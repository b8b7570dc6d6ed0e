/** Names every object inherits from `Object.prototype` (`toString`, `valueOf`, ...). */
export const INHERITED_NAMES: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype),
);

/**
 * Whether a name shows at least one visible character: not only control, zero-width (format)
 * or space characters, which would print as nothing or move the cursor.
 */
export function isVisibleName(name: string): boolean {
  return /[^\p{Cc}\p{Cf}\p{Z}\s]/u.test(name);
}

/** Why a name is refused, if it is: invisible, or inherited from `Object.prototype`. */
export function nameProblem(name: string): string | undefined {
  if (!isVisibleName(name))
    return 'must contain a visible character, not only control, zero-width or space characters';
  if (INHERITED_NAMES.has(name))
    return `"${name}" is inherited from Object.prototype and cannot be used as a name`;
  return undefined;
}
