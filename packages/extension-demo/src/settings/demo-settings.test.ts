import { describe, expect, it } from 'vitest';
import { readContentSettings } from './content-settings.ts';
import { DEFAULT_SETTINGS, parseSettings } from './demo-settings.ts';

describe('parseSettings', () => {
  it('defaults to telemetry off, fill-on-load off, drafting off and the local server', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      telemetry: false,
      fillOnLoad: false,
      draftAnswers: false,
      serverUrl: 'http://127.0.0.1:8003',
      apiKey: '',
    });
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

describe('readContentSettings', () => {
  it('reads telemetry, fill-on-load and draft-answers exactly as parseSettings does', () => {
    const stored: unknown[] = [
      undefined,
      null,
      'garbage',
      42,
      [],
      [true],
      {},
      { telemetry: true },
      { fillOnLoad: true },
      { telemetry: true, fillOnLoad: true },
      { telemetry: 'yes', fillOnLoad: 1 },
      { telemetry: false, fillOnLoad: null },
      { telemetry: true, serverUrl: 'ftp://nope', syncDelaySeconds: -1 },
      { ...DEFAULT_SETTINGS, fillOnLoad: true, unknownKey: 'x' },
      { draftAnswers: true },
      { draftAnswers: 'true', telemetry: true },
    ];
    for (const raw of stored) {
      const { telemetry, fillOnLoad, draftAnswers } = parseSettings(raw);
      expect(readContentSettings(raw), JSON.stringify(raw)).toEqual({ telemetry, fillOnLoad, draftAnswers });
    }
  });
});
