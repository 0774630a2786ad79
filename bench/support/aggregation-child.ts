/**
 * Process entry for the aggregation benchmark, run under `--trace-gc` so the parent can read the
 * heap high-water from the GC trace (the runner never yields to the event loop, so an in-process
 * sampler could not see its peak). Prints one line `@result <json>` at the end.
 *
 * argv: <mode: run|scan> <db path>
 *   run  — one run of the real aggregator runner (createSqliteStore + createAggregatorRunner) with
 *          the default support thresholds and lookback;
 *   scan — the baseline: the store's window stream read to the end (rows decoded, maps parsed),
 *          nothing aggregated: what reading the window costs before any vote is counted.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createAggregatorRunner } from '../../packages/server/src/aggregator/aggregator-runner.ts';
import { loadConfig } from '../../packages/server/src/config/load-config.ts';
import { createSqliteStore } from '../../packages/server/src/store/sqlite/sqlite-store.ts';

const [mode, dbPath] = process.argv.slice(2);
if ((mode !== 'run' && mode !== 'scan') || !dbPath) throw new Error('usage: aggregation-child.ts run|scan <db>');

/** Peak resident set size of this process so far (kernel's high-water mark, mapped files included), bytes. */
function peakRssBytes(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

const config = loadConfig({});
const store = createSqliteStore(dbPath);
const result: Record<string, unknown> = { rssBeforeBytes: process.memoryUsage().rss };
const cpuBefore = process.cpuUsage();
const started = performance.now();
if (mode === 'run') {
  const runner = createAggregatorRunner({
    store,
    lookbackDays: config.aggLookbackDays,
    support: { minRuns: config.minSupportRuns, minInstalls: config.minSupportInstalls, minShare: config.minVoteShare },
    log: () => undefined,
  });
  result.summary = await runner.runOnce();
} else {
  let rows = 0;
  for await (const chunk of store.events.windowEvents(Date.now() - config.aggLookbackDays * 86_400_000))
    rows += chunk.length;
  result.rows = rows;
}
result.wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
result.cpuMs = (cpu.user + cpu.system) / 1000;
result.peakRssBytes = peakRssBytes();
await store.close();
if (mode === 'run') {
  // After the measured part: what the run wrote besides the form profiles.
  const db = new Database(dbPath, { readonly: true });
  result.fieldProfiles = db
    .prepare('SELECT scope, count(*) AS count FROM field_profiles GROUP BY scope ORDER BY scope')
    .all();
  db.close();
}
process.stdout.write(`\n@result ${JSON.stringify(result)}\n`);
