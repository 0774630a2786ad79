import { expect, it } from 'vitest';
import { makeEvent } from '../../../../test/support/learning-events.ts';
import type { ReportRow } from '../../src/report/report-row.ts';
import { describeEachStore, freshStorePerTest } from './describe-each-store.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
const at = (msAgo: number) => new Date(NOW - msAgo).toISOString();

describeEachStore('ReportStore and UserStatsStore contract', (backend) => {
  const opened = freshStorePerTest(backend);

  it('reportRows streams every event of the window as report rows, in bounded chunks', async () => {
    const { store } = opened();
    await store.events.insertEvents([
      makeEvent({ install_id: 'install-rep00001', status: 'ok', duration_ms: 10, edit_stats: { total_chars_added: 2, total_chars_deleted: 1, per_field: {} }, profile_source: 'server_only', profile_used: true, experiments: { profile: 'treatment' }, occurred_at: at(DAY) }),
      makeEvent({ install_id: 'install-rep00002', status: 'validation_error', duration_ms: 20, profile_source: 'heuristics_only', occurred_at: at(2 * DAY) }),
      makeEvent({ install_id: 'install-rep00003', status: 'cancelled', duration_ms: 30, experiments: { profile: 'holdout', style: 'b' }, occurred_at: at(3 * DAY) }),
      makeEvent({ install_id: 'install-rep00004', occurred_at: at(40 * DAY) }), // outside the window
    ], NOW);
    const chunks: ReportRow[][] = [];
    for await (const chunk of store.reports.reportRows(NOW - 30 * DAY, 2)) chunks.push(chunk);
    expect(chunks.map((c) => c.length)).toEqual([2, 1]);
    const rows = chunks.flat().sort((a, b) => (a.installId < b.installId ? -1 : 1));
    expect(rows).toEqual([
      { installId: 'install-rep00001', status: 'ok', editChars: 3, durationMs: 10, profileSource: 'server_only', experiments: { profile: 'treatment' } },
      { installId: 'install-rep00002', status: 'validation_error', editChars: 0, durationMs: 20, profileSource: 'heuristics_only', experiments: {} },
      { installId: 'install-rep00003', status: 'cancelled', editChars: 0, durationMs: 30, profileSource: 'heuristics_only', experiments: { profile: 'holdout', style: 'b' } },
    ]);
  });

  it('installTotals sums one install in the window', async () => {
    const { store } = opened();
    const map = { '#a': 'email', '#b': 'phone', '#c': 'city' };
    await store.events.insertEvents([
      makeEvent({ install_id: 'install-me000001', status: 'ok', final_map: map, edit_stats: { total_chars_added: 5, total_chars_deleted: 2, per_field: {} }, occurred_at: at(DAY) }),
      makeEvent({ install_id: 'install-me000001', status: 'validation_error', occurred_at: at(2 * DAY) }),
      makeEvent({ install_id: 'install-me000001', status: 'ok', occurred_at: at(40 * DAY) }), // before the window
      makeEvent({ install_id: 'install-other001', status: 'ok', occurred_at: at(DAY) }),
    ], NOW);
    expect(await store.userStats.installTotals('install-me000001', NOW - 30 * DAY)).toEqual({
      runs: 2,
      successfulRuns: 1,
      editedChars: 7,
      measuredFilledChars: 0,
      runsWithoutFilledChars: 2,
      fieldsFilledWithoutCount: 3 + 2, // suggested_map entries: makeEvent's default map has two
    });
    expect(await store.userStats.installTotals('install-nobody01', 0)).toEqual({
      runs: 0, successfulRuns: 0, editedChars: 0, measuredFilledChars: 0, runsWithoutFilledChars: 0, fieldsFilledWithoutCount: 0,
    });
  });
});
