import type { EngineName } from './advisor';
import type { DecideSubject, SubjectResult } from './run-rules';

/**
 * A condition engine to use in place of the compiled one. The package ships one,
 * `jsonRulesEngine` from `job-search-health/json-rules-engine`; pass it as
 * `createAdvisor({ engine: jsonRulesEngine })`. Importing that entry also makes the name
 * `engine: 'json-rules-engine'` work.
 */
export interface EngineAdapter {
  /** The engine's name, as `Advisor.engine` reports it. */
  readonly name: Exclude<EngineName, 'compiled'>;
  /**
   * Starts the engine for one advisor.
   *
   * @param pluginFactIds - ids of the plugin facts the advisor's rules may read.
   * @returns the function that decides one subject of one rule.
   * @internal
   */
  readonly start: (pluginFactIds: readonly string[]) => DecideSubject<Promise<SubjectResult>>;
}

const ENGINES = Symbol.for('job-search-health/engines');

/**
 * The engines registered by name. Kept on the global object because the ES module and CommonJS
 * builds each hold a copy of this module, and an engine registered through one must be found
 * through the other.
 */
function registry(): Map<string, EngineAdapter> {
  const global = globalThis as { [ENGINES]?: Map<string, EngineAdapter> };
  global[ENGINES] ??= new Map();
  return global[ENGINES];
}

/** Makes `createAdvisor({ engine: adapter.name })` find `adapter`. */
export function registerEngine(adapter: EngineAdapter): void {
  registry().set(adapter.name, adapter);
}

/** The engine registered under `name`, if its entry has been imported. */
export function registeredEngine(name: string): EngineAdapter | undefined {
  return registry().get(name);
}
