import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import { defineRule, parseRuleSet, ruleSetToJson } from '../../src/index';
import { optionNamesOf } from '../../src/rule/options-json';
import { jsonRule, jsonRuleSet } from '../helpers/rules';

const rule = defineRule({
  id: 'test/options',
  meta: {
    category: 'momentum',
    severity: 'medium',
    title: 'Options of every kind',
    description: 'Has options of every kind JSON can hold.',
    rationale: 'Options must survive the trip to JSON.',
    sources: [],
  },
  scope: 'search',
  options: z.strictObject({
    tone: z.enum(['warm', 'brief']).default('brief').describe('How to word it.'),
    greeting: z.string().default('Hi'),
    enabled: z.boolean().default(true),
    atLeast: z.number().min(1).default(2),
    count: z.int().max(9).default(3),
  }),
  conditions: {
    all: [
      {
        fact: 'search',
        path: 'activeApplications',
        operator: 'greaterThanInclusive',
        value: { fact: 'options', path: 'atLeast' },
      },
    ],
  },
  message: '{options.greeting}: {search.activeApplications} active.',
  actions: [],
});

const toJson = (options: z.core.$ZodType<Record<string, unknown>>) => () =>
  ruleSetToJson({ name: 'test', rules: [{ ...rule, options } as typeof rule] });

describe('options of a rule written as JSON', () => {
  it('keeps types, allowed values, bounds, defaults and descriptions', () => {
    const [json] = ruleSetToJson({ name: 'test', rules: [rule] }).rules;
    expect(json?.options?.properties).toEqual({
      tone: {
        type: 'string',
        default: 'brief',
        enum: ['warm', 'brief'],
        description: 'How to word it.',
      },
      greeting: { type: 'string', default: 'Hi' },
      enabled: { type: 'boolean', default: true },
      atLeast: { type: 'number', default: 2, minimum: 1 },
      count: expect.objectContaining({ type: 'integer', default: 3, maximum: 9 }),
    });
  });

  it('reads back into a rule with the same defaults and checks', () => {
    const [loaded] = parseRuleSet(
      JSON.parse(JSON.stringify(ruleSetToJson({ name: 'test', namespace: 'test', rules: [rule] }))),
    ).rules;
    if (!loaded) throw new Error('the rule set has no rule');
    expect(z.parse(loaded.options, {})).toEqual({
      tone: 'brief',
      greeting: 'Hi',
      enabled: true,
      atLeast: 2,
      count: 3,
    });
    expect(z.safeParse(loaded.options, { tone: 'loud' }).success).toBe(false);
    expect(z.safeParse(loaded.options, { greeting: 'x'.repeat(2001) }).success).toBe(false);
    expect(z.safeParse(loaded.options, { count: 2.5 }).success).toBe(false);
  });

  it('refuses an option JSON cannot express, or one without a default, naming both', () => {
    expect(toJson(z.strictObject({ tags: z.array(z.string()).default([]) }))).toThrow(
      'option "tags" of rule "test/options" has a type that JSON rule sets cannot express',
    );
    expect(toJson(z.strictObject({ atLeast: z.number() }))).toThrow(
      'option "atLeast" of rule "test/options" has no default',
    );
  });

  it('refuses a JSON string option whose default is not one of its values', () => {
    const set = jsonRuleSet([
      jsonRule({
        options: {
          type: 'object',
          properties: { tone: { type: 'string', enum: ['warm'], default: 'cold' } },
        },
      }),
    ]);
    expect(() => parseRuleSet(set)).toThrow(
      'rules[0].options.properties.tone.default: default "cold" is not a valid string for this option',
    );
  });
});

describe('optionNamesOf', () => {
  const shape = { days: z.number().default(7), tone: z.string().default('brief') };

  it('reads the keys of an object schema, through wrappers and the input side of a pipe', () => {
    expect([...optionNamesOf(z.object(shape))]).toEqual(['days', 'tone']);
    expect([...optionNamesOf(z.strictObject(shape).default({ days: 7, tone: 'brief' }))]).toEqual([
      'days',
      'tone',
    ]);
    expect([
      ...optionNamesOf(
        z
          .object(shape)
          .optional()
          .transform((o) => o ?? {}),
      ),
    ]).toEqual(['days', 'tone']);
  });

  it('finds no names in a schema that is not an object', () => {
    expect(optionNamesOf(z.number()).size).toBe(0);
  });
});
