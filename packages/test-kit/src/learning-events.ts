import { randomUUID } from 'node:crypto';
import { SyncResponse, type LearningEvent } from '@companion-autofill/sdk/protocol';
import type { SeriesName } from '../../server/src/metrics/metric-names.ts';

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
 * A valid LearningEvent with nothing left to chance: its event_id is time-ordered and derived from
 * `n` (so tests can name and order events), its time and duration fixed. For tests of the SDK's
 * queue and transport, which compare ids and never reach a server that cares about the clock.
 */
export function makeNumberedEvent(n: number, overrides: Partial<LearningEvent> = {}): LearningEvent {
  return makeEvent({
    event_id: `0190f5f2-7c3a-7b1e-9d2a-${n.toString(16).padStart(12, '0')}`,
    install_id: 'install-test-0001',
    occurred_at: '2026-11-27T10:00:00.000Z',
    host: 'boards.greenhouse.io',
    schema_hash: 'v1:0123456789abcdef',
    duration_ms: 1_000 + n,
    fill_ms: 12,
    suggested_map: { '[name="email"]': 'email' },
    final_map: { '[name="email"]': 'email' },
    field_sources: { '[name="email"]': 'heuristic' },
    ...overrides,
  });
}

/** What {@link postBatch} saw. */
export interface BatchAnswer {
  /** 200 when every batch was answered 200, else the first other status. */
  status: number;
  /** The merged answer, checked against the wire contract; empty when a batch was refused. */
  body: SyncResponse;
  /** The refusing answer's body as sent (an error from the catalog, or the rate limiter's). */
  refusal?: unknown;
}

/**
 * POSTs events to the sync endpoint as the SDK would: one batch per install (the server refuses a
 * batch mixing installs), in order of each install's first event. Stops at the first non-200
 * answer; else returns 200 with the answers merged (rejected indices are positions in `events`).
 */
export async function postBatch(url: string, events: readonly unknown[]): Promise<BatchAnswer> {
  const groups = new Map<unknown, number[]>();
  events.forEach((event, index) => {
    const install = (event as { install_id?: unknown } | null)?.install_id;
    groups.set(install, [...(groups.get(install) ?? []), index]);
  });
  const merged: SyncResponse = { accepted: [], duplicates: [], rejected: [] };
  for (const indices of groups.size > 0 ? groups.values() : [[]]) {
    const response = await fetch(`${url}/api/extension/learning/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: indices.map((i) => events[i]) }),
    });
    const answer: unknown = await response.json();
    if (response.status !== 200)
      return { status: response.status, body: { accepted: [], duplicates: [], rejected: [] }, refusal: answer };
    const body = SyncResponse.parse(answer);
    merged.accepted.push(...body.accepted);
    merged.duplicates.push(...body.duplicates);
    merged.rejected.push(...body.rejected.map((r) => ({ ...r, index: indices[r.index]! })));
  }
  merged.rejected.sort((a, b) => a.index - b.index);
  return { status: 200, body: merged };
}

/**
 * Reads one sample's value from a Prometheus text exposition; 0 when absent. The name is typed by the
 * metric-name table, so a renamed metric is a compile error in every test that reads it.
 */
export function metricValue(text: string, name: SeriesName, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (
      Object.entries(labels).every(([k, v]) => found[k] === v) &&
      Object.keys(found).length === Object.keys(labels).length
    ) {
      return Number(match[3]);
    }
  }
  return 0;
}
