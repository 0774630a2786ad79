import { describe, expect, it } from 'vitest';
import { RUN_REPORT_OUTCOMES as SDK_OUTCOMES } from '@companion-autofill/sdk/content';
import { installIdOf, isContentMessage } from './content-message-checks.ts';
import { ContentMessage, InstallIdReply, PageStatus, RUN_REPORT_OUTCOMES } from './demo-messages.ts';

describe('demo messages', () => {
  it('mirror the SDK run outcomes exactly', () => {
    expect(RUN_REPORT_OUTCOMES).toEqual(SDK_OUTCOMES);
  });

  it('refuse a page status carrying anything but counts and labels', () => {
    expect(PageStatus.safeParse({ runs: 1, fieldsFilled: 2, profileSource: 'merged' }).success).toBe(true);
    expect(PageStatus.safeParse({ runs: 1, fieldsFilled: 2, values: { email: 'a@b.c' } }).success).toBe(false);
  });
});

describe('content-side message checks', () => {
  it('accept exactly what ContentMessage accepts', () => {
    const raws: unknown[] = [
      { type: 'demo.fill' }, { type: 'demo.status' }, { type: 'demo.install-id' }, { type: 'demo.fill', extra: 1 },
      { type: 'profile.get' }, { type: 42 }, { kind: 'demo.fill' }, { type: 'toString' }, {}, null, 'demo.fill', [],
    ];
    for (const raw of raws) expect(isContentMessage(raw), JSON.stringify(raw)).toBe(ContentMessage.safeParse(raw).success);
  });

  it('read exactly the install-id replies InstallIdReply accepts', () => {
    const raws: unknown[] = [
      { installId: 'inst-0123456789' }, { installId: '' }, { installId: 7 }, { installId: 'x', extra: true }, {}, null, 'inst-1', [],
    ];
    for (const raw of raws) {
      const parsed = InstallIdReply.safeParse(raw);
      if (parsed.success) expect(installIdOf(raw)).toBe(parsed.data.installId);
      else expect(() => installIdOf(raw), JSON.stringify(raw)).toThrow(/malformed reply/);
    }
  });
});
