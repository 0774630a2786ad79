import { join } from 'node:path';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { UserStatsResponse } from '@companion-autofill/sdk/protocol';
import { statsRoute } from '../src/routes/stats-route.ts';
import { createSqliteUserStatsStore, INSTALL_TOTALS_SQL } from '../src/store/sqlite/sqlite-user-stats-store.ts';
import { openDatabase } from '../src/store/sqlite/open-database.ts';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
const INSTALL = 'install-stats0001';
const MAP = { '[name="a"]': 'first_name', '[name="b"]': 'last_name', '[name="c"]': 'email' };

let closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close();
  closers = [];
});

async function setup() {
  const path = join(makeTempDir(), 'companion.db');
  const sqlite = createSqliteStore(path);
  const db = openDatabase(path);
  const app = Fastify();
  await app.register(statsRoute, { stats: createSqliteUserStatsStore(db), clock: () => NOW });
  closers.push(
    () => void db.close(),
    () => sqlite.close(),
    () => app.close(),
  );
  const events = sqlite.events;
  /** Stores an event as the sync route does; `filledChars` lands in details as the event store keeps it. */
  async function store(daysAgo: number, overrides: Parameters<typeof makeEvent>[0] = {}, filledChars?: number) {
    const event = makeEvent({
      install_id: INSTALL,
      occurred_at: new Date(NOW - daysAgo * DAY).toISOString(),
      final_map: MAP,
      ...overrides,
    });
    await events.insertEvents([event], NOW);
    if (filledChars !== undefined) {
      db.prepare(`UPDATE autofill_events SET details = json_set(details, '$.filled_chars', ?) WHERE event_id = ?`).run(
        filledChars,
        event.event_id,
      );
    }
  }
  return { db, app, store };
}

describe('GET /api/extension/learning/stats', () => {
  it("sums this week's runs of the asking install only", async () => {
    const { app, store } = await setup();
    const edits = (added: number, deleted: number) => ({
      total_chars_added: added,
      total_chars_deleted: deleted,
      per_field: {},
    });
    await store(1, { edit_stats: edits(10, 5) }, 120);
    await store(3, { status: 'validation_error', edit_stats: edits(20, 0) }, 80);
    await store(6.9, {}, 50);
    await store(8, {}, 10_000); // last week: outside
    await store(1, { install_id: 'install-other0002' }, 10_000); // someone else
    const response = await app.inject({ method: 'GET', url: `/api/extension/learning/stats?install_id=${INSTALL}` });
    expect(response.statusCode).toBe(200);
    const body = UserStatsResponse.parse(response.json());
    // filled 120 + 80 + 50 = 250; edited 15 + 20 = 35; saved 215; 215 / 200 = 1.075 → 1.1 min
    expect(body).toEqual({
      window_days: 7,
      since: '2026-11-20T12:00:00.000Z',
      runs: 3,
      successful_runs: 2,
      chars_filled: 250,
      runs_with_estimated_fill: 0,
      chars_edited: 35,
      keystrokes_saved: 215,
      minutes_saved: 1.1,
      typing_chars_per_minute: 200,
    });
    expect(response.headers['cache-control']).toBe('private, no-cache');
  });

  it('estimates the filled characters of events that do not carry filled_chars', async () => {
    const { app, store } = await setup();
    await store(1); // 3 suggested fields × 15 = 45
    await store(2, {}, 30);
    const body = (
      await app.inject({ method: 'GET', url: `/api/extension/learning/stats?install_id=${INSTALL}` })
    ).json();
    expect(body).toMatchObject({ runs: 2, chars_filled: 75, runs_with_estimated_fill: 1, keystrokes_saved: 75 });
  });

  it('answers zeros for an install without events', async () => {
    const { app } = await setup();
    const body = (
      await app.inject({ method: 'GET', url: '/api/extension/learning/stats?install_id=install-nobody01' })
    ).json();
    expect(body).toMatchObject({ runs: 0, chars_filled: 0, chars_edited: 0, keystrokes_saved: 0, minutes_saved: 0 });
  });

  it('answers 400 to a missing, malformed or unknown parameter', async () => {
    const { app } = await setup();
    for (const query of ['', '?install_id=x', `?install_id=${INSTALL}&host=a.com`]) {
      const response = await app.inject({ method: 'GET', url: `/api/extension/learning/stats${query}` });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toBe('CA_ERR_INVALID_QUERY');
    }
  });

  it('reads through the (install_id, occurred_at) index', async () => {
    const { db } = await setup();
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${INSTALL_TOTALS_SQL}`).all(INSTALL, 0) as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toMatch(
      /SEARCH autofill_events USING INDEX autofill_events_install \(install_id=\? AND occurred_at>\?\)/,
    );
  });
});
