import { comparisonsOf, type FactRef } from '../rule/condition-tree';
import type { CompiledRule } from './compile';
import type { CustomFact, CustomFactInput } from './evaluate';
import { RuleStepError } from './rule-failure';

type Settled = { readonly value: unknown } | { readonly error: Error };

/** The error kept for a fact that failed: it names the fact, so the outcome can say where. */
function failure(id: string, error: unknown): Error {
  return new RuleStepError({ kind: 'fact', name: id }, error);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

const keyOf = (params: Readonly<Record<string, unknown>>) => JSON.stringify(params);

/** Every plugin fact, with each set of params, that the rules' conditions read. */
function requests(
  rules: readonly CompiledRule[],
  ids: ReadonlySet<string>,
): Map<string, Map<string, Readonly<Record<string, unknown>>>> {
  const wanted = new Map<string, Map<string, Readonly<Record<string, unknown>>>>();
  const add = (ref: FactRef) => {
    if (!ids.has(ref.fact)) return;
    const params = ref.params ?? {};
    const byKey = wanted.get(ref.fact) ?? new Map<string, Readonly<Record<string, unknown>>>();
    wanted.set(ref.fact, byKey);
    byKey.set(keyOf(params), params);
  };
  for (const { trees } of rules)
    for (const root of [trees.conditions, ...trees.severityWhen, ...trees.shared.values()])
      for (const comparison of comparisonsOf(root)) {
        add(comparison.left);
        if ('fact' in comparison.right) add(comparison.right.fact);
      }
  return wanted;
}

/**
 * The plugin facts of one evaluation, each computed once per set of params before any rule runs.
 * A fact that throws (or rejects) fails only the rules that read it: the error is kept and thrown
 * when a condition reads the value. Asynchronous facts are awaited by {@link settle}.
 */
export class PluginFacts {
  readonly #values = new Map<string, Map<string, Settled>>();
  readonly #pending: { id: string; key: string; promise: PromiseLike<unknown> }[] = [];

  /**
   * @param facts - the plugin facts.
   * @param input - what they are computed from.
   * @param rules - the rules, whose conditions say which facts and params are read.
   */
  constructor(
    facts: readonly CustomFact[],
    input: CustomFactInput,
    rules: readonly CompiledRule[],
  ) {
    const byId = new Map(facts.map((fact) => [fact.id, fact]));
    for (const [id, byKey] of requests(rules, new Set(byId.keys()))) {
      const fact = byId.get(id) as CustomFact;
      const values = new Map<string, Settled>();
      this.#values.set(id, values);
      for (const [key, params] of byKey) {
        try {
          const value = fact.compute(input, params);
          if (isThenable(value)) this.#pending.push({ id, key, promise: value });
          else values.set(key, { value });
        } catch (error) {
          values.set(key, { error: failure(id, error) });
        }
      }
    }
  }

  /** Whether some fact returned a promise that has not been awaited. */
  get pending(): boolean {
    return this.#pending.length > 0;
  }

  /**
   * Awaits the facts that returned promises. Rejects when one has not settled within
   * `timeoutMs`, so a fact that never settles cannot hold the evaluation (or the advisor) forever.
   */
  async settle(timeoutMs: number): Promise<void> {
    if (this.#pending.length === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waiting = new Map(this.#pending.map((p) => [`${p.id}\u0000${p.key}`, p.id]));
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new Error(
            `plugin fact ${[...new Set(waiting.values())].map((id) => `"${id}"`).join(', ')} did not settle within ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
    });
    const all = Promise.all(
      this.#pending.map(async ({ id, key, promise }) => {
        let settled: Settled;
        try {
          settled = { value: await promise };
        } catch (error) {
          settled = { error: failure(id, error) };
        }
        this.#values.get(id)?.set(key, settled);
        waiting.delete(`${id}\u0000${key}`);
      }),
    );
    try {
      await Promise.race([all, timeout]);
    } finally {
      clearTimeout(timer);
    }
    this.#pending.length = 0;
  }

  /** A fact's value for some params; throws the error it failed with. */
  readonly read = (id: string, params: Readonly<Record<string, unknown>>): unknown => {
    const settled = this.#values.get(id)?.get(keyOf(params));
    if (!settled) throw new Error(`custom fact "${id}" was not computed for these params`);
    if ('error' in settled) throw settled.error;
    return settled.value;
  };
}
