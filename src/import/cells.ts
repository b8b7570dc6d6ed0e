/** A cell as text: trimmed; numbers and booleans as written; a `Date` as its UTC day. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'bigint')
    return String(cell);
  return JSON.stringify(cell) ?? '';
}

/**
 * A readable id from a name: lowercase letters, digits and dashes, accents dropped
 * ("Zoë Müller" → `zoe-muller`), made unique among `taken` with a numeric suffix.
 */
export function slugId(name: string, taken: Set<string>, fallback: string): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A whole number from 1 to 5, as interest is rated. */
export function parseInterest(text: string): number | undefined {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= 5 ? value : undefined;
}

/**
 * A share from 0 to 1, from `0.8`, `80%` or `80`: a number over 1 (up to 100) is read as a
 * percentage, as sheets often store it.
 */
export function parseShare(text: string): number | undefined {
  const percent = text.endsWith('%');
  const value = Number((percent ? text.slice(0, -1) : text).trim());
  if (text === '' || !Number.isFinite(value) || value < 0) return undefined;
  if (percent || value > 1) return value <= 100 ? Math.round(value * 100) / 10_000 : undefined;
  return value;
}
