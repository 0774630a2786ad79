import { join } from 'node:path';
import Fastify from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { createSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { maintenancePlugin } from './maintenance-plugin.ts';

const DAY = 86_400_000;

afterEach(() => {
  vi.useRealTimers();
});

async function countEvents(store: ReturnType<typeof createSqliteStore>): Promise<number> {
  let count = 0;
  for await (const chunk of store.events.windowEvents(0)) count += chunk.length;
  return count;
}

describe('maintenancePlugin', () => {
  it('prunes events past retention on its schedule, and stops on close', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const now = Date.parse('2026-11-27T00:00:00Z');
    const store = createSqliteStore(join(makeTempDir(), 'm.db'));
    await store.events.insertEvents(
      [
        makeEvent({ occurred_at: new Date(now - 200 * DAY).toISOString() }),
        makeEvent({ occurred_at: new Date(now - DAY).toISOString() }),
      ],
      now,
    );

    const app = Fastify();
    await app.register(maintenancePlugin, { store, retentionDays: 180, clock: () => now, everyMs: DAY });
    await app.ready();
    expect(await countEvents(store)).toBe(2);

    await vi.advanceTimersByTimeAsync(60_000); // first pass a minute after start
    // The prune itself runs on the writer thread: wait for it to land.
    await vi.waitFor(async () => expect(await countEvents(store)).toBe(1));

    await store.events.insertEvents([makeEvent({ occurred_at: new Date(now - 300 * DAY).toISOString() })], now);
    await vi.advanceTimersByTimeAsync(DAY); // then daily
    await vi.waitFor(async () => expect(await countEvents(store)).toBe(1));

    await app.close();
    expect(vi.getTimerCount()).toBe(0);
    await store.close();
  });
});
