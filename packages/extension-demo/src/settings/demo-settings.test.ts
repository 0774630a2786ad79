import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './demo-settings.ts';
import { parseProfileValues } from './profile-values.ts';

describe('parseSettings', () => {
  it('defaults to telemetry off, fill-on-load off and the local server', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ telemetry: false, fillOnLoad: false, serverUrl: 'http://127.0.0.1:8003', apiKey: '' });
  });

  it('keeps the valid fields when one is invalid', () => {
    const parsed = parseSettings({ serverUrl: 'ftp://nope', telemetry: true, apiKey: 'k'.repeat(20) });
    expect(parsed).toMatchObject({ serverUrl: DEFAULT_SETTINGS.serverUrl, telemetry: true, apiKey: 'k'.repeat(20) });
  });

  it('never turns telemetry on from a non-boolean', () => {
    expect(parseSettings({ telemetry: 'yes' }).telemetry).toBe(false);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
});

describe('parseProfileValues', () => {
  it('keeps known, non-empty, trimmed values only', () => {
    expect(parseProfileValues({ email: ' ada@example.com ', first_name: '', password: 'x', city: 'London' })).toEqual({
      email: 'ada@example.com',
      city: 'London',
    });
    expect(parseProfileValues(['not', 'a', 'record'])).toEqual({});
  });
});
