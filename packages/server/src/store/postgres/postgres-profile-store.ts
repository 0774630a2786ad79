import type pg from 'pg';
import { fieldPredictionRows, type StoredField } from '../field-profile-groups.ts';
import { fieldPredictionsOf } from '../field-predictions.ts';
import { profileFromRow, type FormProfileRow } from '../form-profile-row.ts';
import { withPin } from '../pinned-profile.ts';
import type { FieldScope, ProfileStore } from '../store-port.ts';

/** bigint columns arrive as text from pg. */
type ProfileRow = Omit<FormProfileRow, 'last_event_at' | 'run_id'> & { last_event_at: string; run_id: string };

/** Profiles on PostgreSQL: two primary-key lookups per request for the form (its profile, its pin), one for the field predictions. */
export function createPostgresProfileStore(pool: pg.Pool): ProfileStore {
  return {
    async getProfile(host, schemaHash) {
      const [{ rows }, pinned] = await Promise.all([
        pool.query<ProfileRow>('SELECT * FROM form_profiles WHERE host = $1 AND schema_hash = $2', [host, schemaHash]),
        pool.query<{ canonical_map: Record<string, string>; format_map: Record<string, string> }>(
          'SELECT canonical_map, format_map FROM pinned_profiles WHERE host = $1 AND schema_hash = $2',
          [host, schemaHash],
        ),
      ]);
      const row = rows[0];
      const learned =
        row && profileFromRow({ ...row, last_event_at: Number(row.last_event_at), run_id: Number(row.run_id) });
      const pin = pinned.rows[0];
      return pin
        ? withPin(host, schemaHash, learned, { canonicalMap: pin.canonical_map, formatMap: pin.format_map })
        : learned;
    },
    async getFieldPredictions(host, family) {
      const { rows } = await pool.query<{ scope: FieldScope; fields: StoredField[] }>(
        `SELECT scope, fields FROM field_profiles WHERE (scope = 'host' AND key = $1) OR (scope = 'family' AND key = $2)`,
        [host, family ?? null],
      );
      return fieldPredictionsOf(rows.flatMap(({ scope, fields }) => fieldPredictionRows(scope, fields)));
    },
  };
}
