import type { LearningEvent, ProfileSource, RunStatus } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';

/** A form that learns a good profile: 5 of 6 runs ok, from three installs. */
export const GOOD_FORM = { host: 'a.example', schema_hash: 'v1:000000000000000a' } as const;
/** A form whose profile the guard refuses: 1 ok of 4 verdicts. */
export const POOR_FORM = { host: 'b.example', schema_hash: 'v1:000000000000000b' } as const;
/** A third host, only ok and cancelled runs: enough support for a profile too. */
export const THIRD_FORM = { host: 'c.example', schema_hash: 'v1:000000000000000c' } as const;
/** A form no event mentions: the profile endpoint answers `unknown`. */
export const UNSEEN_FORM = { host: 'd.example', schema_hash: 'v1:000000000000000d' } as const;

/** The installs that send the traffic, in turn. */
export const INSTALLS = ['install-alpha001', 'install-beta0002', 'install-gamma003'] as const;

/**
 * The server's tuning file: the profile experiment at 50/50. The salt is fixed so the bucketing is
 * the same in every run, and chosen so that INSTALLS fall into both arms (the test checks it).
 */
export const TEST_TUNING = {
  experiments: { profile_holdout: { salt: 'prom-1', arms: { treatment: 50, holdout: 50 } } },
} as const;

/** The arms the server assigned to each install (`experiments` of its profile answer). */
export type ArmsByInstall = Readonly<Record<string, Readonly<Record<string, string>>>>;
const SOURCES: readonly ProfileSource[] = ['heuristics_only', 'local_only', 'server_only', 'merged'];

const PLAN: readonly { form: { host: string; schema_hash: string }; statuses: readonly RunStatus[] }[] = [
  { form: GOOD_FORM, statuses: ['ok', 'ok', 'ok', 'validation_error', 'ok', 'ok'] },
  {
    form: POOR_FORM,
    statuses: ['ok', 'validation_error', 'validation_error', 'cancelled', 'validation_error', 'error'],
  },
  { form: THIRD_FORM, statuses: ['ok', 'cancelled', 'ok'] },
];

/**
 * One round of sync traffic: the same mix of hosts, statuses, profile sources, durations and edit
 * sizes every round, with fresh event ids. Every round has the same proportions, so a ratio over
 * any number of rounds equals the ratio of one. Each event reports the arms its install was
 * assigned (`experiments`), as the SDK does; an install missing from `armsByInstall` reports none.
 */
export function trafficRound(armsByInstall: ArmsByInstall = {}): LearningEvent[] {
  let index = 0;
  return PLAN.flatMap(({ form, statuses }) =>
    statuses.map((status) => {
      const source = SOURCES[index % SOURCES.length] ?? 'heuristics_only';
      const installId = INSTALLS[index % INSTALLS.length] ?? INSTALLS[0];
      const arms = armsByInstall[installId];
      const event = makeEvent({
        ...form,
        install_id: installId,
        ...(arms && Object.keys(arms).length > 0 ? { experiments: { ...arms } } : {}),
        status,
        profile_source: source,
        profile_used: source === 'server_only' || source === 'merged',
        duration_ms: 3_000 + ((index * 17_000) % 90_000),
        edit_stats: { total_chars_added: (index * 7) % 40, total_chars_deleted: index % 3, per_field: {} },
      });
      index += 1;
      return event;
    }),
  );
}

/** ok / (ok + validation_error) over some events, grouped by a key; groups without verdicts are left out. */
export function expectedSuccessRatio(
  events: readonly LearningEvent[],
  key: (event: LearningEvent) => string,
): Map<string, number> {
  const counts = new Map<string, { ok: number; verdicts: number }>();
  for (const event of events) {
    if (event.status !== 'ok' && event.status !== 'validation_error') continue;
    const entry = counts.get(key(event)) ?? { ok: 0, verdicts: 0 };
    entry.verdicts += 1;
    if (event.status === 'ok') entry.ok += 1;
    counts.set(key(event), entry);
  }
  return new Map([...counts].map(([group, { ok, verdicts }]) => [group, ok / verdicts]));
}

/** Characters added + deleted per run (every status), grouped by a key. */
export function expectedEditCharsPerRun(
  events: readonly LearningEvent[],
  key: (event: LearningEvent) => string,
): Map<string, number> {
  const sums = new Map<string, { chars: number; runs: number }>();
  for (const event of events) {
    const entry = sums.get(key(event)) ?? { chars: 0, runs: 0 };
    entry.chars += event.edit_stats.total_chars_added + event.edit_stats.total_chars_deleted;
    entry.runs += 1;
    sums.set(key(event), entry);
  }
  return new Map([...sums].map(([group, { chars, runs }]) => [group, chars / runs]));
}
