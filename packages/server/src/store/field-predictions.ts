import {
  LIMITS,
  type FieldFormat,
  type FieldPrediction,
  type FieldPredictions,
} from '@companion-autofill/sdk/protocol';
import type { FieldProfile } from './store-port.ts';

/** A field profile as a profile answer needs it. */
export type FieldPredictionRow = Pick<FieldProfile, 'scope' | 'fieldSignature' | 'canonical' | 'format' | 'installs'>;

/** The answer of a host without any field profile; shared, so frozen. */
export const NO_FIELD_PREDICTIONS: FieldPredictions = Object.freeze({});

/**
 * The field predictions of one host from its own field profiles and its ATS family's. Where both
 * scopes elected a signature, the host's answer wins: its own forms are the closer evidence. More
 * than `limit` signatures: the best supported (most installs; the host's before the family's on a
 * tie, then signature order) are kept, so the answer stays bounded. Keys in signature order, so
 * the same profiles always serialize alike (the ETag depends on it). Pure; the result is frozen.
 */
export function fieldPredictionsOf(
  rows: readonly FieldPredictionRow[],
  limit: number = LIMITS.maxFieldPredictions,
): FieldPredictions {
  const chosen = new Map<string, FieldPredictionRow>();
  for (const row of rows) {
    const other = chosen.get(row.fieldSignature);
    if (!other || (row.scope === 'host' && other.scope === 'family')) chosen.set(row.fieldSignature, row);
  }
  if (chosen.size === 0) return NO_FIELD_PREDICTIONS;
  const kept = [...chosen.values()]
    .sort(bySupport)
    .slice(0, limit)
    .sort((a, b) => (a.fieldSignature < b.fieldSignature ? -1 : 1));
  const predictions: FieldPredictions = {};
  for (const { fieldSignature, canonical, format } of kept) {
    // Formats were validated as FieldFormat when their events came in.
    const prediction: FieldPrediction =
      format === undefined ? { canonical } : { canonical, format: format as FieldFormat };
    predictions[fieldSignature] = Object.freeze(prediction);
  }
  return Object.freeze(predictions);
}

function bySupport(a: FieldPredictionRow, b: FieldPredictionRow): number {
  if (a.installs !== b.installs) return b.installs - a.installs;
  if (a.scope !== b.scope) return a.scope === 'host' ? -1 : 1;
  return a.fieldSignature < b.fieldSignature ? -1 : 1;
}
