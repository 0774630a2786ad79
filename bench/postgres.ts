/**
 * PostgreSQL beside SQLite on the same data: ingest through `store.insertEvents` (batches of 50, as
 * the SDK's outbox sends them) and one aggregation of a generated window. Figures, not pass/fail.
 *
 *   pnpm bench postgres                                  (with the others: pnpm bench)
 *   node --import tsx bench/postgres.ts                  (alone)
 *   COMPANION_BENCH_PG_EVENTS=10000000 node --import tsx bench/postgres.ts   (the 10M sizing run)
 *
 * PostgreSQL: COMPANION_BENCH_DATABASE_URL, else COMPANION_TEST_DATABASE_URL, else the local one
 * scripts/ensure-postgres.sh sets up. Everything goes into a throw-away schema, dropped at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregateProfiles } from '../packages/server/src/aggregator/aggregate-profiles.ts';
import { aggregateWindow } from '../packages/server/src/aggregator/aggregate-window.ts';
import { createAggregatorRunner } from '../packages/server/src/aggregator/aggregator-runner.ts';
import { DEFAULT_SUPPORT } from '../packages/server/src/aggregator/support-thresholds.ts';
import { createPostgresStore } from '../packages/server/src/store/postgres/postgres-store.ts';
import { createSqliteStore } from '../packages/server/src/store/sqlite/sqlite-store.ts';
import type { Store } from '../packages/server/src/store/store-port.ts';
import type { Benchmark, BenchContext, Figure } from './support/benchmark.ts';
import { generateAggregationData, type AggregationData } from './support/aggregation-data.ts';
import {
  copySqliteEventsToPostgres,
  freshSchema,
  TEST_DATABASE_URL,
} from '../packages/server/test/support/postgres-schema.ts';
import { renderTable } from './support/render-table.ts';
import { syntheticEvents } from './support/synthetic-events.ts';

const BATCH = 50;
const INGEST_EVENTS = 30_000;
const IN_FLIGHT = 8;
const DAY_MS = 86_400_000;

function aggregationShape(): AggregationData {
  const events = Number(process.env.COMPANION_BENCH_PG_EVENTS ?? 1_000_000);
  if (!Number.isSafeInteger(events) || events < 1_000)
    throw new RangeError('COMPANION_BENCH_PG_EVENTS must be an integer ≥ 1000');
  return {
    events,
    forms: Math.max(100, Math.round(events / 200)),
    fields: 10,
    installs: Math.max(1_000, Math.round(events / 20)),
    days: 28,
  };
}

export const postgresBenchmark: Benchmark = {
  name: 'postgres',
  title: 'PostgreSQL store beside SQLite: insertEvents rate and one aggregation of the same window',
  async run(context) {
    const database = await freshSchema('bench', process.env.COMPANION_BENCH_DATABASE_URL || TEST_DATABASE_URL);
    const pgStore = await createPostgresStore(database.url, { poolSize: IN_FLIGHT + 2 });
    const sqlitePath = join(context.workDir, 'bench.db');
    try {
      const ingest = await ingestFigures(context, pgStore, join(context.workDir, 'ingest.db'));
      const shape = aggregationShape();
      context.log(
        `aggregation: generating ${shape.events.toLocaleString('en-US')} events in SQLite, copying them to PostgreSQL`,
      );
      generateAggregationData(sqlitePath, shape);
      await pgStore.events.pruneBefore(Number.MAX_SAFE_INTEGER); // the ingest phase's rows
      const copy = await copySqliteEventsToPostgres(sqlitePath, database.url);
      const aggregation = await aggregationFigures(context, pgStore, sqlitePath);
      return {
        figures: [...ingest, ...aggregation],
        conditions: [
          `ingest: ${INGEST_EVENTS.toLocaleString('en-US')} synthetic events in batches of ${BATCH} through store.insertEvents, in-process (no HTTP); PostgreSQL on loopback, synchronous_commit on`,
          `aggregation window: ${shape.events.toLocaleString('en-US')} events, ${shape.forms.toLocaleString('en-US')} forms × ${shape.fields} fields, ${shape.installs.toLocaleString('en-US')} installs, ${shape.days} days; every tenth run disagrees on one field`,
          `PostgreSQL table + indexes: ${(copy.bytes / 1_048_576).toFixed(0)} MiB for the window`,
          `server settings as installed (shared_buffers, work_mem untouched); ${cpus().length} cores shared by Node and PostgreSQL`,
        ],
      };
    } finally {
      await pgStore.close();
      await database.drop();
    }
  },
};

async function ingestFigures(context: BenchContext, pgStore: Store, sqlitePath: string): Promise<Figure[]> {
  const events = syntheticEvents(INGEST_EVENTS, {
    forms: 2_000,
    hosts: 150,
    installs: 5_000,
    startMs: Date.now() - 3_600_000,
  });
  const batches = Array.from({ length: Math.ceil(events.length / BATCH) }, (_, i) =>
    events.slice(i * BATCH, (i + 1) * BATCH),
  );
  const sqlite = createSqliteStore(sqlitePath);
  context.log('ingest: SQLite, one batch at a time');
  const sqliteRate = await insertRate(sqlite, batches, 1);
  await sqlite.close();
  context.log('ingest: PostgreSQL, one batch at a time');
  const pgSerial = await insertRate(pgStore, batches, 1);
  await pgStore.events.pruneBefore(Number.MAX_SAFE_INTEGER);
  context.log(`ingest: PostgreSQL, ${IN_FLIGHT} batches in flight`);
  const pgParallel = await insertRate(pgStore, batches, IN_FLIGHT);
  const baseline = {
    label: 'SQLite store.insertEvents, one batch at a time (its only mode: one writer)',
    value: sqliteRate,
  };
  return [
    { name: 'SQLite insertEvents', value: sqliteRate, unit: 'events/s' },
    { name: 'PostgreSQL insertEvents, 1 in flight', value: pgSerial, unit: 'events/s', baseline },
    {
      name: `PostgreSQL insertEvents, ${IN_FLIGHT} in flight`,
      value: pgParallel,
      unit: 'events/s',
      baseline,
      note: 'what several replicas (or one replica under concurrent requests) get',
    },
  ];
}

async function insertRate(
  store: Store,
  batches: readonly (readonly Parameters<Store['events']['insertEvents']>[0][number][])[],
  inFlight: number,
): Promise<number> {
  let next = 0;
  let stored = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < batches.length) {
        // Read `stored` only after the await: `stored += await …` would lose concurrent updates.
        const added = (await store.events.insertEvents(batches[next++]!, Date.now())).size;
        stored += added;
      }
    }),
  );
  return stored / ((performance.now() - started) / 1000);
}

async function aggregationFigures(context: BenchContext, pgStore: Store, sqlitePath: string): Promise<Figure[]> {
  const since = Date.now() - 30 * DAY_MS;
  const sqlite = createSqliteStore(sqlitePath);
  try {
    context.log('aggregation: SQLite, window streamed through the pure aggregation');
    const sqliteAgg = await timed(() => aggregateProfiles(sqlite.events.windowEvents(since), DEFAULT_SUPPORT));
    context.log(
      'aggregation: PostgreSQL, window grouped in SQL, voted by the pure aggregation (what the runner does there)',
    );
    const sqlAgg = await timed(() => aggregateWindow(pgStore.events, since, DEFAULT_SUPPORT));
    context.log('aggregation: PostgreSQL, window streamed through a cursor into the pure aggregation');
    const streamedAgg = await timed(() => aggregateProfiles(pgStore.events.windowEvents(since), DEFAULT_SUPPORT));
    const same =
      JSON.stringify(sqlAgg.result) === JSON.stringify(streamedAgg.result) &&
      JSON.stringify(sqlAgg.result) === JSON.stringify(sqliteAgg.result);
    context.log('aggregation: full runs (aggregate + replace profiles in one transaction)');
    const runner = (store: Store) =>
      createAggregatorRunner({ store, lookbackDays: 30, support: DEFAULT_SUPPORT, log: () => {} });
    const sqliteRun = await timed(() => runner(sqlite).runOnce());
    const pgRun = await timed(() => runner(pgStore).runOnce());
    const baseline = {
      label: 'SQLite: window streamed through the pure aggregation (what the runner does there)',
      value: sqliteAgg.ms,
    };
    return [
      {
        name: 'SQLite aggregation',
        value: sqliteAgg.ms,
        unit: 'ms',
        note: `${sqliteAgg.result.profiles.length.toLocaleString('en-US')} profiles from ${sqliteAgg.result.eventsRead.toLocaleString('en-US')} events`,
      },
      {
        name: 'PostgreSQL aggregation grouped in SQL',
        value: sqlAgg.ms,
        unit: 'ms',
        baseline,
        note: same
          ? 'profiles identical to both streamed aggregations'
          : 'PROFILES DIFFER from the streamed aggregation',
      },
      {
        name: 'PostgreSQL aggregation streamed',
        value: streamedAgg.ms,
        unit: 'ms',
        baseline,
        note: 'server-side cursor, 2 000 rows per FETCH',
      },
      { name: 'SQLite full aggregator run', value: sqliteRun.ms, unit: 'ms' },
      {
        name: 'PostgreSQL full aggregator run',
        value: pgRun.ms,
        unit: 'ms',
        baseline: { label: 'SQLite full aggregator run', value: sqliteRun.ms },
      },
    ];
  } finally {
    await sqlite.close();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

// Run alone: `node --import tsx bench/postgres.ts`.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const workDir = mkdtempSync(join(tmpdir(), 'companion-bench-postgres-'));
  try {
    const report = await postgresBenchmark.run({ workDir, log: (message) => process.stderr.write(`  ${message}\n`) });
    process.stdout.write(
      `${renderTable([{ name: postgresBenchmark.name, title: postgresBenchmark.title, report }])}\n`,
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
