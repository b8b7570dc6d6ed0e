import * as z from 'zod/v4/mini';
import { type CompiledRule, compileRule } from '../../src/engine/compile';
import { recommended } from '../../src/index';
import { BUILT_IN_CATEGORIES } from '../../src/report/categories';
import { checkRule } from '../../src/rule/check-rule';
import { optionNamesOf } from '../../src/rule/options-json';
import { createRegistry } from '../../src/rule/registry';
import type { AnyRule } from '../../src/rule/types';

/** Checks and compiles rules with their default options and no plugins. */
export function compileRules(rules: readonly AnyRule[] = recommended.rules): CompiledRule[] {
  const registry = createRegistry({});
  const categories = new Set(BUILT_IN_CATEGORIES.map((c) => c.id));
  return rules.map((rule) => {
    const { issues, trees } = checkRule(
      rule,
      rule.id,
      optionNamesOf(rule.options),
      registry,
      categories,
    );
    if (!trees) throw new Error(JSON.stringify(issues));
    return compileRule(
      rule,
      { options: z.parse(rule.options, {}) as Record<string, unknown> },
      { operators: [], decorators: [], conditions: {} },
      trees,
    );
  });
}
