import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createEventId, eventIdTime } from './event-id.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createEventId', () => {
  it('makes RFC 9562 version 7 ids that the wire schema accepts', () => {
    for (let i = 0; i < 50; i++) {
      const id = createEventId(1_767_225_600_000 + i);
      expect(id).toMatch(UUID_V7);
      expect(z.uuid().safeParse(id).success).toBe(true);
    }
  });

  it('encodes the millisecond time in the first 48 bits', () => {
    const ms = 1_767_225_600_123;
    expect(eventIdTime(createEventId(ms))).toBe(ms);
    expect(eventIdTime(createEventId(0))).toBe(0);
    expect(eventIdTime(createEventId(2 ** 48 - 1))).toBe(2 ** 48 - 1);
  });

  it('makes ids that sort by time', () => {
    const times = [
      0,
      1,
      255,
      256,
      65_535,
      2 ** 32 - 1,
      2 ** 32,
      1_600_000_000_000,
      1_767_225_600_000,
      1_767_225_600_001,
    ];
    const ids = times.map((ms) => createEventId(ms));
    expect([...ids].sort()).toEqual(ids);
  });

  it('makes different ids in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createEventId(1_767_225_600_000)));
    expect(ids.size).toBe(1000);
  });

  it('rejects times a UUIDv7 cannot hold', () => {
    expect(() => createEventId(-1)).toThrow(RangeError);
    expect(() => createEventId(2 ** 48)).toThrow(RangeError);
    expect(() => createEventId(Number.NaN)).toThrow(RangeError);
  });
});

describe('eventIdTime', () => {
  it('refuses ids of other versions', () => {
    expect(eventIdTime('0190f5f2-7c3a-4b1e-9d2a-3f4e5a6b7c8d')).toBeUndefined();
    expect(eventIdTime('not-a-uuid')).toBeUndefined();
  });
});
