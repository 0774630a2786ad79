import { errorMessage } from '../errors/error-message.ts';
import { parseTrustedProxies } from '../security/trust-proxy.ts';
import { CONFIG_VARIABLES, type ConfigKey, type ConfigVariable } from './config-variables.ts';

type ValueOf<V> = V extends { kind: 'number' } ? number : V extends { kind: 'flag' } ? boolean : string;

/** Splits a comma-separated list variable; empty → []. */
export function listOf(value: string): string[] {
  return value === '' ? [] : value.split(',');
}

/** Validated server configuration; every field comes from one entry of CONFIG_VARIABLES. */
export type ServerConfig = { readonly [K in ConfigKey]: ValueOf<(typeof CONFIG_VARIABLES)[K]> };

/** A configuration value that cannot be used. The message names the variable and its safe range. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CA_ERR_CONFIG';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads and validates the configuration. `overrides` (from CLI flags) win over the environment.
 * Throws ConfigError on the first bad value.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  overrides: Partial<Record<ConfigKey, string>> = {},
): ServerConfig {
  const config: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(CONFIG_VARIABLES) as [ConfigKey, ConfigVariable][]) {
    const raw = overrides[key] ?? env[variable.env];
    config[key] = raw === undefined || raw.trim() === '' ? variable.default : parseValue(variable, raw.trim());
  }
  if (!LOG_LEVELS.includes(config.logLevel as string)) {
    throw new ConfigError(
      `${CONFIG_VARIABLES.logLevel.env}=${String(config.logLevel)} is invalid: must be one of ${LOG_LEVELS.join(', ')}`,
    );
  }
  if ((config.retentionDays as number) < (config.aggLookbackDays as number)) {
    throw new ConfigError(
      `${CONFIG_VARIABLES.retentionDays.env}=${String(config.retentionDays)} is out of range: must be at least ${CONFIG_VARIABLES.aggLookbackDays.env} (${String(config.aggLookbackDays)}), or the aggregator would lose its window`,
    );
  }
  try {
    parseTrustedProxies(config.trustProxy as string);
  } catch (error) {
    throw new ConfigError(
      `${CONFIG_VARIABLES.trustProxy.env}=${String(config.trustProxy).slice(0, 200)} is invalid: ${errorMessage(error)}`,
    );
  }
  if ((config.metricsTimeHostCap as number) > (config.metricsHostCap as number)) {
    throw new ConfigError(
      `${CONFIG_VARIABLES.metricsTimeHostCap.env}=${String(config.metricsTimeHostCap)} is out of range: must be at most ${CONFIG_VARIABLES.metricsHostCap.env} (${String(config.metricsHostCap)})`,
    );
  }
  checkNetworkDefences(config, env);
  return config as ServerConfig;
}

/**
 * Network keys must mean the same network across restarts and replicas once votes depend on them;
 * and the test rig's network header must never reach production, where it would let any client
 * name its own network.
 */
function checkNetworkDefences(
  config: Record<string, unknown>,
  env: Readonly<Record<string, string | undefined>>,
): void {
  if (
    config.networkKeySecret === '' &&
    ((config.voteMinNetworks as number) > 1 || (config.voteNetworkCap as number) > 0)
  ) {
    throw new ConfigError(
      `${CONFIG_VARIABLES.networkKeySecret.env} is required when ${CONFIG_VARIABLES.voteMinNetworks.env} > 1 or ${CONFIG_VARIABLES.voteNetworkCap.env} > 0: network keys must stay the same across restarts and replicas`,
    );
  }
  if (config.testNetworkHeader !== '' && env.NODE_ENV === 'production') {
    throw new ConfigError(
      `${CONFIG_VARIABLES.testNetworkHeader.env} is for test rigs only and is refused when NODE_ENV=production`,
    );
  }
}

function parseValue(variable: ConfigVariable, raw: string): unknown {
  switch (variable.kind) {
    case 'flag':
      if (raw === '1' || raw === 'true') return true;
      if (raw === '0' || raw === 'false') return false;
      throw new ConfigError(`${variable.env}=${raw} is invalid: must be 1 or 0 (default ${variable.default ? 1 : 0})`);
    case 'number': {
      const value = Number(raw);
      const range = `must be ${variable.integer ? 'an integer' : 'a number'} between ${variable.min} and ${variable.max} (default ${variable.default})`;
      if (
        !Number.isFinite(value) ||
        (variable.integer && !Number.isInteger(value)) ||
        value < variable.min ||
        value > variable.max
      ) {
        throw new ConfigError(`${variable.env}=${raw} is out of range: ${range}`);
      }
      return value;
    }
    case 'text':
      if (variable.pattern && !variable.pattern.test(raw)) {
        // Secrets are not echoed back into logs.
        const shown =
          variable.env.includes('KEY') || variable.env.includes('TOKEN') || variable.env.endsWith('_URL')
            ? '<hidden>'
            : raw;
        throw new ConfigError(
          `${variable.env}=${shown} is invalid: must be ${variable.hint ?? variable.pattern.source}`,
        );
      }
      return raw;
  }
}
