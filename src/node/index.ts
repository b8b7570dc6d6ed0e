/**
 * `job-search-health/node`: reading JSON files (searches, configurations, rule sets) from disk
 * or standard input, with errors that name the file and, for bad JSON, the line and column. A
 * separate entry point, so the main one stays free of Node built-ins.
 *
 * @module job-search-health/node
 */
export { type BatchOptions, type BatchResult, evaluateNdjson } from './batch';
export { InputError, type InputErrorCode, type TextPosition } from './errors';
export { type ReadOptions, readJson, readText, STDIN_NAME } from './input';
export { findJsonSyntaxError, type JsonSyntaxProblem, parseJson } from './json';
export { type LocatedIssue, locateIssues } from './locate';
