import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FIELD_FORMATS, LearningEvent, LIMITS } from '@companion-autofill/sdk/protocol';
import { makeEvent, postBatch } from '@companion-autofill/test-kit/learning-events';
import { startServersPerTest } from '@companion-autofill/test-kit/server-process';

const startServer = startServersPerTest();

/** What the issue measured before the caps (#15 item 6): one maximum-size legal event, stored. */
const STORED_BYTES_BEFORE = 529_000;

/**
 * The largest event the contract accepts: every selector-keyed map full (entries and selector
 * characters), distinct selectors wherever the contract allows them, every string at its longest,
 * every count at its maximum. `seed` makes its selectors unique, so nothing is shared in storage.
 */
function maximumLegalEvent(seed: number): LearningEvent {
  const width = Math.floor(LIMITS.maxSelectorCharsPerMap / LIMITS.maxFieldsPerForm);
  const selectors = (set: string) =>
    Array.from({ length: LIMITS.maxFieldsPerForm }, (_, i) => {
      const head = `#${set}${seed}-${i}-`;
      return head + 'x'.repeat(Math.min(width, LIMITS.maxSelectorLength) - head.length);
    });
  const [suggested, final, drafted] = [selectors('s'), selectors('f'), selectors('d')];
  const canonical = `c${'a'.repeat(63)}`;
  const longestFormat = [...FIELD_FORMATS].sort((a, b) => b.length - a.length)[0]!;
  const token = (i: number) => `e${String(i).padStart(31, '0')}`;
  return {
    ...makeEvent(),
    event_id: randomUUID(),
    install_id: 'i'.repeat(LIMITS.maxInstallIdLength),
    host: `${'h'.repeat(63)}.${'h'.repeat(63)}.${'h'.repeat(63)}.${'h'.repeat(61)}`,
    duration_ms: LIMITS.maxDurationMs,
    fill_ms: LIMITS.maxFillMs,
    edit_stats: {
      total_chars_added: LIMITS.maxEditChars,
      total_chars_deleted: LIMITS.maxEditChars,
      per_field: Object.fromEntries(
        suggested.map((s) => [s, { added: LIMITS.maxEditChars, deleted: LIMITS.maxEditChars }]),
      ),
    },
    suggested_map: Object.fromEntries(suggested.map((s) => [s, canonical])),
    final_map: Object.fromEntries(final.map((s) => [s, canonical])),
    field_sources: Object.fromEntries(final.map((s) => [s, 'server_field'])),
    field_signatures: Object.fromEntries(suggested.map((s, i) => [s, `f1:${i.toString(16).padStart(16, '0')}`])),
    field_formats: Object.fromEntries(final.map((s) => [s, longestFormat])) as LearningEvent['field_formats'],
    draft_stats: Object.fromEntries(
      drafted
        .slice(0, LIMITS.maxDraftsPerRun)
        .map((s) => [s, { drafted_chars: LIMITS.maxEditChars, edit_chars: LIMITS.maxEditChars }]),
    ),
    filled_chars: LIMITS.maxEditChars,
    experiments: Object.fromEntries(Array.from({ length: LIMITS.maxExperiments }, (_, i) => [token(i), token(i)])),
    gen_style_id: 'g'.repeat(64),
    sdk_version: 'v'.repeat(32),
  };
}

function storedBytes(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT sum(pgsize) AS bytes FROM dbstat').get() as { bytes: number }).bytes;
  } finally {
    db.close();
  }
}

describe('size caps (#15)', () => {
  it('a maximum-size legal event is stored in well under the ~529 KB it took before the caps', async () => {
    const events = Array.from({ length: 10 }, (_, i) => maximumLegalEvent(i));
    for (const event of events) expect(LearningEvent.safeParse(event).success).toBe(true);
    // One entry more, or one selector character more, and it is no longer legal.
    const over = maximumLegalEvent(99);
    const [first] = Object.keys(over.suggested_map);
    expect(
      LearningEvent.safeParse({ ...over, suggested_map: { ...over.suggested_map, [`${first}y`]: 'email' } }).success,
    ).toBe(false);

    const server = await startServer();
    const before = storedBytes(server.dbPath);
    const { status, body } = await postBatch(server.url, events);
    expect(status).toBe(200);
    expect(body.accepted).toHaveLength(events.length);
    await server.stop();
    const perEvent = (storedBytes(server.dbPath) - before) / events.length;
    const wireBytes = JSON.stringify(events[0]).length;
    console.log(
      `maximum legal event: ${(wireBytes / 1024).toFixed(1)} KB as JSON, ${(perEvent / 1024).toFixed(1)} KB stored (SQLite pages); was ~${STORED_BYTES_BEFORE / 1000} KB`,
    );
    expect(perEvent).toBeLessThan(STORED_BYTES_BEFORE / 4);
  });
});
