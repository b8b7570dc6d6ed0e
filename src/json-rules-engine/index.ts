/**
 * `job-search-health/json-rules-engine`: json-rules-engine as the engine that decides rule
 * conditions, in place of the compiled default. Pass `jsonRulesEngine` as
 * `createAdvisor({ engine: jsonRulesEngine })`; importing this entry also makes
 * `createAdvisor({ engine: 'json-rules-engine' })` work. A separate entry point, so apps that
 * use the compiled engine do not ship json-rules-engine. Runs anywhere JavaScript runs.
 *
 * @module job-search-health/json-rules-engine
 */
import { registerEngine } from '../engine/engines';
import { jsonRulesEngine } from '../engine/json-rules-engine';

registerEngine(jsonRulesEngine);

export type { EngineAdapter } from '../engine/engines';
export { jsonRulesEngine };
