import { describe, expect, it } from 'vitest';
import { firstIssueReason, LIMITS, ProfileResponse } from './index.ts';

const ok = {
  status: 'ok',
  canonical_map: { '#email': 'email', '#pronouns': 'leave_alone' },
  format_map: { '#phone': 'phone_national' },
  field_predictions: {
    'f1:00000000000000aa': { canonical: 'phone', format: 'phone_national' },
    'f1:00000000000000bb': { canonical: 'leave_alone' },
  },
  stats: null,
  experiments: {},
  version: 'r1-abc',
} as const;

function reasonFor(input: unknown): string {
  const result = ProfileResponse.safeParse(input);
  if (result.success) throw new Error('expected a rejection');
  return firstIssueReason(result.error);
}

describe('ProfileResponse', () => {
  it('round-trips an answer with learned formats and field predictions', () => {
    expect(ProfileResponse.parse(JSON.parse(JSON.stringify(ok)))).toEqual(ok);
  });

  it('keeps the old answer valid: no format_map, no field_predictions', () => {
    const { format_map: _formats, field_predictions: _predictions, ...old } = ok;
    expect(ProfileResponse.parse(old)).toEqual(old);
  });

  it('serves field predictions with ok, unknown and rejected, never with disabled or holdout', () => {
    const predictions = { field_predictions: ok.field_predictions };
    const base = { canonical_map: {}, stats: null, experiments: {}, version: 'v' };
    expect(ProfileResponse.safeParse({ ...base, ...predictions, status: 'unknown' }).success).toBe(true);
    expect(
      ProfileResponse.safeParse({ ...base, ...predictions, status: 'rejected', reason: 'high_edit_chars' }).success,
    ).toBe(true);
    expect(reasonFor({ ...base, ...predictions, status: 'disabled' })).toBe(
      'field_predictions: only with status ok, unknown or rejected',
    );
    expect(reasonFor({ ...base, ...predictions, status: 'holdout' })).toBe(
      'field_predictions: only with status ok, unknown or rejected',
    );
  });

  it('serves learned formats only with status ok', () => {
    const base = { canonical_map: {}, stats: null, experiments: {}, version: 'v' };
    expect(reasonFor({ ...base, status: 'unknown', format_map: { '#phone': 'phone_digits' } })).toBe(
      'format_map: only with status ok',
    );
  });

  it('rejects a malformed signature, an unknown canonical or format and extra keys in a prediction', () => {
    expect(reasonFor({ ...ok, field_predictions: { 'f1:XYZ': { canonical: 'email' } } })).toMatch(
      /^field_predictions\.\*: key must be f1:<16 hex chars>/,
    );
    expect(reasonFor({ ...ok, field_predictions: { 'f1:00000000000000aa': { canonical: 'E-mail' } } })).toMatch(
      /^field_predictions\.\*\.canonical: /,
    );
    expect(
      reasonFor({ ...ok, field_predictions: { 'f1:00000000000000aa': { canonical: 'phone', format: 'dots' } } }),
    ).toMatch(/\.format: must be one of/);
    expect(
      reasonFor({ ...ok, field_predictions: { 'f1:00000000000000aa': { canonical: 'phone', value: '+1 415' } } }),
    ).toMatch(/unknown key \(name not shown\)$/);
    expect(reasonFor({ ...ok, format_map: { '#phone': '+1 415 555 0134' } })).toMatch(
      /^format_map\.\*: must be one of/,
    );
  });

  it('bounds the field predictions', () => {
    const entries = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`f1:${i.toString(16).padStart(16, '0')}`, { canonical: 'email' }]),
      );
    expect(ProfileResponse.safeParse({ ...ok, field_predictions: entries(LIMITS.maxFieldPredictions) }).success).toBe(
      true,
    );
    expect(reasonFor({ ...ok, field_predictions: entries(LIMITS.maxFieldPredictions + 1) })).toBe(
      'field_predictions: too many entries (max 500)',
    );
  });
});
