import { describe, expect, it } from 'vitest';
import {
  FIELD_FORMATS,
  FIELD_SOURCES,
  LEAVE_ALONE,
  LearningEvent,
  PROFILE_SOURCES,
  firstIssueReason,
  SyncRequest,
  LIMITS,
} from './index.ts';

const valid = {
  event_id: '0190f5f2-7c3a-7b1e-9d2a-3f4e5a6b7c8d',
  install_id: 'install-abcdef12',
  occurred_at: '2026-11-27T10:00:00.000Z',
  host: 'boards.greenhouse.io',
  schema_hash: 'v1:0123456789abcdef',
  status: 'ok',
  duration_ms: 42_000,
  fill_ms: 12,
  edit_stats: {
    total_chars_added: 5,
    total_chars_deleted: 3,
    per_field: { '[name="email"]': { added: 5, deleted: 3 } },
  },
  suggested_map: { '[name="email"]': 'email' },
  final_map: { '[name="email"]': 'email' },
  field_sources: { '[name="email"]': 'heuristic' },
  profile_used: false,
  profile_source: 'heuristics_only',
  experiments: { profile_holdout: 'treatment' },
  sdk_version: '0.1.0',
} as const;

function reasonFor(input: unknown): string {
  const result = LearningEvent.safeParse(input);
  if (result.success) throw new Error('expected a rejection');
  return firstIssueReason(result.error);
}

