import { describe, expect, it } from 'vitest';
import { boundLogObject, MAX_LOG_ITEMS, MAX_LOG_KEYS, MAX_LOG_STRING } from './bounded-log-object.ts';

describe('boundLogObject', () => {
  it('cuts every string, key, array and object, at any depth, and says how much was cut', () => {
    const huge = 'x'.repeat(1_000_000);
    const bounded = boundLogObject({
      reason: huge,
      rejected: Array.from({ length: 1_000 }, () => huge),
      map: Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`${i}${'k'.repeat(1_000)}`, i])),
      deep: { a: { b: { c: { d: { e: huge } } } } },
      count: 3,
    });
    const text = JSON.stringify(bounded);
    expect(text.length).toBeLessThan(30 * (MAX_LOG_STRING + 40) + 20 * (MAX_LOG_STRING + 40) + 2_000);
    expect(bounded.reason).toBe(`${'x'.repeat(MAX_LOG_STRING)}…(+${1_000_000 - MAX_LOG_STRING} chars)`);
    expect((bounded.rejected as unknown[]).length).toBe(MAX_LOG_ITEMS + 1);
    expect(Object.keys(bounded.map as object).length).toBe(MAX_LOG_KEYS + 1);
    expect(bounded.count).toBe(3);
    expect(text).toContain('[object]');
  });

  it('keeps an error readable: type, code, message and stack, the message cut', () => {
    const error = Object.assign(new Error(`bad input ${'y'.repeat(10_000)}`), { code: 'SQLITE_FULL' });
    const { err } = boundLogObject({ err: error }) as { err: Record<string, string> };
    expect(err.type).toBe('Error');
    expect(err.code).toBe('SQLITE_FULL');
    expect(err.message!.length).toBeLessThan(MAX_LOG_STRING + 30);
    expect(err.stack).toMatch(/\n\s+at /);
    expect(err.stack!.length).toBeLessThan(5_000);
  });
});
