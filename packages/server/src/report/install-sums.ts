import type { ReportRow } from '../store/report-row.ts';
import type { InstallSums } from '../store/report-store.ts';

export function emptyInstallSums(): InstallSums {
  return {
    runs: 0,
    ok: 0,
    validationErrors: 0,
    failures: 0,
    editChars: 0,
    durationMs: 0,
    draftedFields: 0,
    draftEditChars: 0,
  };
}

/** Adds one run to an install's sums (mutates `sums`). */
export function addRunTo(
  sums: InstallSums,
  row: Pick<ReportRow, 'status' | 'editChars' | 'durationMs' | 'draftedFields' | 'draftEditChars'>,
): void {
  sums.runs += 1;
  if (row.status === 'ok') sums.ok += 1;
  else if (row.status === 'validation_error') sums.validationErrors += 1;
  else sums.failures += 1;
  sums.editChars += row.editChars;
  sums.durationMs += row.durationMs;
  sums.draftedFields += row.draftedFields;
  sums.draftEditChars += row.draftEditChars;
}

/** install_id → sums: what a group of runs becomes at the install level. */
export type InstallSumsById = ReadonlyMap<string, InstallSums>;

/** Collects rows into per-install sums. */
export function createInstallSumsAccumulator() {
  const byInstall = new Map<string, InstallSums>();
  return {
    add(row: ReportRow): void {
      let sums = byInstall.get(row.installId);
      if (!sums) byInstall.set(row.installId, (sums = emptyInstallSums()));
      addRunTo(sums, row);
    },
    sums: (): InstallSumsById => byInstall,
  };
}
