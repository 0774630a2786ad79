import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstIssueReason, LearningEvent } from '../protocol/index.ts';
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
  it('assembles a snake_case event that the wire schema accepts', () => {
    const event = built();
    expect(LearningEvent.safeParse(event).success).toBe(true);
    expect(event).toMatchObject({
      install_id: 'install-abcdef12',
      occurred_at: '2026-11-27T10:00:00.000Z',
      host: 'boards.greenhouse.io',
      duration_ms: 42_000,
      fill_ms: 13,
      profile_used: true,
      profile_source: 'server_only',
      sdk_version: SDK_VERSION,
    });
    expect(event).not.toHaveProperty('experiments');
    expect(event).not.toHaveProperty('gen_style_id');
  });

  it('makes a UUIDv7 event id at the run’s end time unless one is given', () => {
    expect(eventIdTime(built().event_id)).toBe(input.endedAtMs);
    expect(built({ eventId: '0190f5f2-7c3a-7b1e-9d2a-3f4e5a6b7c8d' }).event_id).toBe(
      '0190f5f2-7c3a-7b1e-9d2a-3f4e5a6b7c8d',
    );
  });

  it('carries experiments, the generation style and the filled character count when given', () => {
    const event = built({ experiments: { profile_holdout: 'treatment' }, genStyleId: 'style-b', filledChars: 17 });
    expect(event).toMatchObject({
      experiments: { profile_holdout: 'treatment' },
      gen_style_id: 'style-b',
      filled_chars: 17,
    });
    expect(LearningEvent.safeParse(event).success).toBe(true);
  });

  // The content side does not validate (see build-learning-event.ts): what it builds from bad input
  // must stay bad, so the receiver's schema refuses it with the reason (message-ports.test.ts
  // follows such an event through the background's router).
  it('keeps bad input as it is, for the receiver to refuse', () => {
    const reason = (overrides: Partial<LearningEventInput>) => {
      const parsed = LearningEvent.safeParse(built(overrides));
      return parsed.success ? 'accepted' : firstIssueReason(parsed.error);
    };
    expect(reason({ schemaHash: 'abc' })).toBe('schema_hash: must be v1:<16 hex chars>');
    expect(reason({ durationMs: -5 })).toMatch(/^duration_ms: too small/);
    expect(reason({ suggestedMap: { '#x': 'Not A Canonical' } })).toMatch(/^suggested_map/);
    expect(reason({ endedAtMs: Number.NaN })).toMatch(/^occurred_at: /);
    expect(reason({ profileUsed: false })).toMatch(/^profile_used: /);
  });
});

describe('SDK_VERSION', () => {
  it('equals the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(SDK_VERSION).toBe(pkg.version);
  });
});
