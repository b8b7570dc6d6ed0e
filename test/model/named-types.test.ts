/**
 * Editors show the model's types by name, with their field docs, rather than zod's expanded
 * inferred types: asked what `parseSearch` returns, TypeScript answers `JobSearch`.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROBE = `${ROOT}test/model/__named-types-probe.ts`;
const PROBE_TEXT = `import { type Application, type Message, parseSearch } from '../../src/model/index';
export const search = parseSearch({});
export declare const application: Application;
export declare const message: Message;
`;

/** A program over the probe alone (its imports follow), with the probe kept in memory. */
function probe(): { checker: ts.TypeChecker; file: ts.SourceFile } {
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) =>
    name === PROBE ? ts.createSourceFile(name, PROBE_TEXT, version) : read(name, version, ...rest);
  host.fileExists = (
    (exists) => (name: string) =>
      name === PROBE || exists(name)
  )(host.fileExists.bind(host));
  const program = ts.createProgram({ rootNames: [PROBE], options, host });
  const file = program.getSourceFile(PROBE);
  if (!file) throw new Error('probe not loaded');
  return { checker: program.getTypeChecker(), file };
}

describe('named model types', () => {
  it('shows parseSearch’s result, Application and Message by name, with field docs', () => {
    const { checker, file } = probe();
    const types = new Map<string, ts.Type>();
    for (const statement of file.statements)
      if (ts.isVariableStatement(statement))
        for (const declaration of statement.declarationList.declarations)
          types.set(declaration.name.getText(file), checker.getTypeAtLocation(declaration.name));
    const shown = (name: string) => checker.typeToString(types.get(name) as ts.Type);
    expect(shown('search')).toBe('JobSearch');
    expect(shown('application')).toBe('Application');
    expect(shown('message')).toBe('Message');
    // Each field keeps the comment written on its schema.
    const appliedAt = (types.get('application') as ts.Type).getProperty('appliedAt');
    expect(ts.displayPartsToString(appliedAt?.getDocumentationComment(checker))).toBe(
      'When the application was sent. Required by most timing rules once past `saved`.',
    );
    const kind = (types.get('message') as ts.Type).getProperty('kind');
    expect(ts.displayPartsToString(kind?.getDocumentationComment(checker))).toBe(
      'What the message is.',
    );
  }, 60_000);
});
