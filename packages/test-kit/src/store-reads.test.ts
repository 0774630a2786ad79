import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent, postBatch } from './learning-events.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';
import { storedEventCount, storedEvents, storedRuns, waitForStoredRuns, withStore } from './store-reads.ts';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
});
afterAll(async () => {
  await server.stop();
});

describe('store reads on a running server', () => {
  it('see what the server stored, and leave the server storing', async () => {
    const sent = [
      makeEvent({ install_id: 'install-read0001', status: 'ok', profile_source: 'heuristics_only' }),
      makeEvent({
        install_id: 'install-read0002',
        status: 'validation_error',
        profile_source: 'server_only',
        profile_used: true,
        final_map: { '[name="tel"]': 'phone' },
      }),
    ];
    expect((await postBatch(server.url, sent)).body.accepted).toHaveLength(2);

    const runs = await waitForStoredRuns(server.dbPath, 2);
    expect(runs.map((run) => [run.installId, run.status, run.profileSource]).sort()).toEqual([
      ['install-read0001', 'ok', 'heuristics_only'],
      ['install-read0002', 'validation_error', 'server_only'],
    ]);
    const events = await withStore(server.dbPath, storedEvents);
    expect(events.find((event) => event.installId === 'install-read0002')?.finalMap).toEqual({
      '[name="tel"]': 'phone',
    });

    // Reading opened the file beside the server: the server goes on storing, and a read sees it.
    expect((await postBatch(server.url, [makeEvent({ install_id: 'install-read0003' })])).status).toBe(200);
    expect(await withStore(server.dbPath, storedEventCount)).toBe(3);
    expect(await withStore(server.dbPath, storedRuns)).toHaveLength(3);
  });

  it('waiting for more runs than arrive fails with what was found', async () => {
    await expect(waitForStoredRuns(server.dbPath, 99, 300)).rejects.toThrow(/expected 99 stored runs, found \d+/);
  });
});
