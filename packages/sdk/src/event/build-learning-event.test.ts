import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LearningEvent } from '../protocol/index.ts';
import { buildLearningEvent, type LearningEventInput } from './build-learning-event.ts';
import { eventIdTime } from './event-id.ts';
import { SDK_VERSION } from './sdk-version.ts';

const input: LearningEventInput = {
  installId: 'install-abcdef12',
  endedAtMs: Date.UTC(2026, 10, 27, 10, 0, 0),
  host: 'Boards.Greenhouse.io.',
  schemaHash: 'v1:0123456789abcdef',
  status: 'ok',
  durationMs: 42_000.4,
  fillMs: 12.6,
  editStats: { total_chars_added: 1, total_chars_deleted: 0, per_field: { '#first': { added: 1, deleted: 0 } } },
  suggestedMap: { '#first': 'first_name', '#email': 'email' },
  finalMap: { '#first': 'first_name', '#email': 'email' },
  fieldSources: { '#first': 'server', '#email': 'heuristic' },
  profileUsed: true,
  profileSource: 'server_only',
};

function built(overrides: Partial<LearningEventInput> = {}) {
  return buildLearningEvent({ ...input, ...overrides });
}

describe('buildLearningEvent', () => {
  it('assembles a valid snake_case event', () => {
    const result = built();
    if (!result.ok) throw new Error(result.reason);
    expect(LearningEvent.safeParse(result.event).success).toBe(true);
    expect(result.event).toMatchObject({
      install_id: 'install-abcdef12',
      occurred_at: '2026-11-27T10:00:00.000Z',
      host: 'boards.greenhouse.io',
      duration_ms: 42_000,
      fill_ms: 13,
      profile_used: true,
      profile_source: 'server_only',
      sdk_version: SDK_VERSION,
    });
    expect(result.event).not.toHaveProperty('experiments');
    expect(result.event).not.toHaveProperty('gen_style_id');
  });

  it('makes a UUIDv7 event id at the run’s end time unless one is given', () => {
    const result = built();
    expect(result.ok && eventIdTime(result.event.event_id)).toBe(input.endedAtMs);
    const given = built({ eventId: '0190f5f2-7c3a-7b1e-9d2a-3f4e5a6b7c8d' });
    expect(given.ok && given.event.event_id).toBe('0190f5f2-7c3a-7b1e-9d2a-3f4e5a6b7c8d');
  });

  it('carries experiments and the generation style when given', () => {
    const result = built({ experiments: { profile_holdout: 'treatment' }, genStyleId: 'style-b' });
    expect(result.ok && result.event.experiments).toEqual({ profile_holdout: 'treatment' });
    expect(result.ok && result.event.gen_style_id).toBe('style-b');
  });

  it('returns the schema’s reason for an invalid event', () => {
    expect(built({ schemaHash: 'abc' })).toEqual({ ok: false, reason: 'schema_hash: must be v1:<16 hex chars>' });
    expect(built({ durationMs: -5 })).toMatchObject({ ok: false, reason: expect.stringMatching(/^duration_ms: too small/) });
    expect(built({ suggestedMap: { '#x': 'Not A Canonical' } })).toMatchObject({ ok: false, reason: expect.stringMatching(/^suggested_map/) });
    expect(built({ endedAtMs: Number.NaN })).toMatchObject({ ok: false, reason: expect.stringMatching(/^occurred_at: /) });
  });

  it('rejects a profile_used flag that contradicts profile_source', () => {
    expect(built({ profileUsed: false })).toMatchObject({ ok: false, reason: expect.stringMatching(/^profile_used: /) });
  });
});

describe('SDK_VERSION', () => {
  it('equals the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(SDK_VERSION).toBe(pkg.version);
  });
});
