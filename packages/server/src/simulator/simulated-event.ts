import { randomUUID } from 'node:crypto';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import type { SimulatedRun } from './simulate-run.ts';
import { SIMULATOR_SDK_VERSION } from '../store/report-row.ts';
import type { SimulatedForm } from './simulated-world.ts';

/** The LearningEvent an SDK would send for this run. Counts and maps only, like the real one. */
export function toLearningEvent(
  run: SimulatedRun,
  form: SimulatedForm,
  installId: string,
  experiments: Readonly<Record<string, string>>,
  occurredAt: number,
): LearningEvent {
  return {
    event_id: randomUUID(),
    install_id: installId,
    occurred_at: new Date(occurredAt).toISOString(),
    host: form.host,
    schema_hash: form.schemaHash,
    status: run.status,
    duration_ms: run.durationMs,
    fill_ms: run.fillMs,
    edit_stats: { total_chars_added: run.charsAdded, total_chars_deleted: run.charsDeleted, per_field: {} },
    suggested_map: run.suggestedMap,
    final_map: run.finalMap,
    field_sources: run.fieldSources,
    profile_used: run.profileSource === 'server_only',
    profile_source: run.profileSource,
    filled_chars: run.filledChars,
    ...(Object.keys(experiments).length > 0 ? { experiments: { ...experiments } } : {}),
    sdk_version: SIMULATOR_SDK_VERSION,
  };
}
