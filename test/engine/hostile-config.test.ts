/**
 * A rule set or plugin from elsewhere must not silence, replace or impersonate what it did not
 * write, nor carry links that run code; configuration mistakes say how to fix them.
 */
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  createAdvisor,
  parseConfigFile,
  parseRuleSet,
  type RuleSet,
  RuleSetError,
  recommended,
} from '../../src/index';
import { singleBasket } from '../../src/rules/single-basket/rule';
import { jsonRule, jsonRuleSet } from '../helpers/rules';
import { AS_OF, applied, buildSearch } from '../helpers/search';

function configIssues(fn: () => unknown): readonly { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const { supersedes: _absorbed, ...basket } = singleBasket;

const silencer = parseRuleSet(
  jsonRuleSet([jsonRule({ id: 'test/quiet', supersedes: ['no-recent-applications'] })]),
);

describe('rule sets cannot silence or replace what they did not write', () => {
  it('refuses a rule that supersedes another set’s rule unless allowed', async () => {
    expect(configIssues(() => createAdvisor({ extends: ['recommended', silencer] }))).toEqual([
      {
        code: 'invalid',
        path: 'extends[1].rules[0].supersedes[0]',
        message:
          '"no-recent-applications" is not a rule of rule set "test": a rule may only supersede rules of its own set, unless allow.supersedeOtherSets lists "test"',
      },
    ]);
    const advisor = createAdvisor({
      extends: ['recommended', silencer],
      allow: { supersedeOtherSets: ['test'] },
      rules: { 'single-basket': 'off' },
    });
    const report = await advisor.evaluate(
      buildSearch({ applications: [applied('a', 'acme', 30)] }),
      { asOf: AS_OF },
    );
    expect(report.outcomes.find((o) => o.ruleId === 'no-recent-applications')).toMatchObject({
      status: 'advice',
      mergedInto: 'test/quiet',
    });
  });

  it('lets a set supersede its own rules', () => {
    const set = parseRuleSet(
      jsonRuleSet([
        jsonRule({ id: 'test/wide', supersedes: ['test/narrow'] }),
        jsonRule({ id: 'test/narrow' }),
      ]),
    );
    expect(createAdvisor({ extends: ['recommended', set] }).rules).toHaveLength(
      recommended.rules.length + 2,
    );
  });

  it('refuses a rule id of a built-in rule unless allowed', () => {
    const impostor = parseRuleSet({
      name: 'impostor',
      rules: [jsonRule({ id: 'single-basket' })],
    });
    expect(configIssues(() => createAdvisor({ extends: ['recommended', impostor] }))).toEqual([
      {
        code: 'invalid',
        path: 'extends[1].rules[0].id',
        message:
          '"single-basket" is the id of a built-in rule: give the rule an id of its own (a namespace such as "acme/single-basket"), or list "impostor" in allow.replaceBuiltIns to replace the built-in rule on purpose',
      },
    ]);
    const allowed = createAdvisor({
      extends: ['recommended', impostor],
      allow: { replaceBuiltIns: ['impostor'] },
    });
    expect(allowed.rules.find((r) => r.id === 'single-basket')?.meta.title).toBe('Test rule');
  });

  it('still accepts the built-in rule objects regrouped in a set of one’s own', () => {
    const regrouped: RuleSet = { name: 'mine', rules: [singleBasket] };
    expect(createAdvisor({ extends: [regrouped] }).rules.map((r) => r.id)).toEqual([
      'single-basket',
    ]);
  });

  it('refuses a plugin set called "recommended", which would replace the built-in set', () => {
    const fake: RuleSet = { name: 'recommended', rules: [] };
    expect(configIssues(() => createAdvisor({ plugins: [{ name: 'p', ruleSet: fake }] }))).toEqual([
      {
        code: 'invalid',
        path: 'plugins[0].ruleSet.name',
        message:
          '"recommended" is the name of the built-in rule set: rename this set, or list "recommended" in allow.replaceBuiltIns to replace the built-in set on purpose',
      },
    ]);
    const replaced = createAdvisor({
      plugins: [{ name: 'p', ruleSet: fake }],
      allow: { replaceBuiltIns: ['recommended'] },
    });
    expect(replaced.rules).toEqual([]);
  });

  it('never lets a plugin fact shadow search, options or a scope', () => {
    const facts = ['search', 'options', 'application', 'offer'].map((id) => ({
      id,
      compute: () => 1,
    }));
    const issues = configIssues(() => createAdvisor({ plugins: [{ name: 'p', facts }] }));
    expect(issues.map((i) => i.path)).toEqual([
      'plugins[0].facts[0].id',
      'plugins[0].facts[1].id',
      'plugins[0].facts[2].id',
      'plugins[0].facts[3].id',
    ]);
    expect(issues[0]?.message).toMatch(/^"search" is a built-in fact \(options, search, /);
  });
});

describe('links are http(s) URLs', () => {
  for (const url of [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:x',
  ]) {
    it(`refuses ${url.slice(0, 12)} as a rule's docsUrl, a source URL and docsBaseUrl`, () => {
      const docs = jsonRule({ id: 'test/docs' });
      const refused = (input: unknown) => {
        try {
          parseRuleSet(input);
        } catch (error) {
          if (error instanceof RuleSetError) return error.issues;
          throw error;
        }
        throw new Error('expected a RuleSetError');
      };
      expect(
        refused(jsonRuleSet([{ ...docs, meta: { ...docs.meta, docsUrl: url } }])),
      ).toContainEqual(
        expect.objectContaining({
          path: 'rules[0].meta.docsUrl',
          message: expect.stringContaining(
            'must be an http:// or https:// URL, such as https://example.com/docs',
          ),
        }),
      );
      const source = { title: 'S', strength: 'low', url };
      expect(
        refused(jsonRuleSet([{ ...docs, meta: { ...docs.meta, sources: [source] } }])).map(
          (i) => i.path,
        ),
      ).toContain('rules[0].meta.sources[0].url');
      expect(configIssues(() => parseConfigFile({ docsBaseUrl: url }))).toEqual([
        expect.objectContaining({
          path: 'docsBaseUrl',
          message: expect.stringContaining(
            'must be an http:// or https:// URL, such as https://example.com/docs',
          ),
        }),
      ]);
      expect(configIssues(() => createAdvisor({ docsBaseUrl: url }))).toHaveLength(1);
    });
  }

  it('refuses such links in rules written in TypeScript too', () => {
    const set: RuleSet = {
      name: 'ts',
      rules: [
        {
          ...basket,
          id: 'ts/basket',
          meta: {
            ...singleBasket.meta,
            docsUrl: 'javascript:alert(1)',
            sources: [{ title: 'S', strength: 'low', url: 'data:,x' }],
          },
        },
      ],
    };
    expect(configIssues(() => createAdvisor({ extends: [set] }))).toEqual([
      {
        code: 'invalid',
        path: 'extends[0].rules[0].meta.docsUrl',
        message: 'must be an http:// or https:// URL, got "javascript:alert(1)"',
      },
      {
        code: 'invalid',
        path: 'extends[0].rules[0].meta.sources[0].url',
        message: 'must be an http:// or https:// URL, got "data:,x"',
      },
    ]);
  });

  it('accepts http and https links, local ones included', () => {
    expect(parseConfigFile({ docsBaseUrl: 'http://localhost:8080/rules' })).toEqual({
      docsBaseUrl: 'http://localhost:8080/rules',
    });
  });
});

describe('configuration messages say how to fix the mistake', () => {
  it('suggests "extends" for "extend"', () => {
    expect(configIssues(() => parseConfigFile({ extend: ['recommended'] }))).toEqual([
      { code: 'invalid', path: 'extend', message: 'unknown key (did you mean "extends"?)' },
    ]);
    expect(configIssues(() => parseConfigFile({ zzzzzzzzzzzzzz: 1 }))[0]?.message).toMatch(
      /^unknown key; known keys: \$schema, extends, rules, /,
    );
  });

  it('says to load the set a configured rule comes from', () => {
    expect(configIssues(() => createAdvisor({ rules: { 'acme/thank-you': 'off' } }))).toEqual([
      {
        code: 'invalid',
        path: 'rules["acme/thank-you"]',
        message:
          'unknown rule "acme/thank-you"; if it comes from the "acme" rule set, load that set (extends, a plugin, or --rules <file> on the command line)',
      },
    ]);
  });
});

describe('folded advice still counts', () => {
  it('rates by the severity of every rule that fired, folded or not', async () => {
    const narrow = jsonRule({ id: 'test/narrow' });
    const set = parseRuleSet(
      jsonRuleSet([
        jsonRule({
          id: 'test/wide',
          supersedes: ['test/narrow'],
          meta: { ...narrow.meta, severity: 'info' },
        }),
        { ...narrow, meta: { ...narrow.meta, severity: 'critical' } },
      ]),
    );
    const report = await createAdvisor({
      extends: [set],
      categoryWeights: { momentum: 0 },
    }).evaluate(buildSearch({ applications: [applied('a', 'acme', 3)] }), { asOf: AS_OF });
    expect(report.outcomes.find((o) => o.ruleId === 'test/narrow')).toMatchObject({
      severity: 'critical',
      mergedInto: 'test/wide',
    });
    expect(report.rating).toBe('critical');
  });
});
