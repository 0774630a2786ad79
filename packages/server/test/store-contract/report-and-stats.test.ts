import { expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import type { ReportRow } from '../../src/store/report-row.ts';
import { describeEachStore, freshStorePerTest } from './describe-each-store.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
const at = (msAgo: number) => new Date(NOW - msAgo).toISOString();

describeEachStore('ReportStore and UserStatsStore contract', (backend) => {
  const opened = freshStorePerTest(backend);

  it('reportRows streams every event of the window as report rows, in bounded chunks', async () => {
    const { store } = opened();
    await store.events.insertEvents(
      [
        makeEvent({
          install_id: 'install-rep00001',
          status: 'ok',
          duration_ms: 10,
          edit_stats: { total_chars_added: 2, total_chars_deleted: 1, per_field: {} },
          profile_source: 'server_only',
          profile_used: true,
          experiments: { profile: 'treatment' },
          occurred_at: at(DAY),
        }),
        makeEvent({
          install_id: 'install-rep00002',
          status: 'validation_error',
          duration_ms: 20,
          profile_source: 'heuristics_only',
          occurred_at: at(2 * DAY),
        }),
        makeEvent({
          install_id: 'install-rep00003',
          status: 'cancelled',
          duration_ms: 30,
          experiments: { profile: 'holdout', style: 'b' },
          occurred_at: at(3 * DAY),
          draft_stats: {
            '#why': { drafted_chars: 200, edit_chars: 12 },
            '#else': { drafted_chars: 90, edit_chars: 3 },
          },
        }),
        makeEvent({ install_id: 'install-rep00004', occurred_at: at(40 * DAY) }), // outside the window
      ],
      NOW,
    );
    const chunks: ReportRow[][] = [];
    for await (const chunk of store.reports.reportRows(NOW - 30 * DAY, 2)) chunks.push(chunk);
    expect(chunks.map((c) => c.length)).toEqual([2, 1]);
    const rows = chunks.flat().sort((a, b) => (a.installId < b.installId ? -1 : 1));
    expect(rows).toEqual([
      {
        installId: 'install-rep00001',
        status: 'ok',
        editChars: 3,
        durationMs: 10,
        profileSource: 'server_only',
        draftedFields: 0,
        draftEditChars: 0,
        experiments: { profile: 'treatment' },
        simulated: false,
      },
      {
        installId: 'install-rep00002',
        status: 'validation_error',
        editChars: 0,
        durationMs: 20,
        profileSource: 'heuristics_only',
        draftedFields: 0,
        draftEditChars: 0,
        experiments: {},
        simulated: false,
      },
      {
        installId: 'install-rep00003',
        status: 'cancelled',
        editChars: 0,
        durationMs: 30,
        profileSource: 'heuristics_only',
        draftedFields: 2,
        draftEditChars: 15,
        experiments: { profile: 'holdout', style: 'b' },
        simulated: false,
      },
    ]);
  });

  it('reportRows marks runs the simulator sent', async () => {
    const { store } = opened();
    await store.events.insertEvents(
      [
        makeEvent({ install_id: 'install-sim00001', sdk_version: '0.0.0-sim', occurred_at: at(DAY) }),
        makeEvent({ install_id: 'install-real0001', sdk_version: '1.2.0', occurred_at: at(DAY) }),
      ],
      NOW,
    );
    const rows: ReportRow[] = [];
    for await (const chunk of store.reports.reportRows(NOW - 30 * DAY)) rows.push(...chunk);
    expect(rows.map((row) => [row.installId, row.simulated]).sort()).toEqual([
      ['install-real0001', false],
      ['install-sim00001', true],
    ]);
  });

  it('installSums sums each install over [since, until), grouped in the database', async () => {
    const { store } = opened();
    const edits = (added: number, deleted: number) => ({
      total_chars_added: added,
      total_chars_deleted: deleted,
      per_field: {},
    });
    await store.events.insertEvents(
      [
        makeEvent({
          install_id: 'install-pre00001',
          status: 'ok',
          duration_ms: 1_000,
          edit_stats: edits(3, 1),
          occurred_at: at(40 * DAY),
        }),
        makeEvent({
          install_id: 'install-pre00001',
          status: 'validation_error',
          duration_ms: 2_000,
          edit_stats: edits(5, 0),
          occurred_at: at(35 * DAY),
        }),
        makeEvent({ install_id: 'install-pre00001', status: 'cancelled', duration_ms: 500, occurred_at: at(31 * DAY) }),
        makeEvent({
          install_id: 'install-pre00002',
          status: 'error',
          duration_ms: 7,
          occurred_at: at(59 * DAY),
          draft_stats: { '#q': { drafted_chars: 50, edit_chars: 4 } },
        }),
        makeEvent({ install_id: 'install-pre00001', status: 'ok', occurred_at: at(30 * DAY) }), // at `until`: outside
        makeEvent({ install_id: 'install-pre00003', status: 'ok', occurred_at: at(61 * DAY) }), // before `since`
      ],
      NOW,
    );
    const sums = await store.reports.installSums(NOW - 60 * DAY, NOW - 30 * DAY);
    expect(Object.fromEntries(sums)).toEqual({
      'install-pre00001': {
        runs: 3,
        ok: 1,
        validationErrors: 1,
        failures: 1,
        editChars: 9,
        durationMs: 3_500,
        draftedFields: 0,
        draftEditChars: 0,
      },
      'install-pre00002': {
        runs: 1,
        ok: 0,
        validationErrors: 0,
        failures: 1,
        editChars: 0,
        durationMs: 7,
        draftedFields: 1,
        draftEditChars: 4,
      },
    });
    expect((await store.reports.installSums(NOW - DAY, NOW)).size).toBe(0);
  });

  it('installTotals sums one install in the window', async () => {
    const { store } = opened();
    const map = { '#a': 'email', '#b': 'phone', '#c': 'city' };
    await store.events.insertEvents(
      [
        makeEvent({
          install_id: 'install-me000001',
          status: 'ok',
          final_map: map,
          edit_stats: { total_chars_added: 5, total_chars_deleted: 2, per_field: {} },
          occurred_at: at(DAY),
        }),
        makeEvent({ install_id: 'install-me000001', status: 'validation_error', occurred_at: at(2 * DAY) }),
        makeEvent({ install_id: 'install-me000001', status: 'ok', occurred_at: at(40 * DAY) }), // before the window
        makeEvent({ install_id: 'install-other001', status: 'ok', occurred_at: at(DAY) }),
      ],
      NOW,
    );
    expect(await store.userStats.installTotals('install-me000001', NOW - 30 * DAY)).toEqual({
      runs: 2,
      successfulRuns: 1,
      editedChars: 7,
      measuredFilledChars: 0,
      runsWithoutFilledChars: 2,
      fieldsFilledWithoutCount: 3 + 2, // suggested_map entries: makeEvent's default map has two
    });
    expect(await store.userStats.installTotals('install-nobody01', 0)).toEqual({
      runs: 0,
      successfulRuns: 0,
      editedChars: 0,
      measuredFilledChars: 0,
      runsWithoutFilledChars: 0,
      fieldsFilledWithoutCount: 0,
    });
  });
});
