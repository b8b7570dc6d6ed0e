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
