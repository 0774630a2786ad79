import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent, metricValue, postBatch } from '@companion-autofill/test-kit/learning-events';
import { startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { readStoredEventIds } from '@companion-autofill/test-kit/stored-events';

let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess({ env: { COMPANION_BODY_LIMIT_BYTES: '65536' } });
});
afterAll(async () => {
  await server.stop();
});

async function metrics(): Promise<string> {
  return (await fetch(`${server.url}/metrics`)).text();
}

/** Every stored event id, sorted (repeats kept, so a duplicate would show). */
function storedIds(): string[] {
  return readStoredEventIds(server.dbPath).sort();
}

describe('POST /api/extension/learning/sync over HTTP', () => {
  it('stores new events, reports duplicates and rejects invalid ones, moving metrics only for new events', async () => {
    const first = makeEvent({
      host: 'a.example.com',
      status: 'ok',
      duration_ms: 4_000,
      edit_stats: {
        total_chars_added: 3,
        total_chars_deleted: 2,
        per_field: { '[name="email"]': { added: 3, deleted: 2 } },
      },
    });
    expect((await postBatch(server.url, [first])).body.accepted).toEqual([first.event_id]);

    const fresh = makeEvent({ host: 'a.example.com', status: 'validation_error', duration_ms: 7_000 });
    const invalid = { ...makeEvent(), duration_ms: -5 };
    const { status, body } = await postBatch(server.url, [fresh, first, invalid]);
    expect(status).toBe(200);
    expect(body).toEqual({
      accepted: [fresh.event_id],
      duplicates: [first.event_id],
      rejected: [{ event_id: invalid.event_id, index: 2, reason: 'duration_ms: too small (min 0)' }],
    });
    expect(storedIds()).toEqual([first.event_id, fresh.event_id].sort());

    const text = await metrics();
    expect(metricValue(text, 'applylens_autofill_runs_total', { status: 'ok', host: 'a.example.com' })).toBe(1);
    expect(
      metricValue(text, 'applylens_autofill_runs_total', { status: 'validation_error', host: 'a.example.com' }),
    ).toBe(1);
    expect(metricValue(text, 'applylens_autofill_edit_chars_total', { host: 'a.example.com' })).toBe(5);
    expect(metricValue(text, 'applylens_autofill_time_ms_count', { host: 'a.example.com' })).toBe(2);
    expect(metricValue(text, 'applylens_autofill_time_ms_sum', { host: 'a.example.com' })).toBe(11_000);
    expect(metricValue(text, 'applylens_autofill_events_ingested_total', { result: 'stored' })).toBe(2);
    expect(metricValue(text, 'applylens_autofill_events_ingested_total', { result: 'duplicate' })).toBe(1);
    expect(metricValue(text, 'applylens_autofill_events_ingested_total', { result: 'rejected' })).toBe(1);
    expect(
      metricValue(text, 'applylens_autofill_runs_by_source_total', { profile_source: 'heuristics_only', status: 'ok' }),
    ).toBe(1);
  });

  it('does not double count a retried batch', async () => {
    const batch = [makeEvent({ host: 'retry.example.com' }), makeEvent({ host: 'retry.example.com' })];
    await postBatch(server.url, batch);
    const again = await postBatch(server.url, batch);
    expect(again.body.accepted).toEqual([]);
    expect(again.body.duplicates).toHaveLength(2);
    expect(
      metricValue(await metrics(), 'applylens_autofill_runs_total', { status: 'ok', host: 'retry.example.com' }),
    ).toBe(2);
  });

  it('treats a repeated id within one batch as a duplicate', async () => {
    const event = makeEvent();
    const { body } = await postBatch(server.url, [event, event]);
    expect(body.accepted).toEqual([event.event_id]);
    expect(body.duplicates).toEqual([event.event_id]);
  });

  it('rejects events from a clock more than a day ahead', async () => {
    const event = makeEvent({ occurred_at: new Date(Date.now() + 3 * 86_400_000).toISOString() });
    const { body } = await postBatch(server.url, [event]);
    expect(body.rejected[0]?.reason).toBe('occurred_at: more than a day in the future');
  });

  it('answers 400 naming the problem when the body is not a batch', async () => {
    for (const [payload, reason] of [
      [{ events: [] }, 'events: too small (min 1 items)'],
      [{ events: Array.from({ length: 101 }, () => ({})) }, 'events: too big (max 100 items)'],
      [{ events: [makeEvent()], extra: true }, '(root): unknown key (name not shown)'],
    ] as const) {
      const response = await fetch(`${server.url}/api/extension/learning/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'CA_ERR_INVALID_BATCH', message: `not a sync batch: ${reason}` });
    }
    const broken = await fetch(`${server.url}/api/extension/learning/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"events": [',
    });
    expect(broken.status).toBe(400);
  });

  it('answers 413 to a body over the limit and 415 to a non-JSON body', async () => {
    const big = await fetch(`${server.url}/api/extension/learning/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: [makeEvent()], pad: 'x'.repeat(70_000) }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: string }).error).toBe('CA_ERR_BODY_TOO_LARGE');
    const text = await fetch(`${server.url}/api/extension/learning/sync`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(text.status).toBe(415);
  });

  it('answers /healthz when the database does', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
