import { Converter, ReferenceType, ReflectionKind } from 'typedoc';

/**
 * TypeDoc plugin for the zod-based API.
 *
 * - An exported zod schema is shown by its zod class alone (`ZodObject`) rather than zod's full
 *   generic type, which runs to hundreds of lines and lists zod's internal enum maps as
 *   undocumented members. The fields a schema checks are documented on the types its comment
 *   names (`JobSearchInput`, `ConfigFile`, ...).
 * - Model types are interfaces extending zod-inferred types; their properties would show the
 *   zod schema they came from as a default value (`= idSchema`), which no interface member
 *   has, so it is dropped.
 */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;
    const literals = project.getReflectionsByKind(ReflectionKind.TypeLiteral);
    for (const variable of project.getReflectionsByKind(ReflectionKind.Variable)) {
      const type = variable.type;
      if (!(type instanceof ReferenceType) || type.package !== 'zod') continue;
      // Removing a type literal resets its owner's type, so the reference is put back after.
      for (const literal of literals)
        if (literal.parent === variable) project.removeReflection(literal);
      type.typeArguments = undefined;
      variable.type = type;
    }
    for (const property of project.getReflectionsByKind(ReflectionKind.Property))
      if (property.parent?.kindOf(ReflectionKind.Interface)) property.defaultValue = undefined;
  });
}
