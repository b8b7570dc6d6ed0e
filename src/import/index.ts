/**
 * `job-search-health/import`: turning a spreadsheet or tracker export (CSV, TSV, or rows a sheet
 * reader returns) into a search file. A separate entry point, so apps that only evaluate do not
 * ship its CSV parser and date library. Runs anywhere JavaScript runs.
 *
 * @module job-search-health/import
 */
export { IMPORT_FIELDS, type ImportField } from './columns';
export { type DayOrder, parseSheetDate, type SheetDate } from './dates';
export { type DelimitedOptions, type DelimitedTable, parseDelimited } from './delimited';
export {
  type FromRowsOptions,
  fromRows,
  type ImportedColumn,
  type ImportResult,
} from './from-rows';
export { IMPORT_ISSUE_CODES, type ImportIssue, type ImportIssueCode } from './issues';
