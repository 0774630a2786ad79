import type Database from 'better-sqlite3';
import { fieldPredictionRows, type StoredField } from '../field-profile-groups.ts';
import { fieldPredictionsOf } from '../field-predictions.ts';
import { profileFromRow, type FormProfileRow } from '../form-profile-row.ts';
import { withPin } from '../pinned-profile.ts';
import type { FieldScope, ProfileStore, StoredFormProfile } from '../store-port.ts';
import type { FieldPredictions } from '@companion-autofill/sdk/protocol';

/** The maps are JSON text in SQLite. */
type ProfileRow = Omit<FormProfileRow, 'canonical_map' | 'format_map'> & { canonical_map: string; format_map: string };

/** Forms (and hosts) whose answer is kept between requests; past it the cache starts over. */
const CACHED_FORMS_MAX = 20_000;

/**
 * Profiles by form and field predictions by host, read through a cache: every profile GET asks
 * for both, and between aggregator runs the answers never change.
 *
 * The cache holds while `profiles_version` stands still, checked on every call (a one-row primary-key
 * read). Every run that replaces the profiles moves it in the same transaction, whichever process or
 * connection commits it (the in-process aggregator, the `aggregate` CLI), and so does every pin, so the cache can never
 * serve a profile a committed run replaced; event writes, which go on all the time, leave it alone.
 * Cached answers are frozen, since every caller shares them.
 */
export function createSqliteProfileStore(db: Database.Database): ProfileStore {
  const select = db.prepare('SELECT * FROM form_profiles WHERE host = ? AND schema_hash = ?');
  const selectPin = db.prepare(
    'SELECT canonical_map, format_map FROM pinned_profiles WHERE host = ? AND schema_hash = ?',
  );
  const selectFields = db.prepare(
    `SELECT scope, fields FROM field_profiles WHERE (scope = 'host' AND key = ?) OR (scope = 'family' AND key = ?)`,
  );
  const profilesVersion = db.prepare('SELECT version FROM profiles_version WHERE id = 1').pluck();
  const forms = new Map<string, StoredFormProfile | null>();
  const hosts = new Map<string, FieldPredictions>();
  let cachedAt = -1;

  /** Drops both caches when a run has committed since they were filled (or they grew too large). */
  function checkVersion(): void {
    const version = profilesVersion.get() as number;
    if (version !== cachedAt || forms.size >= CACHED_FORMS_MAX || hosts.size >= CACHED_FORMS_MAX) {
      forms.clear();
      hosts.clear();
      cachedAt = version;
    }
  }

  return {
    async getProfile(host, schemaHash) {
      checkVersion();
      const key = `${host} ${schemaHash}`;
      let profile = forms.get(key);
      if (profile === undefined) {
        const row = select.get(host, schemaHash) as ProfileRow | undefined;
        const pin = selectPin.get(host, schemaHash) as { canonical_map: string; format_map: string } | undefined;
        profile = row ? toProfile(row) : null;
        if (pin) {
          const maps = {
            canonicalMap: Object.freeze(JSON.parse(pin.canonical_map)),
            formatMap: Object.freeze(JSON.parse(pin.format_map)),
          };
          profile = Object.freeze(withPin(host, schemaHash, profile ?? undefined, maps));
        }
        forms.set(key, profile);
      }
      return profile ?? undefined;
    },
    async getFieldPredictions(host, family) {
      checkVersion();
      const key = `${host} ${family ?? ''}`;
      let predictions = hosts.get(key);
      if (predictions === undefined) {
        const groups = selectFields.all(host, family ?? null) as { scope: FieldScope; fields: string }[];
        predictions = fieldPredictionsOf(
          groups.flatMap(({ scope, fields }) => fieldPredictionRows(scope, JSON.parse(fields) as StoredField[])),
        );
        hosts.set(key, predictions);
      }
      return predictions;
    },
  };
}

/** Cached profiles are shared by every caller, so they are frozen, maps included. */
function toProfile(row: ProfileRow): StoredFormProfile {
  return Object.freeze(
    profileFromRow({
      ...row,
      canonical_map: Object.freeze(JSON.parse(row.canonical_map) as Record<string, string>),
      format_map: Object.freeze(JSON.parse(row.format_map) as Record<string, string>),
    }),
  );
}
