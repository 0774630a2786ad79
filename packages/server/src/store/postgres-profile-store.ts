import type pg from 'pg';
import { fieldPredictionRows, type StoredField } from './field-profile-groups.ts';
import { fieldPredictionsOf } from './field-predictions.ts';
import { profileFromRow, type FormProfileRow } from './form-profile-row.ts';
import type { FieldScope, ProfileStore } from './store-port.ts';

/** bigint columns arrive as text from pg. */
type ProfileRow = Omit<FormProfileRow, 'last_event_at' | 'run_id'> & { last_event_at: string; run_id: string };

/** Profiles on PostgreSQL: one primary-key lookup per request for the form, two for the field predictions. */
export function createPostgresProfileStore(pool: pg.Pool): ProfileStore {
  return {
    async getProfile(host, schemaHash) {
      const { rows } = await pool.query<ProfileRow>('SELECT * FROM form_profiles WHERE host = $1 AND schema_hash = $2', [host, schemaHash]);
      const row = rows[0];
      return row && profileFromRow({ ...row, last_event_at: Number(row.last_event_at), run_id: Number(row.run_id) });
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
