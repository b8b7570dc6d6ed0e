/**
 * Adds field descriptions to generated JSON Schemas from the TSDoc comments on the zod object
 * shapes they come from, so editors explain each field without the text being written twice.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const OBJECT_CALLS = new Set(['object', 'strictObject']);

/**
 * The documented fields of every zod object shape in a source file, one map per shape. A shape
 * that spreads another (`{ $comment, ...shape }`) holds fields every object gets: it is
 * marked `mixin`.
 */
function shapesOf(path: string): (Map<string, string> & { mixin?: true })[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const shapes: (Map<string, string> & { mixin?: true })[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : '';
      const [shape] = node.arguments;
      if (OBJECT_CALLS.has(name) && shape && ts.isObjectLiteralExpression(shape)) {
        const fields: Map<string, string> & { mixin?: true } = new Map<string, string>();
        if (shape.properties.some(ts.isSpreadAssignment)) fields.mixin = true;
        for (const property of shape.properties) {
          const key =
            property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
              ? property.name.text
              : undefined;
          const doc = ts.getJSDocCommentsAndTags(property).find(ts.isJSDoc);
          const text =
            typeof doc?.comment === 'string' ? doc.comment.replace(/\s+/g, ' ').trim() : '';
          if (key) fields.set(key, text);
        }
        shapes.push(fields);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return shapes;
}

function sameKeys(a: Map<string, string>, keys: string[]): boolean {
  return a.size === keys.length && keys.every((k) => a.has(k));
}

/** Returns a copy of `schema` with each property's description taken from the source shapes. */
export function withDescriptions(
  schema: Record<string, unknown>,
  sources: readonly string[],
): Record<string, unknown> {
  const all = sources.flatMap(shapesOf);
  const shapes = all.filter((s) => !s.mixin);
  const mixed = new Map(all.filter((s) => s.mixin).flatMap((s) => [...s]));
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) copy[key] = walk(value);
    const properties = copy.properties as Record<string, Record<string, unknown>> | undefined;
    if (properties && typeof properties === 'object') {
      const own = Object.keys(properties).filter((key) => !mixed.has(key));
      const shape = shapes.find((s) => sameKeys(s, own));
      if (shape)
        for (const [key, property] of Object.entries(properties)) {
          const text = shape.get(key) ?? mixed.get(key);
          if (text && property.description === undefined)
            properties[key] = { description: text, ...property };
        }
    }
    return copy;
  };
  return walk(schema) as Record<string, unknown>;
}

/** The source files whose shapes document the published schemas. */
export const SCHEMA_SOURCES = [
  'src/model/schemas.ts',
  'src/engine/config.ts',
  'src/facts/outlook.ts',
].map((file) => new URL(`../${file}`, import.meta.url).pathname);
