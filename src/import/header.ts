import { closest } from '../rule/suggest';
import { fieldOfHeader, headerKey, headerNames, IMPORT_FIELDS, type ImportField } from './columns';
import { type ImportIssue, importIssue, quote } from './issues';

/** How one sheet column is read. */
export interface ColumnPlan {
  /** 0-based index of the column. */
  readonly index: number;
  /** Its header as written (or `column N` when the header cell is empty). */
  readonly header: string;
  /** The field it fills; `undefined`: kept in each application's notes. */
  readonly field: ImportField | undefined;
  /** It repeats a field another column fills (already reported). */
  readonly duplicate?: true;
}

/** The header row found and how each column is read. */
export interface SheetPlan {
  /** 0-based index of the header row. */
  readonly headerRow: number;
  /** Every column, in sheet order. */
  readonly columns: readonly ColumnPlan[];
}

// Fields several columns may fill at once: each value is kept.
const MANY: ReadonlySet<ImportField> = new Set(['interviewAt', 'notes', 'ignore']);
// A title or a blank line above the header is common; a header further down is not.
const HEADER_SEARCH_ROWS = 10;

function checkMap(
  map: Readonly<Record<string, string>>,
  issues: ImportIssue[],
): Map<string, ImportField> {
  const byKey = new Map<string, ImportField>();
  for (const [column, field] of Object.entries(map)) {
    if ((IMPORT_FIELDS as readonly string[]).includes(field)) {
      byKey.set(headerKey(column), field as ImportField);
      continue;
    }
    const hint = closest(field, IMPORT_FIELDS);
    issues.push(
      importIssue(
        'error',
        'unknown-map',
        `cannot map column ${quote(column)} to ${quote(field)}: ${hint ? `did you mean ${quote(hint)}? ` : ''}fields are ${IMPORT_FIELDS.join(', ')}`,
      ),
    );
  }
  return byKey;
}

function recognised(row: readonly string[], map: ReadonlyMap<string, ImportField>): number {
  return row.filter((cell) => map.has(headerKey(cell)) || fieldOfHeader(cell) !== undefined).length;
}

/**
 * Finds the header row (the first of the top rows naming at least two known columns, or the
 * first row when `map` names its columns) and decides what each column fills. Reports columns
 * kept in notes, fields filled twice, mapped columns that do not exist, and missing required
 * columns.
 */
export function planSheet(
  rows: readonly (readonly string[])[],
  map: Readonly<Record<string, string>>,
  issues: ImportIssue[],
): SheetPlan | undefined {
  const mapped = checkMap(map, issues);
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  const headerRow = top.findIndex((row) => {
    const known = recognised(row, mapped);
    return known > 0 && known >= Math.min(2, row.filter((cell) => cell !== '').length);
  });
  const header = rows[headerRow];
  if (headerRow === -1 || header === undefined) {
    issues.push(
      importIssue(
        'error',
        'no-header',
        `no header row found in the first ${HEADER_SEARCH_ROWS} rows: the sheet needs a row naming its columns, such as Company, Role, Status and Date Applied`,
      ),
    );
    return undefined;
  }
  const seen = new Map<ImportField, string>();
  const found = new Set<string>();
  const columns = header.map((cell, index): ColumnPlan => {
    const name = cell === '' ? `column ${index + 1}` : cell;
    const key = headerKey(cell);
    if (mapped.has(key)) found.add(key);
    const field = mapped.get(key) ?? fieldOfHeader(cell);
    const first = field === undefined ? undefined : seen.get(field);
    if (field !== undefined && first !== undefined && !MANY.has(field)) {
      issues.push(
        importIssue(
          'warning',
          'duplicate-column',
          `${field} is already read from column ${quote(first)}; this column's values are kept in notes`,
          { row: headerRow + 1, column: name },
        ),
      );
      return { index, header: name, field: undefined, duplicate: true };
    }
    if (field !== undefined) seen.set(field, name);
    return { index, header: name, field };
  });
  for (const [key] of mapped)
    if (!found.has(key))
      issues.push(
        importIssue(
          'error',
          'unknown-map',
          `no column is named like ${quote(Object.keys(map).find((c) => headerKey(c) === key) ?? key)}; the columns are ${columns.map((c) => quote(c.header)).join(', ')}`,
        ),
      );
  for (const required of ['company', 'role'] as const)
    if (!seen.has(required))
      issues.push(
        importIssue(
          'error',
          'missing-column',
          `no ${required} column: name one ${headerNames(required)
            .slice(0, 3)
            .map((n) => quote(n))
            .join(', ')} or similar, or map one to ${quote(required)}`,
          { row: headerRow + 1 },
        ),
      );
  return { headerRow, columns };
}
