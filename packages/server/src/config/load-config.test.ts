import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from './config-variables.ts';
import { ConfigError, loadConfig } from './load-config.ts';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      aggEnabled: true,
      aggEveryHours: 6,
      aggLookbackDays: 30,
      profileEnabled: true,
      qualityMinSuccess: 0.6,
      qualityMaxEdit: 500,
      port: 8003,
      dbPath: './data/companion.db',
      metricsHostCap: 200,
      metricsTimeHostCap: 50,
    });
  });

  it('reads every variable from the environment', () => {
    const config = loadConfig({
      COMPANION_AUTOFILL_AGG_ENABLED: '0',
      AGG_EVERY_HOURS: '0.5',
      COMPANION_AUTOFILL_PROFILE_ENABLED: 'false',
      COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS: '0.8',
      COMPANION_PORT: '9100',
    });
    expect(config.aggEnabled).toBe(false);
    expect(config.aggEveryHours).toBe(0.5);
    expect(config.profileEnabled).toBe(false);
    expect(config.qualityMinSuccess).toBe(0.8);
    expect(config.port).toBe(9100);
  });

  it('lets CLI overrides win over the environment', () => {
    expect(loadConfig({ COMPANION_PORT: '9100' }, { port: '9200' }).port).toBe(9200);
  });

  it.each([
    [
      'COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS',
      '1.7',
      /COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS=1.7 is out of range: must be a number between 0 and 1/,
    ],
    ['AGG_EVERY_HOURS', '-6', /AGG_EVERY_HOURS=-6 is out of range/],
    [
      'COMPANION_AUTOFILL_QUALITY_MAX_EDIT',
      '-1',
      /COMPANION_AUTOFILL_QUALITY_MAX_EDIT=-1 is out of range: must be a number between 0 and 100000/,
    ],
    ['AGG_LOOKBACK_DAYS', 'thirty', /AGG_LOOKBACK_DAYS=thirty is out of range: must be an integer/],
    ['COMPANION_PORT', '80.5', /COMPANION_PORT=80.5/],
    ['COMPANION_AUTOFILL_PROFILE_ENABLED', 'yes', /COMPANION_AUTOFILL_PROFILE_ENABLED=yes is invalid: must be 1 or 0/],
    ['COMPANION_LOG_LEVEL', 'loud', /COMPANION_LOG_LEVEL=loud is invalid/],
    ['COMPANION_API_KEYS', 'short', /COMPANION_API_KEYS=<hidden> is invalid: must be comma-separated keys/],
    ['COMPANION_CORS_ORIGINS', '*', /COMPANION_CORS_ORIGINS=\* is invalid/],
    [
      'COMPANION_METRICS_TIME_HOST_CAP',
      '300',
      /COMPANION_METRICS_TIME_HOST_CAP=300 is out of range: must be at most COMPANION_METRICS_HOST_CAP \(200\)/,
    ],
    [
      'COMPANION_RETENTION_DAYS',
      '7',
      /COMPANION_RETENTION_DAYS=7 is out of range: must be at least AGG_LOOKBACK_DAYS \(30\)/,
    ],
  ])('stops on %s=%s with a message naming the variable and range', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('is documented: the README names every variable', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    for (const variable of Object.values(CONFIG_VARIABLES)) expect(readme).toContain(variable.env);
  });
});
