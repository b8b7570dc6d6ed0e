import {
  type Advisor,
  ConfigError,
  type ConfigFile,
  createAdvisor,
  parseConfigFile,
  parseRuleSet,
  type RuleSet,
  RuleSetError,
} from '../index';
import { readJson } from '../node/index';
import { CliError, listIssues } from './errors';
import type { RuleSourceOptions } from './options';

/** An advisor and the configuration it was made from. */
export interface LoadedAdvisor {
  /** The advisor, with every rule set loaded. */
  readonly advisor: Advisor;
  /** The config file's contents (empty without `--config`). */
  readonly config: ConfigFile;
}

async function loadConfig(file: string): Promise<ConfigFile> {
  try {
    return parseConfigFile(await readJson(file));
  } catch (error) {
    if (error instanceof ConfigError)
      throw new CliError(listIssues(`${file} is not a valid configuration`, error.issues));
    throw error;
  }
}

async function loadRuleSet(file: string): Promise<RuleSet> {
  try {
    return parseRuleSet(await readJson(file));
  } catch (error) {
    if (error instanceof RuleSetError)
      throw new CliError(listIssues(`${file} is not a valid rule set`, error.issues));
    throw error;
  }
}

/**
 * Builds the advisor the command line asks for: the config file's settings, with the rule sets
 * given by `--rules` added after the ones it extends (`recommended` by default).
 */
export async function loadAdvisor(sources: RuleSourceOptions): Promise<LoadedAdvisor> {
  const config = sources.config === undefined ? {} : await loadConfig(sources.config);
  const sets: RuleSet[] = [];
  for (const file of sources.rules ?? []) sets.push(await loadRuleSet(file));
  const { $schema: _schema, extends: names = ['recommended'], ...settings } = config;
  try {
    return { advisor: createAdvisor({ ...settings, extends: [...names, ...sets] }), config };
  } catch (error) {
    if (error instanceof ConfigError)
      throw new CliError(
        listIssues(`${sources.config ?? 'The rules given'} cannot be used`, error.issues),
      );
    throw error;
  }
}
