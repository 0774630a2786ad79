import type { ProfileSource, RunStatus } from '@companion-autofill/sdk/protocol';

/**
 * The SDK version `companion-server simulate` sends, so the report tells simulated events from real
 * traffic (and states the simulator's assumption beside them).
 */
export const SIMULATOR_SDK_VERSION = '0.0.0-sim';

/** One stored event, reduced to what the impact report reads. Counts and times only. */
export interface ReportRow {
  /** The unit of randomization: the sample ratio check counts installs, not runs. */
  installId: string;
  status: RunStatus;
  editChars: number;
  durationMs: number;
  profileSource: ProfileSource;
  /** Open questions the run drafted, and the characters the person changed in those drafts. */
  draftedFields: number;
  draftEditChars: number;
  /** experiment name → arm this run was exposed to. */
  experiments: Readonly<Record<string, string>>;
  /** Sent by `companion-server simulate`: the report then states the simulator's assumption. */
  simulated: boolean;
}

/** The event columns the report selects, as both stores name them. */
export interface ReportColumns {
  install_id: string;
  status: RunStatus;
  edit_chars: number;
  duration_ms: number;
  profile_source: ProfileSource;
  /** From the event's details document; null when absent. */
  sdk_version: string | null;
  /** From the details document; null for events stored before drafts were measured. */
  draft_fields: number | null;
  draft_edit_chars: number | null;
}

/**
 * A report row from the selected columns and the decoded experiments document. Only string arms
 * count: the document is stored JSON, and anything else in it is not an exposure.
 */
export function reportRowFrom(columns: ReportColumns, experiments: unknown): ReportRow {
  const arms: Record<string, string> = {};
  if (typeof experiments === 'object' && experiments !== null && !Array.isArray(experiments)) {
    for (const [name, arm] of Object.entries(experiments)) if (typeof arm === 'string') arms[name] = arm;
  }
  return {
    installId: columns.install_id,
    status: columns.status,
    editChars: columns.edit_chars,
    durationMs: columns.duration_ms,
    profileSource: columns.profile_source,
    draftedFields: Number(columns.draft_fields ?? 0),
    draftEditChars: Number(columns.draft_edit_chars ?? 0),
    experiments: arms,
    simulated: columns.sdk_version === SIMULATOR_SDK_VERSION,
  };
}
