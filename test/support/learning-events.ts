import { randomUUID } from 'node:crypto';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';

/**
 * A valid LearningEvent for tests, with overrides. The event id is random unless given, so every
 * call stores a new event.
 */
export function makeEvent(overrides: Partial<LearningEvent> = {}): LearningEvent {
  const finalMap = overrides.final_map ?? { '[name="email"]': 'email', '[name="first"]': 'first_name' };
  const source = overrides.profile_source ?? 'heuristics_only';
  return {
    event_id: randomUUID(),
    install_id: 'install-aaaa0001',
    occurred_at: new Date().toISOString(),
    host: 'jobs.example.com',
    schema_hash: 'v1:00000000000000aa',
    status: 'ok',
    duration_ms: 30_000,
    fill_ms: 15,
    edit_stats: { total_chars_added: 0, total_chars_deleted: 0, per_field: {} },
    suggested_map: finalMap,
    final_map: finalMap,
    field_sources: Object.fromEntries(Object.keys(finalMap).map((selector) => [selector, 'heuristic' as const])),
    profile_used: source === 'server_only' || source === 'merged',
    profile_source: source,
    sdk_version: '0.1.0',
    ...overrides,
  };
}

/** POSTs a batch to the sync endpoint; returns status and parsed body. */
export async function postBatch(url: string, events: readonly unknown[]): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/api/extension/learning/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  return { status: response.status, body: await response.json() };
}

/** Reads one sample's value from a Prometheus text exposition; 0 when absent. */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v) && Object.keys(found).length === Object.keys(labels).length) {
      return Number(match[3]);
    }
  }
  return 0;
}
