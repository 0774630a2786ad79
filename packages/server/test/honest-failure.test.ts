import { describe, expect, it } from 'vitest';
import { makeEvent, metricValue, postBatch } from '@companion-autofill/test-kit/learning-events';
import { startServersPerTest } from '@companion-autofill/test-kit/server-process';
import { readStoredEventIds } from '@companion-autofill/test-kit/stored-events';

const startServer = startServersPerTest();

/** An event of 60 fields with 100-char selectors: a few kilobytes, so a small cap fills in a few batches. */
function bulkyEvent(install: string) {
  const map = Object.fromEntries(
    Array.from({ length: 60 }, (_, i) => [
      `#field-${i}-${'x'.repeat(90)}-${Math.random().toString(36).slice(2)}`,
      'email',
    ]),
  );
  return makeEvent({
    install_id: install,
    suggested_map: map,
    final_map: map,
    field_sources: Object.fromEntries(Object.keys(map).map((s) => [s, 'heuristic' as const])),
  });
}

/** Issue #15 items 7 and 9: a full disk looked healthy (500 to syncs, /healthz 200, no readiness). */
describe('honest failure (#15)', () => {
  it('a full database answers 503 + Retry-After, /readyz says full while /healthz stays 200, a metric counts it, and nothing acknowledged is lost', async () => {
    const server = await startServer({ env: { COMPANION_DB_MAX_BYTES: String(512 * 1024) } });
    const acknowledged: string[] = [];
    let refused: Response | undefined;
    for (let batch = 0; batch < 200 && !refused; batch++) {
      const events = Array.from({ length: 10 }, () => bulkyEvent(`install-full-${String(batch).padStart(4, '0')}`));
      const response = await fetch(`${server.url}/api/extension/learning/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      });
      if (response.status === 200) acknowledged.push(...((await response.json()) as { accepted: string[] }).accepted);
      else refused = response;
    }
    expect(refused?.status).toBe(503);
    expect(refused?.headers.get('retry-after')).toBe('30');
    expect(await refused?.json()).toEqual({
      error: 'CA_ERR_STORAGE_UNAVAILABLE',
      message: 'the database cannot take writes now (full): nothing was stored, retry after Retry-After seconds',
    });
    expect(acknowledged.length).toBeGreaterThan(0);

    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('30');
    expect(await ready.json()).toEqual({ error: 'CA_ERR_NOT_READY', message: 'not ready: full' });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(
      metricValue(metrics, 'applylens_autofill_db_write_failures_total', { reason: 'full' }),
    ).toBeGreaterThanOrEqual(1);
    expect(metricValue(metrics, 'applylens_autofill_storage_ready')).toBe(0);
    // Profiles are still served: a full disk does not stop reads.
    expect(
      (
        await fetch(
          `${server.url}/api/extension/learning/profile?host=jobs.example.com&schema_hash=v1:00000000000000aa`,
        )
      ).status,
    ).toBe(200);

    await server.stop();
    const stored = new Set(readStoredEventIds(server.dbPath));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });

  it('/readyz is 200 while writes work', async () => {
    const server = await startServer();
    expect((await postBatch(server.url, [makeEvent()])).status).toBe(200);
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});
