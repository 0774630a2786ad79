import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.ts';

const SECRET = 'a'.repeat(40);

describe('the Sybil defences’ settings', () => {
  it('default to the one-machine setup: one network, no cap, no margin, no history, no quota', () => {
    expect(loadConfig({})).toMatchObject({
      voteMinNetworks: 1,
      voteNetworkCap: 0,
      voteFlipMargin: 0,
      voteMinInstallAgeHours: 0,
      voteMinInstallRuns: 0,
      quotaInstallEventsPerDay: 0,
      quotaNetworkEventsPerDay: 0,
      networkKeySecret: '',
      testNetworkHeader: '',
    });
  });

  it('read the production values of docs/OPS.md', () => {
    const config = loadConfig({
      COMPANION_NETWORK_KEY_SECRET: SECRET,
      COMPANION_VOTE_MIN_NETWORKS: '4',
      COMPANION_VOTE_NETWORK_CAP: '1',
      COMPANION_VOTE_FLIP_MARGIN: '0.2',
      COMPANION_VOTE_MIN_INSTALL_AGE_HOURS: '72',
      COMPANION_VOTE_MIN_INSTALL_RUNS: '3',
      COMPANION_QUOTA_INSTALL_EVENTS_PER_DAY: '200',
      COMPANION_QUOTA_NETWORK_EVENTS_PER_DAY: '2000',
    });
    expect(config).toMatchObject({
      voteMinNetworks: 4,
      voteNetworkCap: 1,
      voteFlipMargin: 0.2,
      voteMinInstallAgeHours: 72,
      voteMinInstallRuns: 3,
      quotaInstallEventsPerDay: 200,
      quotaNetworkEventsPerDay: 2000,
      networkKeySecret: SECRET,
    });
  });

  it.each([
    [
      { COMPANION_VOTE_MIN_NETWORKS: '3' },
      /COMPANION_NETWORK_KEY_SECRET is required when COMPANION_VOTE_MIN_NETWORKS > 1/,
    ],
    [{ COMPANION_VOTE_NETWORK_CAP: '2' }, /COMPANION_NETWORK_KEY_SECRET is required/],
    [
      { COMPANION_NETWORK_KEY_SECRET: 'short' },
      /COMPANION_NETWORK_KEY_SECRET=<hidden> is invalid: must be 32-256 chars/,
    ],
    [{ COMPANION_VOTE_FLIP_MARGIN: '1.5' }, /COMPANION_VOTE_FLIP_MARGIN=1.5 is out of range/],
    [
      { COMPANION_TEST_NETWORK_HEADER: 'x-test-network', NODE_ENV: 'production' },
      /COMPANION_TEST_NETWORK_HEADER is for test rigs only/,
    ],
    [{ COMPANION_TEST_NETWORK_HEADER: 'X-Forwarded-For' }, /COMPANION_TEST_NETWORK_HEADER=X-Forwarded-For is invalid/],
  ])('stop on %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('accept the test header outside production', () => {
    expect(loadConfig({ COMPANION_TEST_NETWORK_HEADER: 'x-test-network' }).testNetworkHeader).toBe('x-test-network');
  });
});
