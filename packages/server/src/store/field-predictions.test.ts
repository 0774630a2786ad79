import { describe, expect, it } from 'vitest';
import { LIMITS } from '@companion-autofill/sdk/protocol';
import { fieldPredictionsOf, NO_FIELD_PREDICTIONS, type FieldPredictionRow } from './field-predictions.ts';

const sig = (n: number) => `f1:${n.toString(16).padStart(16, '0')}`;
const host = (n: number, canonical: string, installs = 3, format?: string): FieldPredictionRow => ({
  scope: 'host',
  fieldSignature: sig(n),
  canonical,
  installs,
  ...(format ? { format } : {}),
});
const family = (n: number, canonical: string, installs = 3, format?: string): FieldPredictionRow => ({
  ...host(n, canonical, installs, format),
  scope: 'family',
});

describe('fieldPredictionsOf', () => {
  it('merges the host and its family, the host winning where both elected a signature', () => {
    const predictions = fieldPredictionsOf([
      family(1, 'phone', 90, 'phone_e164'),
      host(1, 'leave_alone', 3),
      family(2, 'email', 40),
      host(3, 'city', 5),
    ]);
    expect(predictions).toEqual({
      [sig(1)]: { canonical: 'leave_alone' },
      [sig(2)]: { canonical: 'email' },
      [sig(3)]: { canonical: 'city' },
    });
    // Whichever order the rows come in.
    expect(
      fieldPredictionsOf([
        host(3, 'city', 5),
        host(1, 'leave_alone', 3),
        family(2, 'email', 40),
        family(1, 'phone', 90),
      ]),
    ).toEqual(predictions);
  });

  it('carries the format when one was learned', () => {
    expect(fieldPredictionsOf([host(1, 'phone', 3, 'phone_national')])).toEqual({
      [sig(1)]: { canonical: 'phone', format: 'phone_national' },
    });
  });

  it('keeps the best supported signatures when there are more than the limit, in signature order', () => {
    const rows = [host(5, 'a', 10), family(4, 'b', 50), host(3, 'c', 2), family(2, 'd', 10), host(1, 'e', 10)];
    // Supports: 4 → 50, then 10 (host 1 and 5 before family 2), then 2.
    expect(Object.keys(fieldPredictionsOf(rows, 3))).toEqual([sig(1), sig(4), sig(5)]);
    expect(Object.keys(fieldPredictionsOf(rows, 4))).toEqual([sig(1), sig(2), sig(4), sig(5)]);
  });

  it('bounds the answer by LIMITS.maxFieldPredictions by default', () => {
    const rows = Array.from({ length: LIMITS.maxFieldPredictions + 20 }, (_, i) => host(i, 'email', i));
    const predictions = fieldPredictionsOf(rows);
    expect(Object.keys(predictions)).toHaveLength(LIMITS.maxFieldPredictions);
    expect(predictions[sig(0)]).toBeUndefined(); // the least supported went
  });

  it('answers nothing with one shared frozen object, and freezes what it builds', () => {
    expect(fieldPredictionsOf([])).toBe(NO_FIELD_PREDICTIONS);
    expect(Object.isFrozen(NO_FIELD_PREDICTIONS)).toBe(true);
    const built = fieldPredictionsOf([host(1, 'email')]);
    expect(Object.isFrozen(built)).toBe(true);
    expect(Object.isFrozen(built[sig(1)])).toBe(true);
  });
});
