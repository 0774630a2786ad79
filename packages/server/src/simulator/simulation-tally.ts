import type { RunStatus } from '@companion-autofill/sdk/protocol';

/** Arm label for runs the server exposed to no profile experiment. */
export const NO_ARM = '(none)';

export interface ArmTally {
  runs: number;
  ok: number;
  validationErrors: number;
  editChars: number;
  /** Runs where the server's map was applied. */
  profileRuns: number;
}

export interface CycleTally {
  cycle: number;
  arms: Record<string, ArmTally>;
  profileAnswers: Record<string, number>;
  accepted: number;
  rejected: number;
  aggregation: string;
}

/** Counts one cycle's runs by profile_holdout arm. */
export function createCycleTally(cycle: number): CycleTally & {
  addRun(arm: string, status: RunStatus, editChars: number, usedProfile: boolean): void;
  addAnswer(status: string): void;
} {
  const tally: CycleTally = { cycle, arms: {}, profileAnswers: {}, accepted: 0, rejected: 0, aggregation: 'none' };
  return Object.assign(tally, {
    addRun(arm: string, status: RunStatus, editChars: number, usedProfile: boolean) {
      const entry = (tally.arms[arm] ??= { runs: 0, ok: 0, validationErrors: 0, editChars: 0, profileRuns: 0 });
      entry.runs += 1;
      if (status === 'ok') entry.ok += 1;
      if (status === 'validation_error') entry.validationErrors += 1;
      entry.editChars += editChars;
      if (usedProfile) entry.profileRuns += 1;
    },
    addAnswer(status: string) {
      tally.profileAnswers[status] = (tally.profileAnswers[status] ?? 0) + 1;
    },
  });
}

/** ok / (ok + validation_error), or null. */
export function successRatio(tally: ArmTally): number | null {
  const decided = tally.ok + tally.validationErrors;
  return decided === 0 ? null : tally.ok / decided;
}

/** The progress line printed after each cycle. */
export function formatCycleLine(tally: CycleTally, cycles: number): string {
  const arms = Object.entries(tally.arms)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([arm, t]) =>
        `${arm}: ${t.runs} runs, success ${formatRatio(successRatio(t))}, edit chars/run ${(t.editChars / Math.max(1, t.runs)).toFixed(1)}, profile applied ${t.profileRuns}`,
    )
    .join(' | ');
  const answers = Object.entries(tally.profileAnswers)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${status} ${n}`)
    .join(', ');
  return `cycle ${tally.cycle}/${cycles}: ${arms} || profile answers: ${answers} || events accepted ${tally.accepted}, rejected ${tally.rejected} || aggregation: ${tally.aggregation}`;
}

/** The final summary: one row per cycle and arm, then the totals per arm. */
export function formatSummary(tallies: readonly CycleTally[]): string {
  const rows: string[][] = [['cycle', 'arm', 'runs', 'success', 'edit chars/run', 'profile applied']];
  const totals: Record<string, ArmTally> = {};
  for (const tally of tallies) {
    for (const [arm, t] of Object.entries(tally.arms).sort(([a], [b]) => a.localeCompare(b))) {
      rows.push([
        String(tally.cycle),
        arm,
        String(t.runs),
        formatRatio(successRatio(t)),
        (t.editChars / Math.max(1, t.runs)).toFixed(1),
        String(t.profileRuns),
      ]);
      const total = (totals[arm] ??= { runs: 0, ok: 0, validationErrors: 0, editChars: 0, profileRuns: 0 });
      total.runs += t.runs;
      total.ok += t.ok;
      total.validationErrors += t.validationErrors;
      total.editChars += t.editChars;
      total.profileRuns += t.profileRuns;
    }
  }
  for (const [arm, t] of Object.entries(totals).sort(([a], [b]) => a.localeCompare(b))) {
    rows.push([
      'all',
      arm,
      String(t.runs),
      formatRatio(successRatio(t)),
      (t.editChars / Math.max(1, t.runs)).toFixed(1),
      String(t.profileRuns),
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
}

function formatRatio(ratio: number | null): string {
  return ratio === null ? 'n/a' : `${(ratio * 100).toFixed(1)}%`;
}
