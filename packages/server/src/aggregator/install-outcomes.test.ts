import { describe, expect, it } from 'vitest';
import { guardStatsOf, type InstallOutcome } from './install-outcomes.ts';
import type { Voter } from './voting-context.ts';

const outcome = (
  installId: string,
  ok: number,
  verdicts: number,
  editChars = 0,
  runs = verdicts || 1,
): InstallOutcome => ({ installId, ok, verdicts, editChars, runs });

/** Installs named `<network>-<n>`; those in `standing` stand as said there, the rest vote. */
function voting(standing: Record<string, Voter['standing']> = {}, networkCap = 0) {
  return {
    networkCap,
    voterOf: (installId: string): Voter => ({
      network: installId.split('-')[0]!,
      standing: standing[installId] ?? 'voter',
    }),
  };
}

const honest = ['a-1', 'b-1', 'c-1', 'd-1', 'e-1'].map((id) => outcome(id, 9, 10, 20, 10));

describe('guardStatsOf', () => {
  it('gives one install flooding failures one value among the installs (issue #15, item 2)', () => {
    const stats = guardStatsOf([...honest, outcome('f-1', 0, 100)], voting());
    expect(stats.guardSuccessRate).toBe(0.9); // pooled, the same runs give (45 + 0) / 150 = 0.3
  });

  it('gives one 2,000,000-character edit one value among the installs (issue #15, item 2)', () => {
    const stats = guardStatsOf([...honest, outcome('f-1', 1, 1, 2_000_000)], voting());
    expect(stats.guardEditChars).toBe(2); // pooled, ~39,000 chars per run
  });

  it('lets installs from a minority of networks move nothing, however many there are', () => {
    const attackers = ['x', 'y', 'z'].flatMap((network) =>
      Array.from({ length: 50 }, (_, i) => outcome(`${network}-${i}`, 0, 10, 1e6, 10)),
    );
    expect(guardStatsOf([...honest, ...attackers], voting())).toMatchObject({
      guardSuccessRate: 0.9,
      guardEditChars: 2,
      distinctNetworks: 8,
    });
  });

  it('counts a network once: the median of its installs', () => {
    const stats = guardStatsOf(
      [outcome('a-1', 1, 1), outcome('a-2', 0, 1), outcome('a-3', 0, 1), outcome('b-1', 1, 1)],
      voting(),
    );
    expect(stats.guardSuccessRate).toBe(0.5); // median of a's 0 and b's 1
  });

  it('leaves new and quarantined installs out, and has no success rate without a verdict', () => {
    const stats = guardStatsOf(
      [outcome('a-1', 0, 0, 0, 3), outcome('b-1', 0, 5, 900), outcome('c-1', 0, 5, 900)],
      voting({ 'b-1': 'new', 'c-1': 'quarantined' }),
    );
    expect(stats).toEqual({ guardSuccessRate: null, guardEditChars: 0, distinctNetworks: 1, voteAlarm: null });
  });

  it('raises an alarm when most installs are new, or most voters sit on networks past the cap', () => {
    const fresh = guardStatsOf(
      [outcome('a-1', 1, 1), outcome('b-1', 1, 1), outcome('b-2', 1, 1)],
      voting({ 'b-1': 'new', 'b-2': 'new' }),
    );
    expect(fresh.voteAlarm).toBe('new_installs');
    const crowd = [outcome('a-1', 1, 1), ...Array.from({ length: 4 }, (_, i) => outcome(`b-${i}`, 1, 1))];
    expect(guardStatsOf(crowd, voting({}, 2)).voteAlarm).toBe('crowded_networks');
    const spread = [...honest, ...['x', 'y', 'z'].flatMap((n) => [outcome(`${n}-1`, 1, 1), outcome(`${n}-2`, 1, 1)])];
    expect(guardStatsOf(spread, voting({}, 1)).voteAlarm).toBe('crowded_networks'); // 6 of 11 voters on crowded networks
    expect(guardStatsOf(spread.slice(0, 9), voting({}, 1)).voteAlarm).toBeNull(); // 4 of 9
    expect(guardStatsOf(crowd, voting({}, 4)).voteAlarm).toBeNull(); // within its cap
    expect(guardStatsOf(crowd, voting({}, 0)).voteAlarm).toBeNull(); // no cap: one network is the setup (one machine)
  });
});
