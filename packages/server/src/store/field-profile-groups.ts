import type { FieldPredictionRow } from './field-predictions.ts';
import type { FieldProfile, FieldScope } from './store-port.ts';

/** One field profile as stored: `[signature, canonical, format or null, installs]`. */
export type StoredField = [fieldSignature: string, canonical: string, format: string | null, installs: number];

/** The field profiles of one scope key (a host, a family), as one row: they are written and read together. */
export interface FieldProfileGroup {
  scope: FieldScope;
  key: string;
  fields: StoredField[];
}

/**
 * The field profiles grouped by (scope, key), one group per row of `field_profiles`. A host's or a
 * family's profiles are only ever read together (every profile request reads its host's and its
 * family's), so a row per group instead of per signature makes the commit ~30 times fewer inserts.
 */
export function groupFieldProfiles(profiles: readonly FieldProfile[]): FieldProfileGroup[] {
  const groups = new Map<string, FieldProfileGroup>();
  for (const { scope, key, fieldSignature, canonical, format, installs } of profiles) {
    const id = `${scope}\u0000${key}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { scope, key, fields: [] }));
    group.fields.push([fieldSignature, canonical, format ?? null, installs]);
  }
  return [...groups.values()];
}

/** The rows a stored group holds, as the predictions read them. */
export function fieldPredictionRows(scope: FieldScope, fields: readonly StoredField[]): FieldPredictionRow[] {
  return fields.map(([fieldSignature, canonical, format, installs]) =>
    format === null
      ? { scope, fieldSignature, canonical, installs }
      : { scope, fieldSignature, canonical, format, installs },
  );
}
