import type { ProfileSource, RunStatus } from '@companion-autofill/sdk/protocol';

/** One stored event, reduced to what the impact report reads. Counts and times only. */
export interface ReportRow {
  /** The unit of randomization: the sample ratio check counts installs, not runs. */
  installId: string;
  status: RunStatus;
  editChars: number;
  durationMs: number;
  profileSource: ProfileSource;
  /** experiment name → arm this run was exposed to. */
  experiments: Readonly<Record<string, string>>;
}