describe('LearningEvent', () => {
  it('refuses an occurred_at before 2020 (year 0000 was accepted, #15)', () => {
    expect(reasonFor({ ...valid, occurred_at: '0000-01-01T00:00:00Z' })).toBe(
      'occurred_at: must not be before 2020-01-01T00:00:00Z',
    );
    expect(reasonFor({ ...valid, occurred_at: '2019-12-31T23:59:59.999Z' })).toBe(
      'occurred_at: must not be before 2020-01-01T00:00:00Z',
    );
    expect(LearningEvent.safeParse({ ...valid, occurred_at: '2020-01-01T01:00:00+01:00' }).success).toBe(true);
  });

  it('refuses selectors that carry personal data, without echoing them (#15)', () => {
    const selector = 'input[value="jane@example.com"]';
    const map = { [selector]: 'email' };
    expect(
      reasonFor({
        ...valid,
        suggested_map: map,
        final_map: map,
        field_sources: { [selector]: 'heuristic' },
        edit_stats: { ...valid.edit_stats, per_field: {} },
      }),
    ).toBe('suggested_map.*: key must not carry personal data (an email, a phone number or a long digit run)');
    expect(reasonFor({ ...valid, final_map: { '#\\34 155550134': 'phone' } })).toMatch(
      /^final_map\.\*: key must not carry personal data/,
    );
  });

  it('round-trips a valid event unchanged', () => {
    const parsed = LearningEvent.parse(JSON.parse(JSON.stringify(valid)));
    expect(parsed).toEqual(valid);
  });

  it("rejects unknown keys, naming only the contract's own key names (#15)", () => {
    expect(reasonFor({ ...valid, typed_value: 'x' })).toBe('(root): unknown key (name not shown)');
    expect(reasonFor({ ...valid, edit_stats: { ...valid.edit_stats, value: 'x' } })).toBe(
      'edit_stats: unknown key (name not shown)',
    );
    expect(reasonFor({ ...valid, 'jane.doe@example.com': 1, host_name: 2, install: 3 })).toBe(
      '(root): unknown keys (3, names not shown)',
    );
    // A contract key in the wrong place is named: it helps and cannot be personal data.
    expect(reasonFor({ ...valid, added: 1, 'jane.doe@example.com': 1 })).toBe(
      '(root): unknown keys added and 1 other (names not shown)',
    );
  });

  it('elides selector keys from the path of a rejection (#15)', () => {
    const selector = 'input[name="jane-doe"]';
    const reason = reasonFor({
      ...valid,
      edit_stats: { ...valid.edit_stats, per_field: { [selector]: { added: -1, deleted: 0 } } },
    });
    expect(reason).toBe('edit_stats.per_field.*.added: too small (min 0)');
    const long = reasonFor({ ...valid, final_map: { ['#'.repeat(1_000_000)]: 'email' } });
    expect(long.length).toBeLessThan(100);
  });

  it('rejects wrong types, naming the field', () => {
    expect(reasonFor({ ...valid, duration_ms: '1000' })).toMatch(/^duration_ms: /);
    expect(reasonFor({ ...valid, duration_ms: 1.5 })).toMatch(/^duration_ms: /);
    expect(reasonFor({ ...valid, status: 'done' })).toMatch(/^status: must be one of/);
    expect(reasonFor({ ...valid, event_id: 'not-a-uuid' })).toMatch(/^event_id: /);
    expect(reasonFor({ ...valid, host: 'Boards.greenhouse.io:443' })).toMatch(/^host: /);
    expect(reasonFor({ ...valid, schema_hash: 'v2:abc' })).toMatch(/^schema_hash: /);
  });

  it('rejects oversize strings and maps', () => {
    expect(reasonFor({ ...valid, install_id: 'x'.repeat(LIMITS.maxInstallIdLength + 1) })).toMatch(
      /^install_id: too big/,
    );
    const selector = 'a'.repeat(LIMITS.maxSelectorLength + 1);
    expect(reasonFor({ ...valid, final_map: { [selector]: 'email' } })).toMatch(/^final_map\./);
    const tooMany = Object.fromEntries(
      Array.from({ length: LIMITS.maxFieldsPerForm + 1 }, (_, i) => [`#f${i}`, 'email']),
    );
    expect(reasonFor({ ...valid, suggested_map: tooMany })).toBe(
      `suggested_map: too many entries (max ${LIMITS.maxFieldsPerForm})`,
    );
    // Few fields, but selectors near the length cap: the map's total is capped too (#15).
    const wide = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `#${String(i).padStart(3, '0')}${'w'.repeat(LIMITS.maxSelectorLength - 4)}`,
        'email',
      ]),
    );
    expect(reasonFor({ ...valid, suggested_map: wide })).toBe(
      `suggested_map: selectors too long together (max ${LIMITS.maxSelectorCharsPerMap} chars)`,
    );
  });

  it('accepts an optional filled_chars count and rejects anything but a bounded count', () => {
    expect(LearningEvent.parse({ ...valid, filled_chars: 57 }).filled_chars).toBe(57);
    expect(LearningEvent.safeParse(valid).success).toBe(true);
    expect(reasonFor({ ...valid, filled_chars: -1 })).toMatch(/^filled_chars: too small/);
    expect(reasonFor({ ...valid, filled_chars: 2.5 })).toMatch(/^filled_chars: /);
    expect(reasonFor({ ...valid, filled_chars: 'jane@example.com' })).toMatch(/^filled_chars: expected/);
    expect(reasonFor({ ...valid, filled_chars: LIMITS.maxEditChars + 1 })).toMatch(/^filled_chars: too big/);
  });

  it('rejects selectors with NUL or a lone surrogate', () => {
    expect(reasonFor({ ...valid, final_map: { 'a\u0000b': 'email' } })).toMatch(
      /^final_map\.\*: key must be well-formed text without NUL$/,
    );
    expect(reasonFor({ ...valid, final_map: { 'a\ud800': 'email' } })).toMatch(/must be well-formed text without NUL$/);
  });

  it('rejects a profile_used flag that contradicts profile_source', () => {
    expect(reasonFor({ ...valid, profile_used: true })).toMatch(/^profile_used: /);
    expect(LearningEvent.safeParse({ ...valid, profile_used: true, profile_source: 'merged' }).success).toBe(true);
  });
});

