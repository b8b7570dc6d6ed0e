import { defineRuleSet } from '../rule/define';
import { BUILT_IN_RULES } from './built-in';

/**
 * The built-in, evidence-based rule set used by default: every built-in rule whose metadata
 * marks it `recommended`.
 */
export const recommended = defineRuleSet({
  name: 'recommended',
  rules: BUILT_IN_RULES.filter((rule) => rule.meta.recommended === true),
});
