import type { AlarmedForm, DefenceStore, PinnedProfile, Quarantine, StoredFlip } from '../store/store-port.ts';

/** What the report shows of the Sybil defences: who is quarantined, what is pinned, what flipped, which forms look attacked. */
export interface DefenceReport {
  quarantines: Quarantine[];
  pins: PinnedProfile[];
  flips: StoredFlip[];
  alarmedForms: AlarmedForm[];
}

/** Flips the report lists, newest first. */
const REPORTED_FLIPS = 20;

/** Reads the defences' state. Does not mutate. */
export async function collectDefenceReport(
  defences: Pick<DefenceStore, 'quarantines' | 'pins' | 'recentFlips' | 'alarmedForms'>,
): Promise<DefenceReport> {
  const [quarantines, pins, flips, alarmedForms] = await Promise.all([
    defences.quarantines(),
    defences.pins(),
    defences.recentFlips(REPORTED_FLIPS),
    defences.alarmedForms(),
  ]);
  return { quarantines, pins, flips, alarmedForms };
}

/** The defences as a plain-text section under the impact table. Pure. */
export function renderDefenceReport({ quarantines, pins, flips, alarmedForms }: DefenceReport): string {
  const lines = ['', 'Poisoning defences (SECURITY.md; levers in docs/OPS.md, "Sybil defences")'];
  const section = (title: string, rows: string[]) => {
    lines.push(`  ${title}: ${rows.length === 0 ? 'none' : ''}`);
    for (const row of rows) lines.push(`    ${row}`);
  };
  section(
    'quarantined',
    quarantines.map((q) => `${q.kind} ${q.key} since ${new Date(q.createdAt).toISOString()}`),
  );
  section(
    'pinned',
    pins.map(
      (p) =>
        `${p.host} ${p.schemaHash}: ${Object.keys(p.canonicalMap).length} fields since ${new Date(p.pinnedAt).toISOString()}`,
    ),
  );
  section(
    `flips (newest ${REPORTED_FLIPS})`,
    flips.map(
      (f) =>
        `run ${f.runId} ${new Date(f.flippedAt).toISOString()} ${f.host} ${f.schemaHash} ${f.selector}: ${f.from} -> ${f.to}`,
    ),
  );
  section(
    'forms with a vote alarm',
    alarmedForms.map(
      (f) =>
        `${f.host} ${f.schemaHash}: ${f.voteAlarm} (${f.distinctInstalls} installs, ${f.distinctNetworks} voting networks)`,
    ),
  );
  return `${lines.join('\n')}\n`;
}
