import { expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import type { AggregationRow } from '../../src/store/store-port.ts';
import { describeEachStore, freshStorePerTest } from './describe-each-store.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-27T12:00:00Z');

async function collect(chunks: AsyncIterable<AggregationRow[]>): Promise<AggregationRow[][]> {
  const all: AggregationRow[][] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

describeEachStore('EventStore contract', (backend) => {
  const opened = freshStorePerTest(backend);

  it('stores new events once and reports repeats as duplicates, also within one batch', async () => {
    const { events } = opened().store;
    const a = makeEvent();
    const b = makeEvent();
    expect(await events.insertEvents([a], NOW)).toEqual(new Set([a.event_id]));
    const stored = await events.insertEvents([a, b, b], NOW);
    expect(stored).toEqual(new Set([b.event_id]));
    expect(await events.insertEvents([a, b], NOW)).toEqual(new Set());
    expect(await events.insertEvents([], NOW)).toEqual(new Set());
    const rows = (await collect(events.windowEvents(0))).flat();
    expect(rows.map((r) => r.installId)).toHaveLength(2);
  });

  it('two processes storing the same batch at once store each event exactly once', async () => {
    const { store, openSibling } = opened();
    const sibling = await openSibling();
    const batch = Array.from({ length: 50 }, (_, i) =>
      makeEvent({ install_id: `install-${String(i).padStart(4, '0')}` }),
    );
    const [x, y] = await Promise.all([store.events.insertEvents(batch, NOW), sibling.events.insertEvents(batch, NOW)]);
    expect(x.size + y.size).toBe(50);
    expect(new Set([...x, ...y])).toEqual(new Set(batch.map((e) => e.event_id)));
  });

  it('reads back what the aggregator needs, field by field', async () => {
    const { events } = opened().store;
    const event = makeEvent({
      install_id: 'install-fields01',
      occurred_at: new Date(NOW - 1_000).toISOString(),
      status: 'validation_error',
      duration_ms: 12_345,
      edit_stats: { total_chars_added: 7, total_chars_deleted: 3, per_field: { '#a': { added: 7, deleted: 3 } } },
      final_map: { '#a': 'email', 'input[name="x y"]': 'first_name' },
    });
    await events.insertEvents([event], NOW);
    const [row] = (await collect(events.windowEvents(0))).flat();
    expect(row).toEqual({
      host: event.host,
      schemaHash: event.schema_hash,
      installId: 'install-fields01',
      status: 'validation_error',
      occurredAt: NOW - 1_000,
      durationMs: 12_345,
      editChars: 10,
      finalMap: { '#a': 'email', 'input[name="x y"]': 'first_name' },
      fieldSignatures: new Map(),
      fieldFormats: new Map(),
    });
  });

  it('reads back the field signatures and formats of each event, and none for events without them', async () => {
    const { events } = opened().store;
    const fields = {
      suggested_map: { '#tel': 'phone', '#when': 'start_date' },
      final_map: { '#tel': 'phone', '#when': 'start_date', '#pro': 'leave_alone' },
      field_signatures: {
        '#tel': 'f1:00000000000000a1',
        '#when': 'f1:00000000000000a2',
        '#pro': 'f1:00000000000000a3',
      },
    };
    await events.insertEvents(
      [
        makeEvent({
          install_id: 'install-sig00001',
          ...fields,
          field_formats: { '#tel': 'phone_national', '#when': 'date_us' },
        }),
        makeEvent({ install_id: 'install-sig00002', ...fields, field_formats: { '#tel': 'phone_e164' } }),
        makeEvent({ install_id: 'install-sig00003', ...fields }),
        makeEvent({ install_id: 'install-old00001' }),
      ],
      NOW,
    );
    const rows = (await collect(events.windowEvents(0))).flat().sort((a, b) => (a.installId < b.installId ? -1 : 1));
    expect(
      rows.map((r) => [r.installId, Object.fromEntries(r.fieldSignatures), Object.fromEntries(r.fieldFormats)]),
    ).toEqual([
      ['install-old00001', {}, {}],
      ['install-sig00001', fields.field_signatures, { '#tel': 'phone_national', '#when': 'date_us' }],
      ['install-sig00002', fields.field_signatures, { '#tel': 'phone_e164' }],
      ['install-sig00003', fields.field_signatures, {}],
    ]);
  });

  it('streams the lookback window ordered by form, in chunks of the asked size', async () => {
    const { events } = opened().store;
    const since = NOW - 30 * DAY;
    const forms = [
      ['b.example.com', 'v1:0000000000000001'],
      ['a.example.com', 'v1:000000000000000f'],
      ['a.example.com', 'v1:0000000000000002'],
      ['a-b.example.com', 'v1:0000000000000001'],
    ] as const;
    const batch = forms.flatMap(([host, schema_hash], f) =>
      [0, 1, 2].map((i) =>
        makeEvent({
          host,
          schema_hash,
          install_id: `install-${f}-${i}-xx`,
          occurred_at: new Date(since + (i + f) * 1_000).toISOString(),
        }),
      ),
    );
    const old = makeEvent({ host: 'a.example.com', occurred_at: new Date(since - 1).toISOString() });
    const boundary = makeEvent({ host: 'z.example.com', occurred_at: new Date(since).toISOString() });
    await events.insertEvents([...batch.reverse(), old, boundary], NOW);

    const chunks = await collect(events.windowEvents(since, 5));
    expect(chunks.map((c) => c.length)).toEqual([5, 5, 3]);
    const rows = chunks.flat();
    const keys = rows.map((r) => `${r.host} ${r.schemaHash}`);
    // Byte order, as SQLite's BINARY collation sorts: '-' (0x2d) before '.' (0x2e).
    expect([...new Set(keys)]).toEqual([
      'a-b.example.com v1:0000000000000001',
      'a.example.com v1:0000000000000002',
      'a.example.com v1:000000000000000f',
      'b.example.com v1:0000000000000001',
      'z.example.com v1:00000000000000aa',
    ]);
    expect(rows.some((r) => r.occurredAt < since)).toBe(false); // the old one is outside the lookback
    expect(rows.filter((r) => r.host === 'z.example.com')).toHaveLength(1); // the boundary is inside
  });

  it('an empty window yields no chunk at all', async () => {
    expect(await collect(opened().store.events.windowEvents(0))).toEqual([]);
  });

  it('leaving the stream early frees what it held: the store keeps working', async () => {
    const { events } = opened().store;
    await events.insertEvents(
      Array.from({ length: 30 }, () => makeEvent()),
      NOW,
    );
    // More early exits than the PostgreSQL test pool has connections: a leaked cursor would hang here.
    for (let i = 0; i < 6; i++) {
      for await (const chunk of events.windowEvents(0, 4)) {
        expect(chunk).toHaveLength(4);
        break;
      }
    }
    await events.ping();
    expect((await collect(events.windowEvents(0, 100))).flat()).toHaveLength(30);
  });

  it('deletes one install and prunes before a cutoff, returning the counts', async () => {
    const { events } = opened().store;
    await events.insertEvents(
      [
        makeEvent({ install_id: 'install-gone0001' }),
        makeEvent({ install_id: 'install-gone0001' }),
        makeEvent({ install_id: 'install-kept0001', occurred_at: new Date(NOW - 40 * DAY).toISOString() }),
        makeEvent({ install_id: 'install-kept0001' }),
      ],
      NOW,
    );
    expect(await events.deleteInstall('install-gone0001')).toBe(2);
    expect(await events.deleteInstall('install-gone0001')).toBe(0);
    expect(await events.pruneBefore(NOW - 30 * DAY)).toBe(1);
    expect((await collect(events.windowEvents(0))).flat().map((r) => r.installId)).toEqual(['install-kept0001']);
    await opened().store.housekeep();
  });
});
