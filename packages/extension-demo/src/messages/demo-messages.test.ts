import { describe, expect, it } from 'vitest';
import { RUN_REPORT_OUTCOMES as SDK_OUTCOMES } from '@companion-autofill/sdk/content';
import { PageStatus, RUN_REPORT_OUTCOMES } from './demo-messages.ts';

describe('demo messages', () => {
  it('mirror the SDK run outcomes exactly', () => {
    expect(RUN_REPORT_OUTCOMES).toEqual(SDK_OUTCOMES);
  });

  it('refuse a page status carrying anything but counts and labels', () => {
    expect(PageStatus.safeParse({ runs: 1, fieldsFilled: 2, profileSource: 'merged' }).success).toBe(true);
    expect(PageStatus.safeParse({ runs: 1, fieldsFilled: 2, values: { email: 'a@b.c' } }).success).toBe(false);
  });
});
