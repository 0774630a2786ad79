import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { schemaVersion } from './migrations.ts';
import { openDatabase } from './open-database.ts';
import { formKey } from '../form-key.ts';
import { flipFromRow, type FlipRow } from '../flip-row.ts';
import {
  VOTE_ALARMS,
  type DefenceStore,
  type PinnedProfile,
  type Quarantine,
  type QuarantineKind,
  type VoteAlarm,
} from '../store-port.ts';

/** The Sybil defences' tables in SQLite, on the request connection (they are small and written rarely). */
export function createSqliteDefenceStore(db: Database.Database): DefenceStore {
  const histories = db.prepare('SELECT install_id, first_seen_at, network_key, accepted_runs FROM installs').raw(true);
  const addQuarantine = db.prepare('INSERT OR IGNORE INTO quarantines (kind, key, created_at) VALUES (?, ?, ?)');
  const dropQuarantine = db.prepare('DELETE FROM quarantines WHERE kind = ? AND key = ?');
  const listQuarantines = db.prepare('SELECT kind, key, created_at FROM quarantines ORDER BY created_at, kind, key');
  const bumpProfilesVersion = db.prepare('UPDATE profiles_version SET version = version + 1 WHERE id = 1');
  const upsertPin = db.prepare(`
    INSERT INTO pinned_profiles (host, schema_hash, canonical_map, format_map, pinned_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (host, schema_hash) DO UPDATE SET canonical_map = excluded.canonical_map, format_map = excluded.format_map, pinned_at = excluded.pinned_at`);
  const dropPin = db.prepare('DELETE FROM pinned_profiles WHERE host = ? AND schema_hash = ?');
  const listPins = db.prepare(
    'SELECT host, schema_hash, canonical_map, format_map, pinned_at FROM pinned_profiles ORDER BY host, schema_hash',
  );
  const servedMaps = db.prepare('SELECT host, schema_hash, canonical_map FROM form_profiles').raw(true);
  const recentFlips = db.prepare(`
    SELECT run_id, flipped_at, host, schema_hash, selector, from_canonical, to_canonical FROM mapping_flips
    ORDER BY run_id DESC, rowid DESC LIMIT ?`);
  const flipCount = db.prepare('SELECT count(*) FROM mapping_flips').pluck();
  const alarmed = db.prepare(`
    SELECT host, schema_hash, vote_alarm, distinct_installs, distinct_networks FROM form_profiles
    WHERE vote_alarm IS NOT NULL ORDER BY host, schema_hash`);
  const alarmCounts = db.prepare(
    'SELECT vote_alarm, count(*) AS forms FROM form_profiles WHERE vote_alarm IS NOT NULL GROUP BY vote_alarm',
  );
  const quarantineCounts = db.prepare('SELECT kind, count(*) AS n FROM quarantines GROUP BY kind');
  const pinCount = db.prepare('SELECT count(*) FROM pinned_profiles').pluck();
  // Pins change what is served now: they move the version readers cache on, as a committed run does.
  const pin = db.transaction((p: PinnedProfile) => {
    upsertPin.run(p.host, p.schemaHash, JSON.stringify(p.canonicalMap), JSON.stringify(p.formatMap), p.pinnedAt);
    bumpProfilesVersion.run();
  });
  const unpin = db.transaction((host: string, schemaHash: string) => {
    const removed = dropPin.run(host, schemaHash).changes === 1;
    if (removed) bumpProfilesVersion.run();
    return removed;
  });

  return {
    async installHistories() {
      return (histories.all() as [string, number, string, number][]).map(
        ([installId, firstSeenAt, networkKey, acceptedRuns]) => ({
          installId,
          firstSeenAt,
          networkKey,
          acceptedRuns,
        }),
      );
    },
    async quarantine(kind, key, now) {
      return addQuarantine.run(kind, key, now).changes === 1;
    },
    async release(kind, key) {
      return dropQuarantine.run(kind, key).changes === 1;
    },
    async quarantines() {
      return (listQuarantines.all() as { kind: QuarantineKind; key: string; created_at: number }[]).map(
        (r): Quarantine => ({ kind: r.kind, key: r.key, createdAt: r.created_at }),
      );
    },
    async pin(profile) {
      pin.immediate(profile);
    },
    async unpin(host, schemaHash) {
      return unpin.immediate(host, schemaHash);
    },
    async pins() {
      return (
        listPins.all() as {
          host: string;
          schema_hash: string;
          canonical_map: string;
          format_map: string;
          pinned_at: number;
        }[]
      ).map((r) => ({
        host: r.host,
        schemaHash: r.schema_hash,
        canonicalMap: JSON.parse(r.canonical_map) as Record<string, string>,
        formatMap: JSON.parse(r.format_map) as Record<string, string>,
        pinnedAt: r.pinned_at,
      }));
    },
    async servedMaps() {
      const maps = new Map<string, Record<string, string>>();
      for (const [host, schemaHash, map] of servedMaps.iterate() as IterableIterator<[string, string, string]>) {
        maps.set(formKey(host, schemaHash), JSON.parse(map) as Record<string, string>);
      }
      return maps;
    },
    async recentFlips(limit) {
      return (recentFlips.all(limit) as FlipRow[]).map(flipFromRow);
    },
    async alarmedForms() {
      return (
        alarmed.all() as {
          host: string;
          schema_hash: string;
          vote_alarm: VoteAlarm;
          distinct_installs: number;
          distinct_networks: number;
        }[]
      ).map((r) => ({
        host: r.host,
        schemaHash: r.schema_hash,
        voteAlarm: r.vote_alarm,
        distinctInstalls: r.distinct_installs,
        distinctNetworks: r.distinct_networks,
      }));
    },
    async totals() {
      const alarms = Object.fromEntries(VOTE_ALARMS.map((a) => [a, 0])) as Record<VoteAlarm, number>;
      for (const { vote_alarm, forms } of alarmCounts.all() as { vote_alarm: VoteAlarm; forms: number }[])
        alarms[vote_alarm] = forms;
      const quarantines: Record<QuarantineKind, number> = { install: 0, network: 0 };
      for (const { kind, n } of quarantineCounts.all() as { kind: QuarantineKind; n: number }[]) quarantines[kind] = n;
      return { flips: flipCount.get() as number, alarms, quarantines, pins: pinCount.get() as number };
    },
  };
}

/** The schema version that added the defences' tables. */
const DEFENCES_SCHEMA_VERSION = 6;

/**
 * The defences of a SQLite file on a read-only connection of its own, for the report CLI; undefined
 * when the file is missing or older than the defences' tables.
 */
export function openSqliteDefenceReader(path: string): { defences: DefenceStore; close(): void } | undefined {
  if (!existsSync(path)) return undefined;
  const db = openDatabase(path, { readonly: true });
  if (schemaVersion(db) < DEFENCES_SCHEMA_VERSION) {
    db.close();
    return undefined;
  }
  return { defences: createSqliteDefenceStore(db), close: () => db.close() };
}
