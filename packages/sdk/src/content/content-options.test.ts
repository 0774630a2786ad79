import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../storage/memory-storage.ts';
import { type CompanionContentOptions, normalizeContentOptions } from './content-options.ts';

const valid: CompanionContentOptions = {
  profilePort: {
    getProfile: async () => ({
      canonicalMap: {},
      status: 'unknown',
      experiments: {},
      formatMap: {},
      fieldPredictions: {},
    }),
  },
  eventSink: { queue: async () => undefined },
  storage: createMemoryStorage(),
  profileValues: () => ({}),
  consent: () => true,
  installId: 'install-abcdef12',
  host: 'Jobs.Example.COM',
};

describe('normalizeContentOptions', () => {
  it('lower-cases the host and fills defaults', () => {
    const normalized = normalizeContentOptions(valid);
    expect(normalized.host).toBe('jobs.example.com');
    expect(typeof normalized.clock()).toBe('number');
    expect(normalized.now()).toBeGreaterThan(0);
    expect(normalized.onRunEnd({ outcome: 'queued', status: 'ok', event: undefined })).toBeUndefined();
    expect(normalized.genStyleId).toBeUndefined();
  });

  it('names the offending option', () => {
    expect(() => normalizeContentOptions({ ...valid, installId: 'short' })).toThrow(/options\.installId/);
    expect(() => normalizeContentOptions({ ...valid, consent: undefined as unknown as () => boolean })).toThrow(
      /options\.consent/,
    );
    expect(() =>
      normalizeContentOptions({ ...valid, eventSink: null as unknown as CompanionContentOptions['eventSink'] }),
    ).toThrow(/options\.eventSink/);
  });

  it('needs a host outside a page', () => {
    expect(() => normalizeContentOptions({ ...valid, host: undefined })).toThrow(/options\.host/);
  });
});