describe('LearningEvent field-level learning', () => {
  const learning = {
    ...valid,
    suggested_map: { '[name="email"]': 'email', '#phone': 'phone' },
    final_map: { '[name="email"]': 'email', '#phone': 'phone', '#pronouns': LEAVE_ALONE },
    field_sources: { '[name="email"]': 'server_field', '#phone': 'heuristic' },
    field_signatures: {
      '[name="email"]': 'f1:00000000000000aa',
      '#phone': 'f1:00000000000000bb',
      '#pronouns': 'f1:00000000000000cc',
    },
    field_formats: { '#phone': 'phone_national' },
    profile_source: 'transferred',
  } as const;

  it('round-trips an event with field signatures, formats, a leave_alone vote and the new sources', () => {
    expect(LearningEvent.parse(JSON.parse(JSON.stringify(learning)))).toEqual(learning);
  });

  it('keeps old events valid: no signatures, no formats, the old sources', () => {
    expect(LearningEvent.parse(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
    expect(LearningEvent.parse(valid).field_signatures).toBeUndefined();
    expect(LearningEvent.parse(valid).field_formats).toBeUndefined();
  });

  it('knows the new field and profile sources; transferred is no form-level profile use', () => {
    expect(FIELD_SOURCES).toContain('server_field');
    expect(PROFILE_SOURCES).toContain('transferred');
    expect(reasonFor({ ...learning, profile_used: true })).toMatch(/^profile_used: /);
  });

  it('takes leave_alone as a canonical name: it passes the canonical-name rule', () => {
    expect(LEAVE_ALONE).toBe('leave_alone');
    expect(LearningEvent.safeParse({ ...valid, final_map: { '[name="email"]': LEAVE_ALONE } }).success).toBe(true);
  });

  it('rejects a malformed field signature and an unknown format, naming the field', () => {
    expect(reasonFor({ ...learning, field_signatures: { '#phone': 'f1:ABC' } })).toBe(
      'field_signatures.*: must be f1:<16 hex chars>',
    );
    expect(reasonFor({ ...learning, field_signatures: { '#phone': 'v1:00000000000000bb' } })).toMatch(
      /^field_signatures\.\*: /,
    );
    expect(reasonFor({ ...learning, field_formats: { '#phone': '(415) 555-0134' } })).toMatch(
      /^field_formats\.\*: must be one of phone_e164/,
    );
    for (const format of FIELD_FORMATS) {
      expect(LearningEvent.safeParse({ ...learning, field_formats: { '#phone': format } }).success).toBe(true);
    }
  });

  it('rejects signatures and formats of selectors the run did not map', () => {
    expect(reasonFor({ ...learning, field_signatures: { '#other': 'f1:00000000000000dd' } })).toBe(
      'field_signatures: may only name selectors of suggested_map or final_map',
    );
    expect(reasonFor({ ...learning, field_formats: { '#other': 'date_iso' } })).toBe(
      'field_formats: may only name selectors of suggested_map or final_map',
    );
  });

  it('bounds the field-level maps like every selector map', () => {
    const many = Object.fromEntries(
      Array.from({ length: LIMITS.maxFieldsPerForm + 1 }, (_, i) => [`#f${i}`, 'f1:00000000000000aa']),
    );
    expect(reasonFor({ ...learning, field_signatures: many })).toBe(
      `field_signatures: too many entries (max ${LIMITS.maxFieldsPerForm})`,
    );
  });
});

describe('SyncRequest', () => {
  it('accepts 1..100 events and rejects more', () => {
    expect(SyncRequest.safeParse({ events: [valid] }).success).toBe(true);
    const result = SyncRequest.safeParse({ events: Array.from({ length: 101 }, () => valid) });
    expect(result.success).toBe(false);
    if (!result.success) expect(firstIssueReason(result.error)).toBe('events: too big (max 100 items)');
  });

  it('rejects an empty batch and unknown envelope keys', () => {
    expect(SyncRequest.safeParse({ events: [] }).success).toBe(false);
    const result = SyncRequest.safeParse({ events: [valid], token: 'x' });
    expect(result.success).toBe(false);
    if (!result.success) expect(firstIssueReason(result.error)).toBe('(root): unknown key (name not shown)');
  });
});

describe('LearningEvent.draft_stats', () => {
  it('carries each drafted open question’s length and edit distance', () => {
    const withDrafts = { ...valid, draft_stats: { '[name="why_us"]': { drafted_chars: 240, edit_chars: 31 } } };
    expect(LearningEvent.parse(withDrafts)).toEqual(withDrafts);
  });

  it('refuses a draft on a mapped field: the two measures stay apart', () => {
    expect(reasonFor({ ...valid, draft_stats: { '[name="email"]': { drafted_chars: 3, edit_chars: 0 } } })).toBe(
      'draft_stats: may not name selectors of suggested_map or edit_stats.per_field',
    );
  });

  it('refuses text where counts belong, and unknown keys', () => {
    expect(reasonFor({ ...valid, draft_stats: { '#q': { drafted_chars: 'I build', edit_chars: 0 } } })).toMatch(
      /^draft_stats\./,
    );
    expect(reasonFor({ ...valid, draft_stats: { '#q': { drafted_chars: 1, edit_chars: 0, text: 'x' } } })).toMatch(
      /unknown key/,
    );
    expect(reasonFor({ ...valid, draft_stats: { '#q': { drafted_chars: -1, edit_chars: 0 } } })).toMatch(
      /^draft_stats\./,
    );
    const eleven = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`#q${i}`, { drafted_chars: 1, edit_chars: 0 }]),
    );
    expect(reasonFor({ ...valid, draft_stats: eleven })).toBe('draft_stats: too many entries (max 10)');
  });
});
