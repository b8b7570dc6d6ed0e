import { FACT_CATALOG } from '../facts/catalog';
import type { Scope } from '../facts/scope';
import type { RuleIssue } from './check-conditions';
import { didYouMean } from './suggest';
import { parseTemplate, TemplateError, templatePaths } from './template';
import { SEVERITIES } from './types';

const ROOTS = ['subject', 'subjects', 'search', 'options', 'count', 'severity', 'level', 'asOf'];

function fieldProblem(
  fields: Readonly<Record<string, string>>,
  rest: readonly string[],
  label: string,
): string | undefined {
  const [field, ...deeper] = rest;
  if (field === undefined) return undefined;
  // Own fields only: `toString` and the rest of Object.prototype are never fields.
  const kind = Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (!kind) return `${label} has no field "${field}"${didYouMean(field, Object.keys(fields))}`;
  if (deeper.length > 0 && kind !== 'object' && kind !== 'list')
    return `${label}.${field} is a ${kind} and has no fields`;
  return undefined;
}

/** Why a placeholder path cannot be filled for a rule of `scope`, or undefined if it can. */
export function placeholderProblem(
  path: string,
  scope: Scope,
  optionNames: ReadonlySet<string>,
): string | undefined {
  const [root = '', ...rest] = path.split('.');
  if (!ROOTS.includes(root))
    return `unknown placeholder "{${path}}": placeholders start with ${ROOTS.join(', ')}`;
  const subjectFields = FACT_CATALOG[scope];
  switch (root) {
    case 'subject':
      return fieldProblem(subjectFields, rest, 'the subject');
    case 'subjects':
      return fieldProblem(
        subjectFields,
        /^\d+$/.test(rest[0] ?? '') ? rest.slice(1) : rest,
        'each subject',
      );
    case 'search':
      return fieldProblem(FACT_CATALOG.search, rest, 'search');
    case 'options':
      return rest.length === 1 && optionNames.has(rest[0] ?? '')
        ? undefined
        : `"{${path}}" is not an option of this rule`;
    case 'level':
      return rest.length === 1 && (SEVERITIES as readonly string[]).includes(rest[0] ?? '')
        ? undefined
        : `"{${path}}" must be level.<severity>`;
    default:
      return rest.length === 0 ? undefined : `"{${root}}" has no fields`;
  }
}

/** Checks that a template parses and fills only known placeholders. */
export function checkTemplate(
  source: string,
  path: string,
  scope: Scope,
  optionNames: ReadonlySet<string>,
  issues: RuleIssue[],
): void {
  try {
    for (const placeholder of templatePaths(parseTemplate(source))) {
      const problem = placeholderProblem(placeholder, scope, optionNames);
      if (problem) issues.push({ path, message: problem });
    }
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    issues.push({ path, message: error.message });
  }
}
