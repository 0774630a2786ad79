import { describe, expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { startServersPerTest } from '@companion-autofill/test-kit/server-process';

const startServer = startServersPerTest();
const EMAIL = 'jane.doe@example.com';

/** Issue #15 item 3: logs grew as fast as an attacker sent, and wrote a key `jane.doe@example.com` verbatim. */
describe('bounded logs (#15)', () => {
  it('a key that is an email and a 1 MB key leave bounded logs that never contain the email', async () => {
    const server = await startServer({ env: { COMPANION_LOG_LEVEL: 'debug' } });
    const before = server.logs().length;
    const hugeKey = `#${'a'.repeat(1_000_000)}`;
    const attacks = [
      { ...makeEvent(), [EMAIL]: 'x' },
      makeEvent({ final_map: { [EMAIL]: 'email' }, suggested_map: {}, field_sources: {} }),
      makeEvent({ final_map: { [hugeKey]: 'email' }, suggested_map: {}, field_sources: {} }),
      makeEvent({
        edit_stats: { total_chars_added: 0, total_chars_deleted: 0, per_field: { [EMAIL]: { added: -1, deleted: 0 } } },
      }),
      { ...makeEvent(), event_id: EMAIL },
    ];
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const response = await fetch(`${server.url}/api/extension/learning/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events: attacks, ...(i % 2 === 0 ? { [EMAIL]: hugeKey } : {}) }),
      });
      statuses.push(response.status);
      expect(await response.text()).not.toContain(EMAIL);
    }
    expect(statuses.filter((s) => s === 200).length).toBe(15);
    expect(statuses.filter((s) => s === 400).length).toBe(15);
    const written = server.logs().slice(before);
    expect(written).not.toContain(EMAIL);
    expect(written).not.toContain('a'.repeat(250));
    // 30 requests carrying ~30 MB: the identical-line limit keeps the log to a few lines.
    expect(written.length).toBeLessThan(20_000);
  });
});
