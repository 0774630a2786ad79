import { describe, expect, it } from 'vitest';
import { RUN_REPORT_OUTCOMES as SDK_OUTCOMES } from '@companion-autofill/sdk/content';
import { installIdOf, isContentMessage, MAX_MISSING_VALUES, missingValuesOf } from './content-message-checks.ts';
import { ContentMessage, InstallIdReply, PageStatus, RUN_REPORT_OUTCOMES } from './demo-messages.ts';

describe('demo messages', () => {
  it('mirror the SDK run outcomes exactly', () => {
    expect(RUN_REPORT_OUTCOMES).toEqual(SDK_OUTCOMES);
  });

  it('refuse a page status carrying anything but counts and labels', () => {
    expect(PageStatus.safeParse({ runs: 1, runsEnded: 0, fieldsFilled: 2, profileSource: 'merged' }).success).toBe(
      true,
    );
    expect(PageStatus.safeParse({ runs: 1, runsEnded: 0, fieldsFilled: 2, values: { email: 'a@b.c' } }).success).toBe(
      false,
    );
  });

  it('name missing values by canonical only, never by value', () => {
    expect(
      PageStatus.safeParse({
        runs: 1,
        runsEnded: 0,
        fieldsFilled: 2,
        missingValues: ['salary_expectation', 'start_date'],
      }).success,
    ).toBe(true);
    expect(
      PageStatus.safeParse({ runs: 1, runsEnded: 0, fieldsFilled: 2, missingValues: ['ada@example.com'] }).success,
    ).toBe(false);
    expect(
      PageStatus.safeParse({ runs: 1, runsEnded: 0, fieldsFilled: 2, missingValues: { salary_expectation: '150000' } })
        .success,
    ).toBe(false);
  });
});

describe('content-side message checks', () => {
  it('accept exactly what ContentMessage accepts', () => {
    const raws: unknown[] = [
      { type: 'demo.fill' },
      { type: 'demo.status' },
      { type: 'demo.install-id' },
      { type: 'demo.fill', extra: 1 },
      { type: 'profile.get' },
      { type: 42 },
      { kind: 'demo.fill' },
      { type: 'toString' },
      {},
      null,
      'demo.fill',
      [],
    ];
    for (const raw of raws)
      expect(isContentMessage(raw), JSON.stringify(raw)).toBe(ContentMessage.safeParse(raw).success);
  });

  it('read exactly the install-id replies InstallIdReply accepts', () => {
    const raws: unknown[] = [
      { installId: 'inst-0123456789' },
      { installId: '' },
      { installId: 7 },
      { installId: 'x', extra: true },
      {},
      null,
      'inst-1',
      [],
    ];
    for (const raw of raws) {
      const parsed = InstallIdReply.safeParse(raw);
      if (parsed.success) expect(installIdOf(raw)).toBe(parsed.data.installId);
      else expect(() => installIdOf(raw), JSON.stringify(raw)).toThrow(/malformed reply/);
    }
  });
});

describe('missingValuesOf', () => {
  it("keeps the canonical names of an SDK run's missingValues, once each", () => {
    expect(missingValuesOf(['salary_expectation', 'start_date', 'salary_expectation'])).toEqual([
      'salary_expectation',
      'start_date',
    ]);
    expect(missingValuesOf(undefined)).toEqual([]);
    expect(missingValuesOf('start_date')).toEqual([]);
    expect(missingValuesOf(['start_date', 'Ada Lovelace', 42, null, 'x'.repeat(65), '__proto__'])).toEqual([
      'start_date',
    ]);
  });

  it('always gives what PageStatus accepts', () => {
    const many = Array.from({ length: 100 }, (_, index) => `field_${index}`);
    expect(missingValuesOf(many)).toHaveLength(MAX_MISSING_VALUES);
    const raws: unknown[] = [
      many,
      ['a', 'b_c', 'Upper', 'with space', 'ok9'],
      [{}, [], 'résumé', 'x'.repeat(64)],
      undefined,
    ];
    for (const raw of raws) {
      const missingValues = missingValuesOf(raw);
      expect(
        PageStatus.safeParse({ runs: 1, runsEnded: 0, fieldsFilled: 0, missingValues }).success,
        JSON.stringify(raw),
      ).toBe(true);
    }
  });
});
