import { describe, expect, it } from 'vitest';
import { LearningEvent, firstIssueReason } from './index.ts';

const event = {
  event_id: '0190f5f2-7c3a-7b1e-9d2a-3f4e5a6b7c8d',
  install_id: 'install-abcdef12',
  occurred_at: '2026-11-27T10:00:00.000Z',
  host: 'boards.greenhouse.io',
  schema_hash: 'v1:0123456789abcdef',
  status: 'ok',
  duration_ms: 42_000,
  fill_ms: 12,
  edit_stats: { total_chars_added: 1, total_chars_deleted: 0, per_field: { '[name="email"]': { added: 1, deleted: 0 } } },
  suggested_map: { '[name="email"]': 'email' },
  final_map: { '[name="email"]': 'email' },
  field_sources: { '[name="email"]': 'heuristic' },
  profile_used: false,
  profile_source: 'heuristics_only',
  gen_style_id: 'bullets',
  sdk_version: '0.1.0',
} as const;

function reasonFor(input: unknown): string {
  const result = LearningEvent.safeParse(input);
  if (result.success) throw new Error('expected a rejection');
  return firstIssueReason(result.error);
}

describe('LearningEvent.draft_stats', () => {
  it('carries each drafted open question’s length and edit distance', () => {
    const withDrafts = { ...event, draft_stats: { '[name="why_us"]': { drafted_chars: 240, edit_chars: 31 } } };
    expect(LearningEvent.parse(withDrafts)).toEqual(withDrafts);
  });

  it('refuses a draft on a mapped field: the two measures stay apart', () => {
    expect(reasonFor({ ...event, draft_stats: { '[name="email"]': { drafted_chars: 3, edit_chars: 0 } } })).toBe(
      'draft_stats: may not name selectors of suggested_map or edit_stats.per_field',
    );
  });

  it('refuses text where counts belong, and unknown keys', () => {
    expect(reasonFor({ ...event, draft_stats: { '#q': { drafted_chars: 'I build', edit_chars: 0 } } })).toMatch(/^draft_stats\./);
    expect(reasonFor({ ...event, draft_stats: { '#q': { drafted_chars: 1, edit_chars: 0, text: 'x' } } })).toMatch(/unknown key/);
    expect(reasonFor({ ...event, draft_stats: { '#q': { drafted_chars: -1, edit_chars: 0 } } })).toMatch(/^draft_stats\./);
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`#q${i}`, { drafted_chars: 1, edit_chars: 0 }]));
    expect(reasonFor({ ...event, draft_stats: eleven })).toBe('draft_stats: too many entries (max 10)');
  });
});
