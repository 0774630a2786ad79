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

/**
 * POSTs events to the sync endpoint as the SDK would: one batch per install (the server refuses a
 * batch mixing installs), in order of each install's first event. Returns the first non-200
 * answer, or 200 with the answers merged (rejected indices are positions in `events`).
 */
export async function postBatch(url: string, events: readonly unknown[]): Promise<{ status: number; body: any }> {
  const groups = new Map<unknown, number[]>();
  events.forEach((event, index) => {
    const install = (event as { install_id?: unknown } | null)?.install_id;
    groups.set(install, [...(groups.get(install) ?? []), index]);
  });
  const merged = { accepted: [] as string[], duplicates: [] as string[], rejected: [] as { index: number }[] };
  for (const indices of groups.size > 0 ? groups.values() : [[]]) {
    const response = await fetch(`${url}/api/extension/learning/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: indices.map((i) => events[i]) }),
    });
    const body = (await response.json()) as { accepted: string[]; duplicates: string[]; rejected: { index: number }[] };
    if (response.status !== 200) return { status: response.status, body };
    merged.accepted.push(...body.accepted);
    merged.duplicates.push(...body.duplicates);
    merged.rejected.push(...body.rejected.map((r: { index: number }) => ({ ...r, index: indices[r.index]! })));
  }
  merged.rejected.sort((a, b) => a.index - b.index);
  return { status: 200, body: merged };
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
